package org.speclab.engine.step;

import java.util.List;

/**
 * An immutable linked list of items, shared between snapshots: popping or pushing costs one node. Its hash is
 * computed once per node from the tail's, so hashing a thread's whole continuation is O(1).
 */
public final class StepList {
    public static final StepList EMPTY = new StepList(null, null);

    private final Item head;
    private final StepList tail;
    private final int hash;
    private final int size;

    public StepList(Item head, StepList tail) {
        this.head = head;
        this.tail = tail;
        this.hash = head == null ? 1 : 31 * tail.hash + head.hashCode();
        this.size = head == null ? 0 : tail.size + 1;
    }

    public Item head() { return head; }

    public StepList tail() { return tail; }

    public static StepList of(List<? extends Item> items) {
        StepList out = EMPTY;
        for (int i = items.size() - 1; i >= 0; i--) out = new StepList(items.get(i), out);
        return out;
    }

    public static StepList of(Item... items) { return of(List.of(items)); }

    public boolean isEmpty() { return head == null; }

    public StepList push(Item item) { return new StepList(item, this); }

    /** These items, then {@code rest}. */
    public StepList then(StepList rest) {
        if (isEmpty()) return rest;
        return new StepList(head, tail.then(rest));
    }

    /** The list after the first item labelled {@code label}; unchanged if there is none. */
    public StepList after(String label) {
        for (StepList l = this; !l.isEmpty(); l = l.tail) if (l.head.label().equals(label)) return l.tail;
        return this;
    }

    /** The list starting at the first item labelled {@code label}; unchanged if there is none. */
    public StepList from(String label) {
        for (StepList l = this; !l.isEmpty(); l = l.tail) if (l.head.label().equals(label)) return l;
        return this;
    }

    public int size() { return size; }

    @Override
    public int hashCode() { return hash; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof StepList other) || other.hash != hash || other.size != size) return false;
        StepList a = this;
        StepList b = other;
        while (a != b) {
            if (!a.head.equals(b.head)) return false;
            a = a.tail;
            b = b.tail;
        }
        return true;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (StepList l = this; !l.isEmpty(); l = l.tail) b.append(l.head.label()).append(l.tail.isEmpty() ? "" : " ");
        return b.append(']').toString();
    }
}
