package org.speclab.engine.live;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.util.LoggingLevel;
import org.junit.jupiter.api.Test;

/**
 * Lincheck's model checker runs the analog's lookups and write sections in every interleaving it explores (up to
 * its bound on context switches) and checks that each concurrent history is linearizable against
 * {@link Spec}, the sequential reference. Two slots, each mapping libfoo or libbar at the same offset, so a
 * lookup of the probed address returns 1 or 2 at every linearization point and {@link Snapshot#NONE} only after
 * an unmap: a lookup that trusted remap()'s intermediate snapshot (unlinked, not yet mapped) would return NONE
 * where no sequential order allows it. {@link WithoutEndCheck} is that lookup, and the checker must catch it.
 */
@Param(name = "slot", gen = IntGen.class, conf = "0:1")
@Param(name = "file", gen = IntGen.class, conf = "0:1")
public class LiveAddressSpaceLincheckTest {
    static final List<Snapshot.Uprobe> UPROBES = List.of(new Snapshot.Uprobe(1, LiveWorld.LIBFOO, 0x1100),
            new Snapshot.Uprobe(2, LiveWorld.LIBBAR, 0x1100));

    static long start(int slot) { return 0x400000L + slot * 0x10000L; }

    /** The probed address of a slot: offset 0x1100 of whatever file the slot maps. */
    static long probe(int slot) { return start(slot) + 0x1100; }

    static Vma vma(int slot, int file) {
        Vma.Inode inode = file == 0 ? LiveWorld.LIBFOO : LiveWorld.LIBBAR;
        return new Vma(start(slot), start(slot) + 2 * Vma.PAGE, new Vma.MappedFile(inode), 0);
    }

    static List<Vma> initial() { return List.of(vma(0, 0), vma(1, 1)); }

    private final LiveAddressSpace space = new LiveAddressSpace(Snapshot.of(initial(), UPROBES));

    @Operation
    public int lookup(@Param(name = "slot") int slot) { return space.lookup(probe(slot)); }

    @Operation
    public int lookupLocked(@Param(name = "slot") int slot) { return space.lookupLocked(probe(slot)); }

    /** mmap(MAP_FIXED) over the slot: one write section that unlinks the old VMA, then maps the new one. */
    @Operation
    public void remap(@Param(name = "slot") int slot, @Param(name = "file") int file) { space.remap(vma(slot, file)); }

    @Operation
    public void unmap(@Param(name = "slot") int slot) {
        try (LiveAddressSpace.WriteSection w = space.beginWrite()) {
            w.unmap(start(slot));
        }
    }

    @Test
    void bothLookupsAreLinearizableUnderModelChecking() {
        options().sequentialSpecification(Spec.class).check(LiveAddressSpaceLincheckTest.class);
    }

    @Test
    void aLookupWithoutTheEndCheckIsCaught() {
        assertThatThrownBy(() -> options().sequentialSpecification(Spec.class).check(WithoutEndCheck.class))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Invalid execution results");
    }

    static ModelCheckingOptions options() {
        return new ModelCheckingOptions().logLevel(LoggingLevel.ERROR).iterations(6).invocationsPerIteration(200).threads(2).actorsPerThread(2).actorsBefore(1).actorsAfter(1);
    }

    /** The same space as plain maps, operation by operation. */
    public static class Spec {
        private final SequentialSpace space = new SequentialSpace(initial(), UPROBES);

        public int lookup(int slot) { return space.find(probe(slot)); }

        public int lookupLocked(int slot) { return space.find(probe(slot)); }

        public void remap(int slot, int file) {
            space.unmap(start(slot));
            space.map(vma(slot, file));
        }

        public void unmap(int slot) { space.unmap(start(slot)); }
    }

    /** The broken analog: speculates but never checks the count again at the end (no mmap_lock_speculate_retry()). */
    @Param(name = "slot", gen = IntGen.class, conf = "0:1")
    @Param(name = "file", gen = IntGen.class, conf = "0:1")
    public static class WithoutEndCheck {
        private final LiveAddressSpace space = new LiveAddressSpace(Snapshot.of(initial(), UPROBES));

        @Operation
        public int lookup(@Param(name = "slot") int slot) {
            if (space.tryBegin() < 0) return space.lookupLocked(probe(slot));
            return space.snapshot().find(probe(slot));
        }

        @Operation
        public void remap(@Param(name = "slot") int slot, @Param(name = "file") int file) { space.remap(vma(slot, file)); }
    }
}
