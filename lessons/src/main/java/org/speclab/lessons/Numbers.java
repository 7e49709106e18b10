package org.speclab.lessons;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Numbers as lesson files write them: hex {@code 0x401100} or decimal {@code 4198656}, never negative. */
final class Numbers {
    static final String FIX = "write hex as 0x401100 or decimal as 4198656, at most 0x7fffffffffff";
    /** Addresses stay in the 47-bit user half of the x86-64 address space. */
    static final long MAX = 0x7fff_ffff_ffffL;
    static final long PAGE = 0x1000;

    private static final Pattern HEX = Pattern.compile("0[xX][0-9a-fA-F]{1,16}");
    private static final Pattern DEC = Pattern.compile("[0-9]{1,19}");

    private Numbers() {}

    static OptionalLong parse(String text) {
        String t = text.strip();
        try {
            long v;
            if (HEX.matcher(t).matches()) v = Long.parseUnsignedLong(t.substring(2), 16);
            else if (DEC.matcher(t).matches()) v = Long.parseLong(t);
            else return OptionalLong.empty();
            return v < 0 || v > MAX ? OptionalLong.empty() : OptionalLong.of(v);
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    static boolean aligned(long v) { return v % PAGE == 0; }

    static String hex(long v) { return "0x" + Long.toHexString(v); }
}
