package org.speclab.engine.kernel;

/** Constants of the modelled machine. */
public final class Kernel {
    public static final long PAGE_SIZE = 4096;
    /** {@code is_swbp} when there is no VMA at the address ({@code -EFAULT}). */
    public static final int EFAULT = -14;
    /** A thread id that names nobody (no lock holder). */
    public static final int NOBODY = -1;

    private Kernel() {}

    public static String hex(long v) { return "0x" + Long.toHexString(v); }
}
