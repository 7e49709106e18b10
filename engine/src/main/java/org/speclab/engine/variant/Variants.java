package org.speclab.engine.variant;

import static org.speclab.engine.variant.CodePath.MERGED;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speclab.engine.variant.CodePath.EndCheck;
import org.speclab.engine.variant.CodePath.Order;
import org.speclab.engine.variant.CodePath.StartCheck;
import org.speclab.engine.variant.Knobs.FileFree;
import org.speclab.engine.variant.Knobs.VmaFree;

/** The stable variant names of docs/model.md §6 and how each differs from the merged code. */
public final class Variants {
    private static final Knobs K = Knobs.LINUX_6_14;
    private static final Pattern RETRY = Pattern.compile("retry-([1-9][0-9]?)");

    public static final Variant V6_14 = new Variant("v6.14", "", "the merged code: speculate once, fall back to mmap_read_lock", K, MERGED, "");
    public static final Variant V6_13 = new Variant("v6.13", "", "BEFORE: every hit takes mmap_read_lock", K, MERGED.withSpeculate(false), "");

    private static final List<Variant> BROKEN = List.of(
            broken("no-end-check", "B1", "skips mmap_lock_speculate_retry()", MERGED.withEnd(EndCheck.NONE), K, "P1"),
            broken("parity-only-end-check", "B2", "the end check only tests that the count is still even",
                    MERGED.withEnd(EndCheck.PARITY_ONLY), K, "P1"),
            broken("odd-start-accepted", "B3", "try_begin accepts an odd count (a writer is active)",
                    MERGED.withStart(StartCheck.ACCEPT_ODD), K, "P1"),
            broken("vma-fields-after-check", "B4", "vm_pgoff and vm_start are read after the end check",
                    MERGED.withOrder(Order.FIELDS_AFTER_CHECK), K, "P1"),
            broken("end-check-before-tree-lookup", "B5", "the end check runs before find_uprobe_rcu() (needs inode-free=immediate)",
                    MERGED.withOrder(Order.CHECK_BEFORE_TREE_LOOKUP), K, "P1"),
            broken("no-rcu-read-lock", "B6", "no rcu_read_lock() around the speculation",
                    MERGED.withRcuReadLock(false), K, "P2"),
            broken("filp-plain-kfree", "B7", "struct file freed with plain kfree (not SLAB_TYPESAFE_BY_RCU)",
                    MERGED, K.withFilpCache(FileFree.PLAIN_KFREE), "P2"),
            broken("backing-file-kfree", "B8", "overlayfs backing files freed with plain kfree (6.7-6.12)",
                    MERGED, K.withBfilpCache(FileFree.PLAIN_KFREE), "P2"),
            broken("speculate-without-per-vma-lock", "B9", "speculates although CONFIG_PER_VMA_LOCK=n (count never moves, VMAs freed at once)",
                    MERGED.withIgnorePerVmaLock(true), K.withPerVmaLock(false).withVmaFree(VmaFree.IMMEDIATE), "P2"),
            broken("tiny-seq-counter", "B10", "a 2-bit mm_lock_seq that wraps", MERGED, K.withSeqBits(2), "P1"),
            broken("torn-vm-file-load", "B11", "vm_file as a plain load the compiler may tear (no READ_ONCE); needs 6.15's typesafe VMAs",
                    MERGED.withTornVmFile(true), K.withVmaFree(VmaFree.TYPESAFE), "P2"),
            broken("uprobe-freed-without-gp", "B12", "put_uprobe() frees without the RCU Tasks Trace grace period",
                    MERGED.withUprobeFreeWithoutGp(true), K, "P3"),
            broken("spin-on-odd", "B13", "spins while the count is odd and retries without limit (L1 only without fairness; the cost is the point)",
                    MERGED.withStart(StartCheck.SPIN_ON_ODD).withAttempts(0), K, "L1"),
            broken("trust-speculative-null", "B14", "a speculative NULL is trusted: no mmap_read_lock, is_swbp read unlocked",
                    MERGED.withTrustNull(true), K, "P4"));

    private Variants() {}

    private static Variant broken(String name, String tag, String summary, CodePath path, Knobs knobs, String breaks) {
        return new Variant(name, tag, summary, knobs, path, breaks);
    }

    /** Peter's suggestion: up to n speculation attempts, then fall back. */
    public static Variant retry(int n) {
        return new Variant("retry-" + n, "", "up to " + n + " speculation attempts, then mmap_read_lock", K, MERGED.withAttempts(n), "");
    }

    public static List<Variant> broken() { return BROKEN; }

    /** Every fixed name, for listings and pickers ({@code retry-N} shown as retry-2). */
    public static List<Variant> all() {
        List<Variant> out = new java.util.ArrayList<>(List.of(V6_14, V6_13, retry(2)));
        out.addAll(BROKEN);
        return out;
    }

    public static Optional<Variant> byName(String name) {
        if (name.equals(V6_14.name())) return Optional.of(V6_14);
        if (name.equals(V6_13.name())) return Optional.of(V6_13);
        Matcher m = RETRY.matcher(name);
        if (m.matches()) return Optional.of(retry(Integer.parseInt(m.group(1))));
        return BROKEN.stream().filter(v -> v.name().equals(name) || v.tag().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * {@code picked}, keeping the knob overrides {@code current} carries on top of its own named bundle (a
     * lesson's {@code set: inode-free: immediate} survives switching the variant).
     */
    public static Variant keepingOverrides(Variant picked, Variant current) {
        Variant base = byName(current.name()).orElse(current);
        Knobs k = picked.knobs();
        for (var e : KnobSetting.differences(base.knobs(), current.knobs()).entrySet()) k = KnobSetting.apply(k, e.getKey(), e.getValue());
        return picked.withKnobs(k);
    }

    public static String names() {
        StringBuilder b = new StringBuilder("v6.14, v6.13, retry-N");
        for (Variant v : BROKEN) b.append(", ").append(v.name());
        return b.toString();
    }
}
