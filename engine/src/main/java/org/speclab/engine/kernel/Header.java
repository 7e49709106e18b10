package org.speclab.engine.kernel;

import java.util.Objects;

/** The allocator's view of one slot: generation (bumped on every allocation), FREE/LIVE and TYPED/RETURNED. */
public record Header(int gen, Life life, Mem mem) {
    public static final Header NEVER_USED = new Header(0, Life.FREE, Mem.TYPED);

    // Written out, as in every record the checker canonicalizes (equality stays the record's): a record's
    // generated hashCode/equals is a chain of method handles that the checker's C1-only JVM runs several times
    // slower (ADR 0015). RecordHashesTest fails when a component is left out of either.
    @Override
    public int hashCode() { return (31 * gen + Objects.hashCode(life)) * 31 + Objects.hashCode(mem); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Header h && h.gen == gen && h.life == life && h.mem == mem;
    }

    public boolean live() { return life == Life.LIVE; }

    public boolean returned() { return mem == Mem.RETURNED; }

    public Header allocated() { return new Header(gen + 1, Life.LIVE, Mem.TYPED); }

    public Header freed(Mem memory) { return new Header(gen, Life.FREE, memory); }

    public Header withMem(Mem memory) { return new Header(gen, life, memory); }
}
