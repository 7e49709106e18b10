package org.speclab.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A fixed set of slots of one cache and its free list. Like SLUB's per-CPU freelist the list is LIFO: the slot
 * freed last is allocated first, which is what lets a new {@code struct file} land where the old one was.
 */
public final class Slab<T extends Slot<T>> {
    private final Cache cache;
    private final List<T> slots;
    private final List<Integer> free;
    private int hash;

    public Slab(Cache cache, List<T> slots, List<Integer> free) {
        this(cache, List.copyOf(slots), List.copyOf(free), true);
    }

    /** Trusts lists that are already immutable copies (the checker makes millions of slabs). */
    private Slab(Cache cache, List<T> slots, List<Integer> free, boolean copied) {
        this.cache = cache;
        this.slots = slots;
        this.free = free;
    }

    public Cache cache() { return cache; }

    public List<T> slots() { return slots; }

    public List<Integer> free() { return free; }

    // A shared, unchanged slab is hashed once however many states contain it.
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = (cache.ordinal() * 31 + slots.hashCode()) * 31 + free.hashCode();
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Slab<?> s && s.hashCode() == hashCode() && s.cache == cache && s.slots.equals(slots) && s.free.equals(free);
    }

    @Override
    public String toString() { return cache.shortName() + slots; }

    public T get(int index) { return slots.get(index); }

    public int size() { return slots.size(); }

    public Slab<T> set(int index, T slot) { return new Slab<>(cache, replaced(index, slot), free, true); }

    public Slab<T> update(int index, UnaryOperator<T> change) { return set(index, change.apply(get(index))); }

    /** The slot the next allocation takes, or -1 when the cache is exhausted. */
    public int nextFree() { return free.isEmpty() ? -1 : free.get(free.size() - 1); }

    /** Allocates {@link #nextFree()}: gen+1, LIVE, TYPED again even if its memory had been RETURNED. */
    public Slab<T> allocate(T payload) {
        int index = nextFree();
        if (index < 0) throw new IllegalStateException("slab " + cache.shortName() + " exhausted");
        T slot = payload.withHeader(get(index).header().allocated());
        List<Integer> rest = List.copyOf(free.subList(0, free.size() - 1));
        return new Slab<>(cache, replaced(index, slot), rest, true);
    }

    /** Marks a slot FREE (with the given memory state) and pushes it on the free list. */
    public Slab<T> release(int index, Mem memory) {
        T slot = get(index);
        List<Integer> pushed = new ArrayList<>(free);
        pushed.add(index);
        return new Slab<>(cache, replaced(index, slot.withHeader(slot.header().freed(memory))), List.copyOf(pushed), true);
    }

    /** No slot is allocated: SLUB may discard the cache's (one, in this model) slab page. */
    public boolean empty() {
        for (T s : slots) if (s.live()) return false;
        return true;
    }

    /** The empty slab page goes back to the page allocator: every slot's memory is RETURNED. */
    public Slab<T> returnPage() {
        Slab<T> out = this;
        for (int i = 0; i < slots.size(); i++) if (!slots.get(i).returned()) out = out.returnMemory(i);
        return out;
    }

    /** The slot's page goes back to the page allocator; the slot keeps its place on the free list. */
    public Slab<T> returnMemory(int index) {
        T slot = get(index);
        return set(index, slot.withHeader(slot.header().withMem(Mem.RETURNED)));
    }

    @SuppressWarnings("unchecked")
    private List<T> replaced(int index, T slot) {
        Object[] copy = slots.toArray();
        copy[index] = slot;
        return (List<T>) (List<?>) List.of(copy);
    }

    /** A slab of {@code n} never-used slots, all on the free list (highest index first, so slot 0 is used first). */
    public static <T extends Slot<T>> Slab<T> empty(Cache cache, T blank, int n) {
        List<T> slots = new ArrayList<>();
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < n; i++) slots.add(blank);
        for (int i = n - 1; i >= 0; i--) free.add(i);
        return new Slab<>(cache, slots, free);
    }
}
