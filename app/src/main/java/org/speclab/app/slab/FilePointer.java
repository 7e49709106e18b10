package org.speclab.app.slab;

/** One reader's {@code file} local, drawn as a tag on the slot it points into. */
public record FilePointer(int thread, String threadName, int loadedGen, PointerState state) {
    public String caption() { return state.caption(); }
}
