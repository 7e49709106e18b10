package org.speclab.lessons;

/**
 * What a message may repeat of the user's input: control characters escaped (a file name with an escape
 * sequence must not drive the terminal, nor break the one-line rule) and long values elided in the middle.
 */
public final class Echo {
    private Echo() {}

    /** A value as messages quote it: escaped, at most {@link Limits#ECHO} characters. */
    public static String value(String s) { return text(s, Limits.ECHO); }

    /** Escaped and, past {@code max} characters, elided in the middle with "…". */
    public static String text(String s, int max) {
        if (s == null) return "null";
        String e = escaped(s);
        if (e.codePointCount(0, e.length()) <= max) return e;
        int head = e.offsetByCodePoints(0, max * 2 / 3);
        int tail = e.offsetByCodePoints(e.length(), -(max - max * 2 / 3 - 1));
        return e.substring(0, head) + "…" + e.substring(tail);
    }

    /** Control characters as \n, \t, \r or \xNN / \\uNNNN; everything else as is. */
    public static String escaped(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isISOControl(c) && c != '\u2028' && c != '\u2029') {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 8).append(s, 0, i);
            switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> b.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            }
        }
        return b == null ? s : b.toString();
    }
}
