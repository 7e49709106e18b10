package org.speclab.app.uprobes;

import java.util.List;

/**
 * What the inodes-and-uprobes view shows at one frame: {@code uprobes_seqcount} and {@code uprobes_treelock},
 * the inode slots, the tree's nodes in key order, and the uprobe objects that left the tree. Every field is
 * taken from the engine's state; {@code changed} marks what the step just executed touched.
 */
public record UprobeTreeModel(int seq, boolean seqOdd, boolean seqChanged, String lockText, boolean lockHeld, List<InodeRow> inodes,
                              List<NodeRow> nodes, List<SlotRow> outOfTree, String wrongText, String wrongDetail) {
    public static final UprobeTreeModel EMPTY = new UprobeTreeModel(0, false, false, "uprobes_treelock: free", false, List.of(), List.of(),
            List.of(), "", "");

    public UprobeTreeModel {
        inodes = List.copyOf(inodes);
        nodes = List.copyOf(nodes);
        outOfTree = List.copyOf(outOfTree);
    }

    /** "even" or "odd: tree writer active". */
    public String seqText() { return seqOdd ? "odd: tree writer active" : "even"; }

    /** A reader holds a uprobe that was never mapped at its breakpoint during its lookup. */
    public boolean wrong() { return !wrongText.isEmpty(); }

    /** Where a slot's memory is: LIVE, FREE (still typed) or RETURNED (no longer this cache's). */
    public enum Status { LIVE, FREE, RETURNED }

    /** How a reader's held uprobe compares with what the committed mapping maps at its breakpoint. */
    public enum Held {
        /** The committed mapping maps this uprobe's (inode, offset) at bp now. */
        CORRECT,
        /** Not any more, but it was at some instant of the lookup: linearizable, still correct (P1). */
        STALE,
        /**
         * Found but not validated yet (the lookup has not returned it) and never mapped at bp so far: amber, the
         * end check may still discard it.
         */
        UNVALIDATED,
        /** Returned by the lookup and never mapped at bp during it: the wrong uprobe (P1). */
        WRONG
    }

    /** A reader's marker on a row: thread, how its pointer or uprobe stands, and the tag text. */
    public record ReaderTag(String thread, int threadIndex, Held held, String text) {}

    /** {@code inode[i]}: generation, name, i_count, memory state, and the readers that loaded this address. */
    public record InodeRow(int index, int gen, String name, int count, Status status, boolean changed, List<ReaderTag> readers) {
        public InodeRow { readers = List.copyOf(readers); }

        public String address() { return "inode[" + index + "]"; }
    }

    /** One rb-tree node: key (inode address, offset) → uprobe slot, e.g. "(inode[0], 0x1100) → u1". */
    public record NodeRow(int inode, long offset, int uprobe, String uprobeName, String inodeName, String detail, boolean changed,
                          List<ReaderTag> readers) {
        public NodeRow { readers = List.copyOf(readers); }

        public String key() { return "(inode[" + inode + "], 0x" + Long.toHexString(offset) + ")"; }

        public String text() { return key() + " → " + uprobeName; }
    }

    /** What became of a uprobe object that is no longer in the tree. */
    public enum Fate {
        ERASED("erased from the tree"),
        ERASED_WAITING("erased, waiting for RCU Tasks Trace"),
        FREED("freed"),
        RETURNED("freed (memory returned)");

        private final String text;

        Fate(String text) { this.text = text; }

        public String text() { return text; }
    }

    /** A uprobe slot outside the tree: erased (maybe waiting for its grace period) or freed. */
    public record SlotRow(int index, String name, String detail, Fate fate, String fateText, boolean changed, List<ReaderTag> readers) {
        public SlotRow { readers = List.copyOf(readers); }

        public String address() { return "uprobe[" + index + "]"; }
    }
}
