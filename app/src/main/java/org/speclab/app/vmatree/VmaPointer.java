package org.speclab.app.vmatree;

/**
 * A reader's {@code vma} local during its lookup: an arrow from the reader's tag (above its breakpoint, at strip
 * fraction {@code x}) to the block {@code targetKey}.
 */
public record VmaPointer(int thread, String threadName, int vma, int loadedGen, double x, String targetKey, State state) {
    /** What the pointer's target is now, compared with what the reader found. */
    public enum State {
        OK(""),
        UNLINKED("unlinked"),
        FREED("freed"),
        REUSED("reused"),
        RETURNED("not a VMA any more");

        private final String caption;

        State(String caption) { this.caption = caption; }

        public String caption() { return caption; }

        public boolean stale() { return this == UNLINKED || this == FREED || this == REUSED; }

        public boolean violation() { return this == RETURNED; }
    }

    public String caption() { return state.caption(); }
}
