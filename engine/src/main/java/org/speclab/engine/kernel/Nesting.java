package org.speclab.engine.kernel;

/** Per-thread read-side nesting depth of one RCU flavour, packed 4 bits a thread (up to 16 threads). */
public record Nesting(long packed) {
    public static final Nesting NONE = new Nesting(0);

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() { return Long.hashCode(packed); }

    @Override
    public boolean equals(Object o) { return this == o || o instanceof Nesting n && n.packed == packed; }

    public int of(int thread) { return (int) ((packed >>> (4 * thread)) & 0xF); }

    public Nesting with(int thread, int depth) {
        long mask = 0xFL << (4 * thread);
        return new Nesting((packed & ~mask) | ((long) depth << (4 * thread)));
    }

    /** Bit mask of the threads inside a read-side critical section. */
    public int readers() {
        int mask = 0;
        for (int t = 0; t < 16; t++) if (of(t) > 0) mask |= 1 << t;
        return mask;
    }
}
