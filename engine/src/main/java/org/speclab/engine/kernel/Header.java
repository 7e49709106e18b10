package org.speclab.engine.kernel;

/** The allocator's view of one slot: generation (bumped on every allocation), FREE/LIVE and TYPED/RETURNED. */
public record Header(int gen, Life life, Mem mem) {
    public static final Header NEVER_USED = new Header(0, Life.FREE, Mem.TYPED);

    public boolean live() { return life == Life.LIVE; }

    public boolean returned() { return mem == Mem.RETURNED; }

    public Header allocated() { return new Header(gen + 1, Life.LIVE, Mem.TYPED); }

    public Header freed(Mem memory) { return new Header(gen, Life.FREE, memory); }

    public Header withMem(Mem memory) { return new Header(gen, life, memory); }
}
