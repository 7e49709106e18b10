package org.speclab.engine.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code uprobes_tree} with {@code uprobes_treelock} (an rwlock) and {@code uprobes_seqcount}. It is keyed by the
 * inode's <em>address</em> and the offset; the inode is never dereferenced, so a reused inode address finds the
 * new inode's uprobes.
 */
public record UprobeTree(int writer, int readers, int seq, List<Node> nodes) {
    public static final UprobeTree EMPTY = new UprobeTree(Kernel.NOBODY, 0, 0, List.of());

    /** One rb-tree node: key (inode address, offset), and the uprobe slot (with its generation). */
    public record Node(int inode, long offset, int uprobe, int uprobeGen) {
        /** Written out, as {@link Header#hashCode}. */
        @Override
        public int hashCode() { return ((31 * inode + Long.hashCode(offset)) * 31 + uprobe) * 31 + uprobeGen; }

        @Override
        public boolean equals(Object o) {
            return this == o || o instanceof Node n && n.inode == inode && n.offset == offset && n.uprobe == uprobe
                    && n.uprobeGen == uprobeGen;
        }
    }

    public UprobeTree { nodes = List.copyOf(nodes); }

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() { return ((31 * writer + readers) * 31 + seq) * 31 + nodes.hashCode(); }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof UprobeTree t && t.writer == writer && t.readers == readers && t.seq == seq
                && t.nodes.equals(nodes);
    }

    public boolean writeLocked() { return writer != Kernel.NOBODY; }

    /** {@code rb_find_rcu()} with {@code __uprobe_cmp_key}: compares the inode pointer value, then the offset. */
    public Optional<Node> find(int inode, long offset) {
        for (Node n : nodes) if (n.inode() == inode && n.offset() == offset) return Optional.of(n);
        return Optional.empty();
    }

    public UprobeTree withWriter(int t) { return new UprobeTree(t, readers, seq, nodes); }

    public UprobeTree bumpSeq() { return new UprobeTree(writer, readers, seq + 1, nodes); }

    public UprobeTree put(Node node) {
        List<Node> out = new ArrayList<>(nodes);
        out.add(node);
        out.sort((a, b) -> a.inode() != b.inode() ? Integer.compare(a.inode(), b.inode()) : Long.compare(a.offset(), b.offset()));
        return new UprobeTree(writer, readers, seq, out);
    }

    public UprobeTree erase(int uprobe) {
        List<Node> out = new ArrayList<>(nodes);
        out.removeIf(n -> n.uprobe() == uprobe);
        return new UprobeTree(writer, readers, seq, out);
    }
}
