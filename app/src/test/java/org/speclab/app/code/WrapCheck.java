package org.speclab.app.code;

import java.util.List;
import java.util.Optional;

/**
 * Checks wrapped lines against their source line, independently of how they were made: read in order, the lines
 * hold the source's text (leading spaces aside; a continuation inside a comment may start with an added
 * {@code // }; a decoration rule of box characters may be shortened or dropped), and no line starts or ends
 * inside a name or a number, except a name broken right after an underscore whose rest starts the next line
 * marked {@link CodeWrap#BROKEN}.
 */
final class WrapCheck {
    private WrapCheck() {}

    /** The line continues a broken name: ↪ first (after the indent and a comment's {@code // }). */
    private static boolean marked(String line) {
        String s = line.strip();
        return s.startsWith(CodeWrap.BROKEN) || s.startsWith("// " + CodeWrap.BROKEN);
    }

    /** What is wrong with {@code shown} as a layout of {@code source}, if anything. */
    static Optional<String> problem(String source, List<String> shown) {
        String src = source.strip();
        int p = 0;
        boolean inComment = false;
        for (int k = 0; k < shown.size(); k++) {
            String piece = shown.get(k).strip();
            while (p < src.length() && src.charAt(p) == ' ') p++;
            if (k > 0 && inComment && piece.startsWith("// ") && !src.startsWith("//", p)) piece = piece.substring(3);
            if (piece.isEmpty() && src.isEmpty()) continue;
            // the rest of a name broken after an underscore: the mark, then the name goes on
            boolean resumed = piece.startsWith(CodeWrap.BROKEN);
            if (resumed) {
                if (p == 0 || src.charAt(p - 1) != '_') return Optional.of("line " + (k + 1) + " \"" + shown.get(k) + "\" is marked as a broken name's rest, but no name broke");
                piece = piece.substring(CodeWrap.BROKEN.length());
            }
            String rest = src.substring(p);
            if (!rest.startsWith(piece)) {
                // a rule shortened at the end of the line
                String core = piece.replaceAll("[─═]+$", "");
                boolean shortenedRule = !core.equals(piece) && rest.startsWith(core) && rest.substring(core.length()).matches("[─═]+.*");
                if (!shortenedRule) return Optional.of("line " + (k + 1) + " \"" + shown.get(k) + "\" is not the source's next text \"" + rest + "\"");
                int end = core.length();
                while (end < rest.length() && (rest.charAt(end) == '─' || rest.charAt(end) == '═')) end++;
                piece = rest.substring(0, end);
            }
            if (!resumed && p > 0 && CodeWrap.word(src.charAt(p - 1)) && CodeWrap.word(src.charAt(p)) && !piece.isEmpty()) {
                return Optional.of("line " + (k + 1) + " \"" + shown.get(k) + "\" starts inside a name");
            }
            if (src.substring(p, p + piece.length()).contains("//")) inComment = true;
            p += piece.length();
            boolean brokenAfterUnderscore = p > 0 && src.charAt(p - 1) == '_' && k + 1 < shown.size() && marked(shown.get(k + 1));
            if (p < src.length() && p > 0 && CodeWrap.word(src.charAt(p - 1)) && CodeWrap.word(src.charAt(p)) && !brokenAfterUnderscore) {
                return Optional.of("line " + (k + 1) + " \"" + shown.get(k) + "\" ends inside a name");
            }
        }
        String left = src.substring(p).replaceAll("[─═ ]", "");
        return left.isEmpty() ? Optional.empty() : Optional.of("lost \"" + src.substring(p) + "\"");
    }
}
