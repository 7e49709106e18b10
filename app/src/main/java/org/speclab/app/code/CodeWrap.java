package org.speclab.app.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays one listing line out in a number of columns, the way a person would wrap C: at a space where it can, else
 * between two tokens ({@code find_uprobe_rcu(} may break after its parenthesis), never inside a name or a number
 * unless the name alone is longer than a line (then after an underscore, its rest marked ↪: the room reads the name
 * in large type rather than the row in small).
 * A continuation line gets a hanging indent; one inside a comment starts with {@code // } again, so it still reads
 * as a comment. A narrow pane halves the indentation of every line (nesting keeps its shape) and caps it, so deep
 * code keeps room for its text. Decoration rules ({@code ── name ───}) shrink to the room left. The listing is our
 * own pseudo-C: laying it out is ours to do, the kernel's names are not ours to cut.
 */
final class CodeWrap {
    /** Below this many columns the listing (written for 60) is laid out narrow: half indents. */
    static final int NARROW = 48;
    private static final String COMMENT = "// ";
    /** Starts the rest of a name broken after an underscore (the last resort for a name longer than a line). */
    static final String BROKEN = "\u21aa";

    private CodeWrap() {}

    /**
     * {@code text} laid out in {@code columns}: every returned line is at most {@code columns} long unless one
     * token alone is longer than a line can hold (see {@link #columnsNeeded}); the lines hold the text's tokens
     * in order, broken only between tokens, except a name longer than a line: it breaks after an underscore and
     * its rest starts the next line with {@link #BROKEN}.
     */
    static List<String> wrap(String text, int columns) {
        int cols = Math.max(1, columns);
        String body = text.stripLeading();
        if (body.isEmpty()) return List.of("");
        int lead = indent(text.length() - body.length(), cols);
        int hang = cols < NARROW ? 2 : 4;
        List<Token> tokens = units(tokens(body));
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(" ".repeat(lead));
        boolean content = false;
        boolean inComment = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.space()) {
                // a space run is kept inside a line (alignment), dropped at a break
                if (!content) continue;
                int chunk = chunk(tokens, i + 1);
                int after = line.length() + t.text().length();
                boolean fitsHere = after + chunk <= cols;
                boolean fitsFresh = (inComment ? COMMENT.length() : 0) + chunk <= cols;
                if (!inComment && i + 1 < tokens.size() && tokens.get(i + 1).text().startsWith("//")) {
                    // a trailing comment stays on the code's line only whole; else it gets lines of its own
                    int rest = rest(tokens, i + 1);
                    fitsHere = after + rest <= cols;
                    fitsFresh = true;
                }
                if (fitsHere || !fitsFresh && after + first(tokens, i + 1) <= cols) {
                    // it fits, or it fits no line whole and breaks between its own tokens from here
                    line.append(t.text());
                } else {
                    out.add(line.toString());
                    int prefix = inComment ? COMMENT.length() : 0;
                    line = continuation(lead, hang, cols, inComment, fitsFresh ? chunk : need(tokens, i + 1, cols - prefix));
                    content = false;
                }
                continue;
            }
            if (t.text().startsWith("//")) inComment = true;
            String s = t.text();
            if (t.rule()) {
                int room = cols - line.length();
                if (room < 2) continue;     // decoration: dropped rather than given a line of its own
                s = s.substring(0, Math.min(s.length(), room));
            }
            if (content && line.length() + s.length() > cols) {
                out.add(line.toString().stripTrailing());
                boolean commentLine = inComment && !s.startsWith("//");
                line = continuation(lead, hang, cols, commentLine, need(s, cols - (commentLine ? COMMENT.length() : 0)));
            }
            // last resort, a name longer than a line: it breaks after one of its underscores, the rest starts with ↪
            for (int cut = cut(s, cols - line.length()); line.length() + s.length() > cols && cut > 0; cut = cut(s, cols - line.length())) {
                out.add(line.append(s, 0, cut).toString());
                s = s.substring(cut);
                int prefix = (inComment ? COMMENT.length() : 0) + BROKEN.length();
                line = continuation(lead, hang, cols, inComment, BROKEN.length() + need(s, cols - prefix)).append(BROKEN);
            }
            line.append(s);
            content = true;
        }
        if (content || out.isEmpty()) out.add(line.toString().stripTrailing());
        return out;
    }

    /**
     * The fewest columns, from {@code columns} up, in which every line of {@link #wrap} fits: {@code columns} itself
     * unless a name is longer than a continuation line there and has no underscore to break at that fits (the row is
     * then drawn smaller to fit).
     */
    static int columnsNeeded(String text, int columns) {
        int cols = Math.max(1, columns);
        while (!fits(wrap(text, cols), cols)) cols++;
        return cols;
    }

    private static boolean fits(List<String> lines, int cols) {
        for (String s : lines) if (s.length() > cols) return false;
        return true;
    }

    /** The indentation shown: half in a narrow pane, and never more than a third of the line. */
    static int indent(int lead, int cols) {
        int shown = cols < NARROW ? lead / 2 : lead;
        return Math.min(shown, cols / 3);
    }

    /** A fresh line: the hanging indent, less when the {@code need} columns that start it would not fit after it. */
    private static StringBuilder continuation(int lead, int hang, int cols, boolean inComment, int need) {
        int prefix = inComment ? COMMENT.length() : 0;
        int at = Math.max(0, Math.min(Math.min(lead + hang, cols / 3), cols - prefix - need));
        return new StringBuilder(" ".repeat(at)).append(inComment ? COMMENT : "");
    }

    /** Columns of everything from {@code from} to the end of the line. */
    private static int rest(List<Token> tokens, int from) {
        int n = 0;
        for (int i = from; i < tokens.size(); i++) n += tokens.get(i).text().length();
        return n;
    }

    /** The columns a fresh line must leave for the token at {@code i}: see {@link #need(String, int)}. */
    private static int need(List<Token> tokens, int i, int room) {
        if (i >= tokens.size() || tokens.get(i).rule()) return first(tokens, i);
        return need(tokens.get(i).text(), room);
    }

    /**
     * The columns a fresh line of {@code room} columns must leave for {@code s}: all of it when it fits, else (it
     * will break after an underscore anyway) its shortest first piece, so the line keeps its hanging indent.
     */
    private static int need(String s, int room) {
        if (s.length() <= room) return s.length();
        for (int k = 2; k < s.length(); k++) if (cuttable(s, k)) return k;
        return s.length();
    }

    /**
     * Where a name may break to fit {@code room} columns: the largest k &le; room such that {@code s} has an
     * underscore at k-1 between two letters or digits of one name; 0 when there is none.
     */
    static int cut(String s, int room) {
        for (int k = Math.min(room, s.length() - 1); k >= 2; k--) if (cuttable(s, k)) return k;
        return 0;
    }

    private static boolean cuttable(String s, int k) {
        return s.charAt(k - 1) == '_' && Character.isLetterOrDigit(s.charAt(k - 2)) && Character.isLetterOrDigit(s.charAt(k));
    }

    /** Columns of the token at {@code i} (0 past the end). */
    private static int first(List<Token> tokens, int i) {
        if (i >= tokens.size()) return 0;
        Token t = tokens.get(i);
        return t.rule() ? Math.min(2, t.text().length()) : t.text().length();
    }

    /** Columns of the chunk from {@code from} up to the next space (a rule counts as 2: it shrinks). */
    private static int chunk(List<Token> tokens, int from) {
        int n = 0;
        for (int i = from; i < tokens.size() && !tokens.get(i).space(); i++) {
            Token t = tokens.get(i);
            n += t.rule() ? Math.min(2, t.text().length()) : t.text().length();
        }
        return n;
    }

    /** A piece of a line that is never broken: a name or number, a space run, a rule of box characters, {@code ->}, {@code //} or one character. */
    record Token(String text, boolean space, boolean rule) {}

    static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i + 1;
            if (word(c)) {
                while (j < s.length() && word(s.charAt(j))) j++;
            } else if (c == ' ') {
                while (j < s.length() && s.charAt(j) == ' ') j++;
            } else if (rule(c)) {
                while (j < s.length() && rule(s.charAt(j))) j++;
            } else if (j < s.length() && (c == '-' && s.charAt(j) == '>' || c == '/' && s.charAt(j) == '/')) {
                j++;
            }
            out.add(new Token(s.substring(i, j), c == ' ', rule(c)));
            i = j;
        }
        return out;
    }

    /**
     * Tokens joined where a line must not break: a closer ({@code ) ] ; , :}) or member access ({@code .}) never
     * starts a line, and a prefix operator ({@code ! & * ~}) or {@code ->} never ends one, so a break falls after
     * an opening parenthesis or a comma, or before {@code ->}.
     */
    static List<Token> units(List<Token> tokens) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            Token last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean glue = last != null && !last.space() && !t.space() && !last.rule() && !t.rule()
                    && (t.text().matches("[)\\];,:.]") || last.text().matches(".*(->|[!&*~])"));
            if (glue) out.set(out.size() - 1, new Token(last.text() + t.text(), false, false));
            else out.add(t);
        }
        return out;
    }

    /** A character of a name or a number: a break between two of these would cut the name. */
    static boolean word(char c) { return Character.isLetterOrDigit(c) || c == '_'; }

    private static boolean rule(char c) { return c == '─' || c == '═'; }
}
