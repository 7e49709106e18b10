package org.speclab.app.rcu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.program.Machine;
import org.speclab.lessons.LessonCatalog;

class RcuViewModelTest {
    private final StepperViewModel stepper = new StepperViewModel();
    private final RcuViewModel vm = new RcuViewModel(stepper);
    private int rcu;
    private int cpu0;

    @BeforeEach
    void loadMunmapFileReuseAfterTheReuse() {
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        stepper.runToEnd();
        // after step 19: vm_area_free queued vma[0]'s free (16), __fput freed filp[0], the filp cache's last live
        // file, so the empty slab page's release was queued (18), and open() reused the slot (19)
        stepper.goTo(19);
        rcu = stepper.session().machine().indexOf(Machine.RCU);
        cpu0 = stepper.session().machine().indexOf("cpu0");
    }

    @Test
    void queuedCallbackWaitsForAGracePeriodNotYetStarted() {
        // then
        RcuModel m = vm.classic();
        assertThat(m.gpInProgress()).isFalse();
        assertThat(m.gpText()).isEqualTo("no grace period in progress");
        assertThat(m.callbacks()).extracting(RcuModel.Callback::text).containsExactly("free vma[0] · waits for GP 1",
                "discard the filp slab page (if still empty) · waits for GP 1");
        assertThat(m.readers()).extracting(RcuModel.Reader::text).containsExactly("cpu0 inside");
    }

    @Test
    void startedGracePeriodWaitsForTheReaderInsideItsSection() {
        // when: the rcu kthread starts GP 1 while cpu0 is still inside rcu_read_lock()
        assertThat(stepper.step(rcu)).isTrue();

        // then
        RcuModel m = vm.classic();
        assertThat(m.gpInProgress()).isTrue();
        assertThat(m.waitsFor()).containsExactly("cpu0");
        assertThat(m.gpText()).isEqualTo("GP 1 in progress · waits for cpu0");
        assertThat(m.gpChanged()).isTrue();
        assertThat(m.readers()).singleElement().satisfies(r -> {
            assertThat(r.inside()).isTrue();
            assertThat(r.waitedFor()).isTrue();
        });
        assertThat(m.callbacks()).allSatisfy(c -> assertThat(c.ready()).isFalse());
        assertThat(m.callbackRan()).isFalse();
    }

    @Test
    void tasksTraceFlavourShowsTheReaderButNoGracePeriod() {
        // when
        stepper.step(rcu);

        // then
        RcuModel t = vm.trace();
        assertThat(t.title()).isEqualTo("RCU Tasks Trace");
        assertThat(t.readers()).extracting(RcuModel.Reader::text).containsExactly("cpu0 inside");
        assertThat(t.gpInProgress()).isFalse();
        assertThat(t.callbacks()).isEmpty();
    }

    @Test
    void callbackRunsAfterTheReaderLeavesAndTheGracePeriodEnds() {
        // given: GP 1 starts, then cpu0 runs S5..S_FAIL and leaves its RCU section
        stepper.step(rcu);
        for (int i = 0; i < 8; i++) assertThat(stepper.step(cpu0)).isTrue();
        assertThat(vm.classic().readers().get(0).inside()).isFalse();
        assertThat(vm.classic().waitsFor()).isEmpty();

        // when: the GP ends, then the kthread runs the callback
        stepper.step(rcu);
        RcuModel ended = vm.classic();
        stepper.step(rcu);

        // then
        assertThat(ended.completed()).isEqualTo(1);
        assertThat(ended.completedText()).isEqualTo("1 GP completed");
        assertThat(ended.callbacks()).first().satisfies(c -> assertThat(c.text()).endsWith("GP 1 done: runs next"));
        RcuModel m = vm.classic();
        assertThat(m.callbackRan()).isTrue();
        assertThat(m.ran()).isEqualTo("free vma[0] (after GP 1)");
        assertThat(m.callbacks()).extracting(RcuModel.Callback::text).singleElement().asString().startsWith("discard the filp slab page");
    }
}
