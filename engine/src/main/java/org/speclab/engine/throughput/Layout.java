package org.speclab.engine.throughput;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.speclab.engine.step.MemAccess;

/**
 * Where each field an engine step names sits: byte offsets inside its struct, per kernel version, so two fields
 * share a cache line exactly when the kernel puts them in the same 64 bytes. Offsets are hand-computed from the
 * field order of {@code struct mm_struct} and {@code struct vm_area_struct} on x86-64 (BENCHMARK.md; verify with
 * {@code pahole}); only which fields share a line matters to the model.
 */
public final class Layout {
    public static final int LINE = 64;
    /** Per-task and per-CPU fields ({@code rcu.nesting[cpu0]}): each CPU has its own, never shared. */
    public static final String PRIVATE = "private";

    /** The 6.12-era kernel the BEFORE rows were measured on: count and owner share a line. */
    public static final Layout V6_12 = new Layout("6.12", Map.of(
            "mm", fields("mm_mt", 64, "mmap_lock.count", 168, "mmap_lock.owner", 176, "mm_lock_seq", 224, "flags", 832),
            "vma", vma(), "vma_lock", fields("count", 0, "owner", 8),
            "filp", fields("f_inode", 32), "uprobe", fields("key", 0, "consumers", 64, "copy_insn", 120)));

    /** 6.13 on: fields added ahead move mmap_lock by 16 bytes, so owner lands on mm_lock_seq's line. */
    public static final Layout V6_13 = new Layout("6.13", Map.of(
            "mm", fields("mm_mt", 64, "mmap_lock.count", 184, "mmap_lock.owner", 192, "mm_lock_seq", 224, "flags", 848),
            "vma", vma(), "vma_lock", fields("count", 0, "owner", 8),
            "filp", fields("f_inode", 32), "uprobe", fields("key", 0, "consumers", 64, "copy_insn", 120)));

    private final String kernel;
    private final Map<String, Map<String, Integer>> offsets;

    private Layout(String kernel, Map<String, Map<String, Integer>> offsets) {
        this.kernel = kernel;
        this.offsets = offsets;
    }

    public String kernel() { return kernel; }

    private static Map<String, Integer> vma() {
        return fields("vm_start", 0, "vm_end", 8, "vm_lock_seq", 44, "vm_lock", 48, "vm_pgoff", 120, "vm_file", 128);
    }

    private static Map<String, Integer> fields(Object... nameOffset) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < nameOffset.length; i += 2) m.put((String) nameOffset[i], (Integer) nameOffset[i + 1]);
        return m;
    }

    /** The line an access touches, named by every field of ours on it ({@code mm.mmap_lock.owner + mm.mm_lock_seq}), or {@link #PRIVATE}. */
    public String lineOf(MemAccess a) {
        String object = a.object();
        if (object.contains("[cpu")) return PRIVATE;
        String struct = a.struct();
        Map<String, Integer> table = offsets.get(type(struct));
        if (table == null || !table.containsKey(a.field())) return struct;
        int line = table.get(a.field()) / LINE;
        List<String> sharing = new ArrayList<>();
        for (var e : table.entrySet()) if (e.getValue() / LINE == line) sharing.add(struct + "." + e.getKey());
        return String.join(" + ", sharing);
    }

    private static String type(String struct) {
        int bracket = struct.indexOf('[');
        return bracket < 0 ? struct : struct.substring(0, bracket);
    }
}
