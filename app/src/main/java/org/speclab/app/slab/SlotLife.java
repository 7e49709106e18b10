package org.speclab.app.slab;

/** A slot's allocator state as the view names it: never used, LIVE, FREE (still typed) or RETURNED. */
public enum SlotLife {
    UNUSED("unused"), LIVE("LIVE"), FREE("FREE"), RETURNED("RETURNED");

    private final String word;

    SlotLife(String word) { this.word = word; }

    public String word() { return word; }
}
