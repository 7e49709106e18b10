package org.speclab.engine.step;

/**
 * One memory access of a step: which field of which object ({@code mm.mmap_lock.count}, {@code vma[0].vm_file},
 * {@code rcu.nesting[cpu0]}) and how. The throughput model maps the field to a cache line through a per-kernel
 * layout table and costs the access by its kind: a load of a line the core shares is an L1 hit, a store or a
 * locked read-modify-write pulls the line exclusive. Lock operations are never a kind of their own: {@link Exec}
 * expands them into what the rwsem fast path does.
 */
public record MemAccess(String object, Kind kind) {
    public enum Kind { LOAD, STORE, LOCKED_RMW, FENCE }

    /** The struct instance, e.g. {@code mm} for {@code mm.mmap_lock.count}, {@code vma[0]} for {@code vma[0].vm_file}. */
    public String struct() {
        int dot = object.indexOf('.');
        return dot < 0 ? object : object.substring(0, dot);
    }

    /** The field path inside {@link #struct()}, or "" when the access names the object as a whole. */
    public String field() {
        int dot = object.indexOf('.');
        return dot < 0 ? "" : object.substring(dot + 1);
    }

    /** Pulls the line exclusive (a store or a locked RMW). */
    public boolean writes() { return kind == Kind.STORE || kind == Kind.LOCKED_RMW; }

    @Override
    public String toString() {
        return switch (kind) {
            case LOAD -> "load " + object;
            case STORE -> "store " + object;
            case LOCKED_RMW -> "locked-rmw " + object;
            case FENCE -> "fence";
        };
    }
}
