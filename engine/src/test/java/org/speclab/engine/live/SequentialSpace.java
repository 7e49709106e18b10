package org.speclab.engine.live;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sequential reference: the same address space as plain maps with no concurrency at all. The analog must
 * answer every lookup as this does after the same write sections.
 */
final class SequentialSpace {
    private final TreeMap<Long, Vma> vmas = new TreeMap<>();
    private final Map<String, Integer> uprobes = new HashMap<>();

    SequentialSpace(Iterable<Vma> initial, Iterable<Snapshot.Uprobe> probes) {
        for (Vma v : initial) vmas.put(v.start(), v);
        for (Snapshot.Uprobe u : probes) uprobes.put(u.inode().id() + "@" + u.offset(), u.id());
    }

    void unmap(long start) { vmas.remove(start); }

    void map(Vma v) { vmas.put(v.start(), v); }

    int find(long addr) {
        Map.Entry<Long, Vma> e = vmas.floorEntry(addr);
        if (e == null || !e.getValue().contains(addr) || e.getValue().file() == null) return Snapshot.NONE;
        Vma v = e.getValue();
        return uprobes.getOrDefault(v.file().inode().id() + "@" + v.fileOffset(addr), Snapshot.NONE);
    }
}
