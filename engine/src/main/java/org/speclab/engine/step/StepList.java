package org.speclab.engine.step;

import java.util.List;

/** An immutable linked list of items, shared between snapshots: popping or pushing costs one node. */
public record StepList(Item head, StepList tail) {
    public static final StepList EMPTY = new StepList(null, null);

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

    public int size() {
        int n = 0;
        for (StepList l = this; !l.isEmpty(); l = l.tail) n++;
        return n;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (StepList l = this; !l.isEmpty(); l = l.tail) b.append(l.head.label()).append(l.tail.isEmpty() ? "" : " ");
        return b.append(']').toString();
    }
}
