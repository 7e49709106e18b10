package org.speclab.engine.variant;

import java.util.List;

/**
 * The configuration knobs of docs/model.md §5. Each is settable on its own ({@code --set filp-cache=plain-kfree});
 * {@link KnobSetting} parses those strings.
 */
public record Knobs(boolean perVmaLock, boolean preemptRt, VmaFree vmaFree, FileFree filpCache, FileFree bfilpCache,
                    InodeFree inodeFree, int seqBits, List<Load> loadOrder, Insn insn) {

    /** How a removed VMA is freed ({@code vm_area_free()}). */
    public enum VmaFree { RCU_DELAYED, TYPESAFE, IMMEDIATE }

    /** How a {@code struct file} of the filp or bfilp cache is freed ({@code file_free()}). */
    public enum FileFree { TYPESAFE, RCU_DELAYED, PLAIN_KFREE }

    /** How an inode is freed ({@code destroy_inode()}). */
    public enum InodeFree { RCU_DELAYED, IMMEDIATE }

    /**
     * The probed instruction: a {@code nop} that handle_swbp() emulates (no reference taken), or one it must
     * single-step out of line, for which pre_ssout() takes a reference with try_get_uprobe() while the Tasks Trace
     * section still protects the uprobe; a dying uprobe (refcount 0) is not stepped: the instruction restarts.
     */
    public enum Insn { NOP, SINGLE_STEP }

    /** The three unordered loads S5–S7 of the speculation. */
    public enum Load { PGOFF, START, INODE }

    /** Linux 6.14 with {@code CONFIG_PER_VMA_LOCK=y}; mm_lock_seq is a 32-bit unsigned count on every architecture. */
    public static final Knobs LINUX_6_14 = new Knobs(true, false, VmaFree.RCU_DELAYED, FileFree.TYPESAFE,
            FileFree.TYPESAFE, InodeFree.RCU_DELAYED, 32, List.of(Load.PGOFF, Load.START, Load.INODE), Insn.NOP);

    public Knobs {
        loadOrder = List.copyOf(loadOrder);
        if (seqBits < 2 || seqBits > 32) throw new IllegalArgumentException("seq-bits must be 2..32");
        if (loadOrder.size() != 3 || loadOrder.stream().distinct().count() != 3)
            throw new IllegalArgumentException("load-order must name pgoff, start and inode once each");
    }

    public Knobs withPerVmaLock(boolean v) { return new Knobs(v, preemptRt, vmaFree, filpCache, bfilpCache, inodeFree, seqBits, loadOrder, insn); }

    public Knobs withPreemptRt(boolean v) { return new Knobs(perVmaLock, v, vmaFree, filpCache, bfilpCache, inodeFree, seqBits, loadOrder, insn); }

    public Knobs withVmaFree(VmaFree v) { return new Knobs(perVmaLock, preemptRt, v, filpCache, bfilpCache, inodeFree, seqBits, loadOrder, insn); }

    public Knobs withFilpCache(FileFree v) { return new Knobs(perVmaLock, preemptRt, vmaFree, v, bfilpCache, inodeFree, seqBits, loadOrder, insn); }

    public Knobs withBfilpCache(FileFree v) { return new Knobs(perVmaLock, preemptRt, vmaFree, filpCache, v, inodeFree, seqBits, loadOrder, insn); }

    public Knobs withInodeFree(InodeFree v) { return new Knobs(perVmaLock, preemptRt, vmaFree, filpCache, bfilpCache, v, seqBits, loadOrder, insn); }

    public Knobs withSeqBits(int v) { return new Knobs(perVmaLock, preemptRt, vmaFree, filpCache, bfilpCache, inodeFree, v, loadOrder, insn); }

    public Knobs withLoadOrder(List<Load> v) { return new Knobs(perVmaLock, preemptRt, vmaFree, filpCache, bfilpCache, inodeFree, seqBits, v, insn); }

    public Knobs withInsn(Insn v) { return new Knobs(perVmaLock, preemptRt, vmaFree, filpCache, bfilpCache, inodeFree, seqBits, loadOrder, v); }
}
