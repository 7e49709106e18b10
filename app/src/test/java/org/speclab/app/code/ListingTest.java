package org.speclab.app.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.speclab.app.code.Listing.Line;
import org.speclab.engine.program.Machine;
import org.speclab.engine.program.Op;
import org.speclab.engine.program.ReaderProgram;
import org.speclab.engine.program.ThreadSpec;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.Simulation;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.scenario.WorldSpec;
import org.speclab.engine.scenario.WorldSpec.FileSpec;
import org.speclab.engine.scenario.WorldSpec.InodeSpec;
import org.speclab.engine.scenario.WorldSpec.UprobeSpec;
import org.speclab.engine.scenario.WorldSpec.VmaSpec;
import org.speclab.engine.schedule.SeededRandomScheduler;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.StepList;
import org.speclab.engine.variant.Variant;
import org.speclab.engine.variant.Variants;

/**
 * The listing is the code pane's map from engine steps to lines: every label the engine can produce must be on
 * exactly one line, and the listing must stay readable on a projector.
 */
class ListingTest {
    private static final int SEEDS = 40;

    // F1 (inode libfoo) mapped at [A, C) from page 0; u1 = (libfoo, O) installed at A + O;
    // u2 = (libbar, O); u3 = (libfoo, O - K). Anonymous memory at [ANON, ANON + K); nothing at HOLE.
    private static final long A = 0x400000;
    private static final long C = 0x404000;
    private static final long K = 0x1000;
    private static final long O = 0x1100;
    private static final long BP = A + O;
    private static final long ANON = 0x600000;
    private static final long HOLE = 0x700000;

    private static Listing listing;
    private static Set<String> engineLabels;

    @BeforeAll
    static void loadListingAndRunEngine() {
        listing = Listing.load();
        engineLabels = collectEngineLabels();
    }

    @Test
    void everyLabelIsOnExactlyOneLine() {
        // given
        Map<String, List<Integer>> linesByLabel = listing.lines().stream().filter(Line::labelled)
                .collect(Collectors.groupingBy(Line::label, TreeMap::new, Collectors.mapping(Line::number, Collectors.toList())));
        // when
        Map<String, List<Integer>> repeated = new TreeMap<>(linesByLabel);
        repeated.values().removeIf(ns -> ns.size() == 1);
        // then
        assertThat(repeated).as("labels on more than one line").isEmpty();
        assertThat(linesByLabel.keySet()).isEqualTo(new TreeSet<>(listing.labels()));
        linesByLabel.forEach((label, ns) -> assertThat(listing.lineOf(label)).hasValue(ns.get(0)));
    }

    @Test
    void everyStepLabelTheEngineProducesIsInTheListing() {
        // given the labels collected from traces and reader programs of every variant
        // when
        Set<String> missing = new TreeSet<>(engineLabels);
        missing.removeAll(listing.labels());
        // then
        assertThat(missing).as("engine step labels with no listing line").isEmpty();
    }

    @Test
    void everyListingLabelIsAStepTheEngineRuns() {
        // given
        Set<String> orphans = new TreeSet<>(listing.labels());
        // when
        orphans.removeAll(engineLabels);
        // then: a label no step produces is a stale or mistyped anchor
        assertThat(orphans).as("listing labels no engine step produced").isEmpty();
    }

    @Test
    void noLineIsLongerThan80Characters() {
        // given
        List<String> tooLong = new ArrayList<>();
        // when
        for (Line l : listing.lines()) {
            int width = l.text().isEmpty() ? 0 : Listing.GUTTER + l.text().codePointCount(0, l.text().length());
            if (width > 80) tooLong.add("line " + l.number() + " is " + width + " wide: " + l.text().strip());
        }
        // then
        assertThat(tooLong).isEmpty();
    }

    @Test
    void theListingSaysItIsOurOwnPseudoC() {
        // given
        String head = listing.lines().subList(0, 3).stream().map(Line::text).collect(Collectors.joining(" "));
        // then
        assertThat(head).contains("SpecLab's own teaching pseudo-C").contains("NOT kernel source")
                .contains("kernel/events/uprobes.c").contains("mm/mmap_lock");
    }

    @Test
    void textKeepsIndentationAndDropsTheGutter() {
        // given
        Line s2 = listing.lines().get(listing.lineOf("S2").orElseThrow() - 1);
        // then
        assertThat(s2.label()).isEqualTo("S2");
        assertThat(s2.text()).isEqualTo("    if (!mmap_lock_speculate_try_begin(mm, &seq))");
        assertThat(listing.lineOf("NOPE")).isEmpty();
    }

    @Test
    void theSpeculativeOffsetIsTheKernelsInlineShiftThenCast() {
        // given: find_active_uprobe_speculative() computes the offset inline, not with vaddr_to_offset()
        Line s8 = listing.lines().get(listing.lineOf("S8").orElseThrow() - 1);
        // then: (loff_t)(vm_pgoff << PAGE_SHIFT), the shift before the cast
        assertThat(s8.text()).contains("(loff_t)(pgoff << PAGE_SHIFT) + (bp_vaddr - start)").doesNotContain("((loff_t)pgoff");
    }

    @Test
    void munmapCallsUprobeMunmapAfterTheDowngradeAndMmapRemovesTheOldVmasBeforeUprobeMmap() {
        // given: 6.14's vms_complete_munmap_vmas() downgrades, then unmap_vmas() → unmap_single_vma() calls
        // uprobe_munmap(); __mmap_complete() runs vms_complete_munmap_vmas() before uprobe_mmap() (mm/vma.c)
        String munmap = between("MU2", "MU3");
        String mmap = between("MM4", "MM5");
        // then
        assertThat(munmap).contains("mmap_write_downgrade(mm);").contains("unmap_single_vma()");
        assertThat(listing.lines().get(listing.lineOf("MU4").orElseThrow() - 1).text()).doesNotContain("unmap_region");
        assertThat(mmap).contains("remove_vma(old);").doesNotContain("order: ours");
    }

    @Test
    void theReviewsSmallerPointsStayInTheListing() {
        // given: issue #12's nits, against 6.14's mm/vma.c, kernel/events/uprobes.c, fs/file_table.c, mm/slub.c
        String all = listing.lines().stream().map(Line::text).collect(Collectors.joining("\n"));
        // then: the split's in-place stores are __split_vma's (vma_adjust is gone since 6.1)
        assertThat(all).doesNotContain("vma_adjust");
        assertThat(between("SPL1", "SPL3")).doesNotContain("}");
        assertThat(all.substring(0, all.indexOf("vma->vm_start = addr;"))).contains("int __split_vma(");
        // a typesafe file slot does not wait for the reader; only its slab page does
        assertThat(between("S1", "S2")).contains("may be reused at once").doesNotContain("files wait");
        // the count is 32-bit everywhere; install_breakpoint sets MMF_HAS_UPROBES before set_swbp
        assertThat(all).contains("32-bit on every arch").containsSubsequence("set MMF_HAS_UPROBES", "set_swbp()");
        // init_file clears f_inode before do_dentry_open sets it
        assertThat(between("OPEN", "OPEN2")).contains("f_inode = NULL");
    }

    /** The text of the lines from the one labelled {@code from} up to, not including, the one labelled {@code to}. */
    private static String between(String from, String to) {
        int a = listing.lineOf(from).orElseThrow();
        int b = listing.lineOf(to).orElseThrow();
        assertThat(a).isLessThan(b);
        return listing.lines().subList(a - 1, b - 1).stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    @Test
    void parserRejectsARepeatedLabelAndABadGutter() {
        String pad = " ".repeat(Listing.GUTTER);
        assertThatThrownBy(() -> Listing.parse("t.c", List.of("[S1]       a();", "[S1]       b();")))
                .hasMessageContaining("t.c:2").hasMessageContaining("S1");
        assertThatThrownBy(() -> Listing.parse("t.c", List.of(pad + "ok();", "x = 1;"))).hasMessageContaining("t.c:2");
        assertThatThrownBy(() -> Listing.parse("t.c", List.of("[S1] a();"))).hasMessageContaining("column");
        assertThat(Listing.parse("t.c", List.of("[GP_TRACE] run();", "", pad + "  x();")).lines())
                .containsExactly(new Line(1, "GP_TRACE", "run();"), new Line(2, "", ""), new Line(3, "", "  x();"));
    }

    // ── the engine's labels ──────────────────────────────────────────────

    /** Labels of every step in the reader programs and in seeded random runs of every scenario under every variant (and knob that adds steps). */
    private static Set<String> collectEngineLabels() {
        Set<String> out = new TreeSet<>();
        List<Variant> variants = new java.util.ArrayList<>(Variants.all());
        // the single-step knob's steps (pre_ssout's reference, handle_singlestep's put) belong to no variant
        variants.add(Variants.V6_14.withKnobs(Variants.V6_14.knobs().withInsn(org.speclab.engine.variant.Knobs.Insn.SINGLE_STEP)));
        for (Variant v : variants) {
            ReaderProgram p = new ReaderProgram(v.path(), v.knobs());
            for (StepList l : List.of(p.program(), p.attempt(), p.fallback(), p.afterLookup())) addSteps(l, out);
            for (Scenario s : scenarios()) {
                Engine engine = new Engine(new Machine(s.threads(), v));
                Simulation sim = new Simulation(engine);
                for (long seed = 1; seed <= SEEDS; seed++) {
                    Trace t = sim.run(engine.initial(WorldBuilder.build(s.world(), v.knobs())), new SeededRandomScheduler(seed));
                    for (TraceEntry e : t.entries()) out.add(e.label());
                }
            }
        }
        return out;
    }

    private static void addSteps(StepList l, Set<String> out) {
        for (StepList x = l; !x.isEmpty(); x = x.tail()) if (x.head() instanceof Step s) out.add(s.label());
    }

    private record Scenario(String name, WorldSpec world, List<ThreadSpec> threads) {}

    private static ThreadSpec reader(String name, long bp) { return new ThreadSpec(name, List.of(new Op.UprobeHit(bp))); }

    private static ThreadSpec writer(String name, Op... ops) { return new ThreadSpec(name, List.of(ops)); }

    private static WorldSpec world(Function<List<FileSpec>, List<FileSpec>> files) {
        return new WorldSpec(List.of(new InodeSpec("libfoo"), new InodeSpec("libbar")),
                files.apply(List.of(new FileSpec("f1", "libfoo", false, false), new FileSpec("f2", "libbar", true, false))),
                List.of(new VmaSpec(A, C, "f1", 0), new VmaSpec(ANON, ANON + K, null, 0)),
                List.of(new UprobeSpec("u1", "libfoo", O, true), new UprobeSpec("u2", "libbar", O, true),
                        new UprobeSpec("u3", "libfoo", O - K, true)),
                2);
    }

    /** Every {@link Op} kind, each in a world where it does its real work (splits, frees, reuse, installs). */
    private static List<Scenario> scenarios() {
        WorldSpec plain = world(f -> f);
        WorldSpec backing = world(f -> List.of(new FileSpec("f1", "libfoo", false, true), f.get(1)));
        WorldSpec lonely = new WorldSpec(List.of(new InodeSpec("libfoo")), List.of(new FileSpec("f1", "libfoo", false, false)),
                List.of(new VmaSpec(A, C, "f1", 0)), List.of(new UprobeSpec("u1", "libfoo", O, true)), 2);
        return List.of(
                new Scenario("munmap-reuse", plain, List.of(reader("cpu0", BP),
                        writer("cpu1", new Op.Munmap(A, C - A)), writer("cpu2", new Op.Close("f2"), new Op.Open("f3", "libbar", false)))),
                new Scenario("munmap-middle", backing, List.of(reader("cpu0", BP), reader("cpu3", ANON),
                        writer("cpu1", new Op.Munmap(A + K, K)), writer("cpu2", new Op.Open("f3", "libbar", true)))),
                new Scenario("mprotect-split", plain, List.of(reader("cpu0", BP), writer("cpu1", new Op.Mprotect(A + K, K)))),
                new Scenario("mremap", plain, List.of(reader("cpu0", BP), writer("cpu1", new Op.Mremap(A + K, 2 * K, 0x800000)))),
                new Scenario("mmap-fixed", plain, List.of(reader("cpu0", BP), reader("cpu3", HOLE),
                        writer("cpu1", new Op.MmapFixed(A, 2 * K, "f2", 1), new Op.MmapFixed(ANON, K, null, 0)))),
                new Scenario("fork-and-lock", plain, List.of(reader("cpu0", BP),
                        writer("cpu1", new Op.Fork(), new Op.MmapWriteLockOp(), new Op.MmapWriteUnlockOp()))),
                new Scenario("unregister-register", lonely, List.of(reader("cpu0", BP),
                        writer("cpu1", new Op.Munmap(A, C - A)),
                        writer("cpu2", new Op.UprobeUnregister("u1"), new Op.Iput("libfoo"), new Op.InodeAlloc("libnew"),
                                new Op.UprobeRegister("u4", "libnew", O)))),
                new Scenario("register-mapped", plain, List.of(reader("cpu0", A + 0x2200),
                        writer("cpu1", new Op.UprobeRegister("u5", "libfoo", 0x2200), new Op.UprobeUnregister("u5")))));
    }
}
