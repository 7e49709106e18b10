package org.speclab.engine.variant;

/**
 * The code-path switches that distinguish the merged lookup from BEFORE, Peter's retry and the broken variants.
 *
 * @param speculate     false for v6.13: the locked lookup only
 * @param attempts      speculation attempts before falling back; 0 = never fall back (B13)
 * @param start         what {@code mmap_lock_speculate_try_begin()} does with an odd count
 * @param end           what the end check compares
 * @param order         where the end check sits relative to the loads and the tree lookup
 * @param rcuReadLock   false drops {@code guard(rcu)()} (B6)
 * @param tornVmFile    {@code vm_file} loaded in two halves, as a plain load without {@code READ_ONCE()} allows (B11)
 * @param uprobeFreeWithoutGp {@code put_uprobe()} frees at once, without the Tasks Trace grace period (B12)
 * @param ignorePerVmaLock the {@code try_begin} stub patched to speculate with {@code PER_VMA_LOCK=n} (B9)
 * @param trustNull     a speculative NULL is believed: "no uprobe" and is_swbp decided without mmap_lock (B14)
 */
public record CodePath(boolean speculate, int attempts, StartCheck start, EndCheck end, Order order, boolean rcuReadLock,
                       boolean tornVmFile, boolean uprobeFreeWithoutGp, boolean ignorePerVmaLock, boolean trustNull) {

    public enum StartCheck { REJECT_ODD, ACCEPT_ODD, SPIN_ON_ODD }

    public enum EndCheck { EQUAL, PARITY_ONLY, NONE }

    public enum Order { MERGED, FIELDS_AFTER_CHECK, CHECK_BEFORE_TREE_LOOKUP }

    public static final CodePath MERGED = new CodePath(true, 1, StartCheck.REJECT_ODD, EndCheck.EQUAL, Order.MERGED,
            true, false, false, false, false);

    public CodePath withSpeculate(boolean v) { return new CodePath(v, attempts, start, end, order, rcuReadLock, tornVmFile, uprobeFreeWithoutGp, ignorePerVmaLock, trustNull); }

    public CodePath withAttempts(int v) { return new CodePath(speculate, v, start, end, order, rcuReadLock, tornVmFile, uprobeFreeWithoutGp, ignorePerVmaLock, trustNull); }

    public CodePath withStart(StartCheck v) { return new CodePath(speculate, attempts, v, end, order, rcuReadLock, tornVmFile, uprobeFreeWithoutGp, ignorePerVmaLock, trustNull); }

    public CodePath withEnd(EndCheck v) { return new CodePath(speculate, attempts, start, v, order, rcuReadLock, tornVmFile, uprobeFreeWithoutGp, ignorePerVmaLock, trustNull); }

    public CodePath withOrder(Order v) { return new CodePath(speculate, attempts, start, end, v, rcuReadLock, tornVmFile, uprobeFreeWithoutGp, ignorePerVmaLock, trustNull); }

    public CodePath withRcuReadLock(boolean v) { return new CodePath(speculate, attempts, start, end, order, v, tornVmFile, uprobeFreeWithoutGp, ignorePerVmaLock, trustNull); }

    public CodePath withTornVmFile(boolean v) { return new CodePath(speculate, attempts, start, end, order, rcuReadLock, v, uprobeFreeWithoutGp, ignorePerVmaLock, trustNull); }

    public CodePath withUprobeFreeWithoutGp(boolean v) { return new CodePath(speculate, attempts, start, end, order, rcuReadLock, tornVmFile, v, ignorePerVmaLock, trustNull); }

    public CodePath withIgnorePerVmaLock(boolean v) { return new CodePath(speculate, attempts, start, end, order, rcuReadLock, tornVmFile, uprobeFreeWithoutGp, v, trustNull); }

    public CodePath withTrustNull(boolean v) { return new CodePath(speculate, attempts, start, end, order, rcuReadLock, tornVmFile, uprobeFreeWithoutGp, ignorePerVmaLock, v); }
}
