package org.speclab.app.slab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.kernel.Cache;
import org.speclab.lessons.LessonCatalog;

class SlabViewModelTest {
    /**
     * munmap-file-reuse: 6 cpu0 loads filp[0]; 15 fput drops its last reference; 18 munmap's deferred __fput frees
     * it; 19 cpu2's open() reuses it (init_file: f_inode NULL), 20 do_dentry_open sets libbar's inode; 27 the end
     * check fails.
     */
    private static final int LOADS_FILE = 6;
    private static final int FPUT = 15;
    private static final int FREED = 18;
    private static final int REOPEN = 19;
    private static final int RETRY_FAILS = 27;

    private static SlabViewModel loaded(String lesson) {
        StepperViewModel stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId(lesson).orElseThrow());
        stepper.runToEnd();
        return new SlabViewModel(stepper);
    }

    private static SlotModel filp0(SlabViewModel vm) { return vm.scene().slot("filp-0").orElseThrow(); }

    @Test
    void initialFileIsLiveGenerationOneWithItsInode() {
        // given
        SlabViewModel vm = loaded("munmap-file-reuse");
        // when
        vm.stepper().goTo(0);
        // then
        SlotModel s = filp0(vm);
        assertThat(s.gen()).isEqualTo(1);
        assertThat(s.life()).isEqualTo(SlotLife.LIVE);
        assertThat(s.name()).isEqualTo("f1");
        assertThat(s.inode()).isEqualTo("libfoo");
        assertThat(s.count()).isEqualTo(1);
        assertThat(s.ghost()).isNull();
        assertThat(s.pointers()).isEmpty();
    }

    @Test
    void readerPointerIsValidRightAfterItLoadsTheFile() {
        SlabViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(LOADS_FILE);
        assertThat(filp0(vm).pointers()).singleElement().satisfies(p -> {
            assertThat(p.threadName()).isEqualTo("cpu0");
            assertThat(p.loadedGen()).isEqualTo(1);
            assertThat(p.state()).isEqualTo(PointerState.OK);
        });
    }

    @Test
    void lastFputLeavesTheSlotLiveUntilTheDeferredFputFreesIt() {
        SlabViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(FPUT);
        assertThat(filp0(vm).life()).isEqualTo(SlotLife.LIVE);
        assertThat(filp0(vm).count()).isZero();
        assertThat(filp0(vm).changed()).contains("f_count");
        vm.stepper().goTo(FREED);
        SlotModel s = filp0(vm);
        assertThat(s.life()).isEqualTo(SlotLife.FREE);
        assertThat(s.changed()).contains("state");
        assertThat(s.pointers()).singleElement().extracting(FilePointer::state).isEqualTo(PointerState.FREED);
    }

    @Test
    void afterTheReopenTheSlotIsGenerationTwoWithAGhostOfF1AndTheReaderPointerIsStale() {
        // given
        SlabViewModel vm = loaded("munmap-file-reuse");
        // when
        vm.stepper().goTo(REOPEN);
        // then
        SlotModel s = filp0(vm);
        assertThat(s.gen()).isEqualTo(2);
        assertThat(s.life()).isEqualTo(SlotLife.LIVE);
        assertThat(s.name()).isEqualTo("f2");
        assertThat(s.inode()).as("init_file() clears f_inode first").isEmpty();
        assertThat(s.changed()).contains("gen", "name", "f_inode");
        assertThat(s.ghost()).isNotNull();
        assertThat(s.ghost().text()).isEqualTo("was f1 · libfoo · gen 1");
        assertThat(s.ghost().fresh()).isTrue();
        FilePointer p = s.pointers().get(0);
        assertThat(p.state()).isEqualTo(PointerState.STALE);
        assertThat(p.state().stale()).isTrue();
        assertThat(p.caption()).isEqualTo("still a struct file, no longer your file");
        // do_dentry_open() then sets libbar's inode
        vm.stepper().goTo(REOPEN + 1);
        assertThat(filp0(vm).inode()).isEqualTo("libbar");
        assertThat(filp0(vm).changed()).contains("f_inode").doesNotContain("gen");
    }

    @Test
    void ghostStaysWhileTheReaderStillHoldsTheOldPointer() {
        SlabViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(REOPEN + 3);
        SlotModel s = filp0(vm);
        assertThat(s.ghost().text()).isEqualTo("was f1 · libfoo · gen 1");
        assertThat(s.ghost().fresh()).isFalse();
        assertThat(s.pointers()).singleElement().extracting(FilePointer::state).isEqualTo(PointerState.STALE);
    }

    @Test
    void ghostAndPointerGoWhenTheEndCheckDropsTheLoadedPointers() {
        SlabViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(RETRY_FAILS);
        SlotModel s = filp0(vm);
        assertThat(s.pointers()).isEmpty();
        assertThat(s.ghost()).isNull();
        assertThat(s.gen()).isEqualTo(2);
    }

    @Test
    void steppingBackBeforeTheReopenRestoresGenerationOne() {
        SlabViewModel vm = loaded("munmap-file-reuse");
        vm.stepper().goTo(REOPEN);
        vm.stepper().stepBack();
        SlotModel s = filp0(vm);
        assertThat(s.gen()).isEqualTo(1);
        assertThat(s.name()).isEqualTo("f1");
        assertThat(s.ghost()).isNull();
    }

    @Test
    void plainKfreeReturnsTheMemoryAndTheReaderPointerTurnsRed() {
        // given
        SlabViewModel vm = loaded("broken-filp-plain-kfree");
        // when: the violation is the last step
        vm.stepper().end();
        // then
        SlotModel s = filp0(vm);
        assertThat(s.life()).isEqualTo(SlotLife.RETURNED);
        FilePointer p = s.pointers().get(0);
        assertThat(p.state()).isEqualTo(PointerState.RETURNED);
        assertThat(p.state().violation()).isTrue();
        assertThat(p.caption()).isEqualTo("not a struct file any more");
        assertThat(vm.scene().caches().get(0).freeing()).isEqualTo("plain kfree (broken)");
    }

    @Test
    void onlyTheFilpCacheIsShownWhenBfilpWasNeverUsed() {
        SlabViewModel vm = loaded("munmap-file-reuse");
        assertThat(vm.scene().caches()).extracting(CacheModel::cache).containsExactly(Cache.FILP);
        assertThat(vm.scene().caches().get(0).unused()).hasSize(6).allSatisfy(s -> assertThat(s.life()).isEqualTo(SlotLife.UNUSED));
    }

    @Test
    void theBackingFileCacheAppearsOnceItHoldsAFile() throws Exception {
        // given a world whose mapped file is a backing file (the ->mmap hook swapped it in): it lives in bfilp
        String yaml = """
                id: backing-file
                title: "A backing file"
                question: "Which cache holds a backing file?"
                result: "bfilp."
                variant: v6.14
                world:
                  seq: 2
                  inodes: [libfoo]
                  files:
                    - { name: f1, inode: libfoo, backing: true }
                  vmas:
                    - { start: 0x400000, end: 0x404000, file: f1, pgoff: 0 }
                  uprobes:
                    - { name: u1, inode: libfoo, offset: 0x1100 }
                threads:
                  cpu0: [ "uprobe-hit 0x401100" ]
                """;
        StepperViewModel stepper = new StepperViewModel();
        stepper.load(org.speclab.lessons.LessonLoader.parse(yaml, "backing-file.yaml"));
        // when
        SlabViewModel vm = new SlabViewModel(stepper);
        // then
        assertThat(vm.scene().caches()).extracting(CacheModel::cache).containsExactly(Cache.FILP, Cache.BFILP);
        SlotModel b = vm.scene().slot("bfilp-0").orElseThrow();
        assertThat(b.label()).isEqualTo("bfilp[0]");
        assertThat(b.name()).isEqualTo("f1");
        assertThat(b.life()).isEqualTo(SlotLife.LIVE);
    }

    @Test
    void noLessonMeansAnEmptyScene() {
        assertThat(new SlabViewModel(new StepperViewModel()).scene().caches()).isEmpty();
    }
}
