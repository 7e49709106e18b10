package org.speclab.app.lanes;

import org.speclab.app.theme.ThreadShape;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speclab.app.lanes.LanesModel.Bracket;
import org.speclab.app.lanes.LanesModel.Lane;
import org.speclab.app.lanes.LanesModel.Mark;
import org.speclab.app.lanes.LanesModel.Role;
import org.speclab.app.lanes.LanesModel.SeqPoint;
import org.speclab.app.lanes.LanesModel.Span;
import org.speclab.app.lanes.LanesModel.Status;
import org.speclab.app.stepper.Fixtures;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.lessons.LessonCatalog;

/** The lanes' display model, derived from real lessons without a toolkit. Step numbers are those of {@code speclab run}. */
class LanesViewModelTest {
    private static LanesViewModel at(String lesson, int step) {
        StepperViewModel s = new StepperViewModel();
        s.load(LessonCatalog.byId(lesson).orElseThrow());
        s.runToEnd();
        s.goTo(step);
        return new LanesViewModel(s);
    }

    private static Bracket only(LanesModel m, String name) {
        List<Bracket> b = m.bracketsOf(name);
        assertThat(b).hasSize(1);
        return b.get(0);
    }


    @Test
    void lanesListReadersThenWritersThenTheRcuMachinery() {
        LanesModel m = at("two-readers-two-writers", 0).model();
        assertThat(m.lanes()).extracting(Lane::name).containsExactly("cpu0", "cpu2", "cpu1", "cpu3", "rcu", "rcu-trace");
        assertThat(m.lanes()).extracting(Lane::role)
                .containsExactly(Role.READER, Role.READER, Role.WRITER, Role.WRITER, Role.DAEMON, Role.DAEMON);
        assertThat(m.lanes().get(0).shape()).isEqualTo(ThreadShape.CIRCLE);
        assertThat(m.lanes().get(2).shape()).isEqualTo(ThreadShape.SQUARE);
    }

    @Test
    void oneMarkPerExecutedStepAndOnlyTheLastIsCurrent() {
        LanesModel m = at("munmap-file-reuse", 8).model();
        assertThat(m.marks()).hasSize(8);
        assertThat(m.marks()).filteredOn(Mark::current).singleElement()
                .satisfies(mk -> {
                    assertThat(mk.step()).isEqualTo(8);
                    assertThat(mk.label()).isEqualTo("WL2");
                    assertThat(mk.role()).isEqualTo(Role.WRITER);
                });
        assertThat(m.marksOf(0)).extracting(Mark::label).containsExactly("H0", "H1", "S1", "S2", "S3", "S4");
        assertThat(m.current()).isEqualTo(8);
    }

    @Test
    void seqTrackFollowsTheCountWithTheWriteSectionAsAnOddSpan() {
        LanesModel m = at("munmap-file-reuse", 33).model();
        assertThat(m.seq()).hasSize(34);
        assertThat(m.seq().get(0)).isEqualTo(new SeqPoint(0, 2));
        assertThat(m.seq().get(7).value()).isEqualTo(2);
        assertThat(m.seq().get(8).value()).isEqualTo(3);
        assertThat(m.seq().get(10).value()).isEqualTo(3);
        assertThat(m.seq().get(11).value()).isEqualTo(4);
        // WL2 (step 8) makes it odd, WD1 (step 11, straight after the tree store) even again
        assertThat(m.odd()).containsExactly(new Span(8, 10));
    }

    @Test
    void oddSpanIsOpenEndedWhileTheWriterIsInside() {
        LanesModel m = at("munmap-file-reuse", 9).model();
        assertThat(m.odd()).containsExactly(new Span(8, 9));
    }

    @Test
    void bracketOfTheReaderIsOverlappedAndDetectedWhenMunmapMovesTheCount() {
        Bracket b = only(at("munmap-file-reuse", 35).model(), "cpu0");
        assertThat(b.from()).isEqualTo(4);
        assertThat(b.to()).isEqualTo(27);
        assertThat(b.snapshot()).isEqualTo(2);
        assertThat(b.seenAtEnd()).isEqualTo(4);
        assertThat(b.status()).isEqualTo(Status.OVERLAPPED);
        assertThat(b.closed()).isTrue();
        assertThat(b.detected()).isTrue();
        assertThat(b.label()).isEqualTo("✗ 2→4");
    }

    @Test
    void summarySaysHowEachWindowWent() {
        assertThat(at("munmap-file-reuse", 33).model().summary()).isEqualTo("Step 33; mm_lock_seq 4; cpu0 window from step 4: ✗ 2→4");
    }

    @Test
    void bracketIsOpenWhileSpeculatingAndTurnsOverlappedAsSoonAsTheWriterEnters() {
        LanesViewModel vm = at("munmap-file-reuse", 6);
        Bracket open = only(vm.model(), "cpu0");
        assertThat(open.status()).isEqualTo(Status.OPEN);
        assertThat(open.closed()).isFalse();
        assertThat(open.to()).isEqualTo(6);

        vm.stepper().goTo(8);
        Bracket hit = only(vm.model(), "cpu0");
        assertThat(hit.status()).isEqualTo(Status.OVERLAPPED);
        assertThat(hit.closed()).isFalse();
        assertThat(hit.label()).isEqualTo("✗ 2→3 …");
    }

    @Test
    void noBracketBeforeTryBegin() {
        assertThat(at("munmap-file-reuse", 3).model().brackets()).isEmpty();
    }

    @Test
    void bracketsPassWhenNoWriterOverlapsThem() {
        LanesModel m = new LanesViewModel(Fixtures.readersBeforeWriters(44)).model();
        assertThat(only(m, "cpu0")).satisfies(b -> {
            assertThat(b.status()).isEqualTo(Status.PASSED);
            assertThat(b.from()).isEqualTo(4);
            assertThat(b.to()).isEqualTo(21);
            assertThat(b.label()).isEqualTo("✓ seq 2");
        });
        assertThat(only(m, "cpu2").status()).isEqualTo(Status.PASSED);
        assertThat(m.brackets()).extracting(Bracket::name).containsExactly("cpu0", "cpu2");
    }

    @Test
    void oddCountAtTryBeginIsAOneStepOverlappedBracket() {
        Bracket b = only(at("writer-holds-lock", 18).model(), "cpu0");
        assertThat(b.from()).isEqualTo(6);
        assertThat(b.to()).isEqualTo(6);
        assertThat(b.snapshot()).isEqualTo(3);
        assertThat(b.status()).isEqualTo(Status.OVERLAPPED);
        assertThat(b.detected()).isTrue();
    }

    @Test
    void withoutAnEndCheckTheOverlappedWindowGoesUnnoticed() {
        Bracket b = only(at("broken-no-end-check", 27).model(), "cpu0");
        assertThat(b.to()).isEqualTo(27);
        assertThat(b.status()).isEqualTo(Status.OVERLAPPED);
        assertThat(b.detected()).isFalse();
        assertThat(b.label()).isEqualTo("✗ 2→4 unnoticed");
    }

    @Test
    void oddSnapshotThatNeverMovesIsStillOverlapped() {
        // B3: S2 accepts 3 while the split is half done; S9 sees 3 again and passes
        Bracket b = only(at("broken-odd-start-accepted", 19).model(), "cpu0");
        assertThat(b.from()).isEqualTo(8);
        assertThat(b.to()).isEqualTo(18);
        assertThat(b.seenAtEnd()).isEqualTo(3);
        assertThat(b.status()).isEqualTo(Status.OVERLAPPED);
        assertThat(b.label()).isEqualTo("✗ writer inside unnoticed");
    }

    @Test
    void axisHoldsTheWholeTimelineOrAtLeastTheMinimumSpan() {
        assertThat(at("munmap-file-reuse", 8).model().span()).isEqualTo(35);
        StepperViewModel fresh = new StepperViewModel();
        fresh.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        // a fresh lesson opens on its whole run; a branch of one step is shorter than the minimum span
        assertThat(new LanesViewModel(fresh).model().span()).isEqualTo(35);
        fresh.step(fresh.session().machine().indexOf("cpu1"));
        assertThat(new LanesViewModel(fresh).model().span()).isEqualTo(LanesViewModel.MIN_SPAN);
    }

    @Test
    void stepBackRemovesTheLastMark() {
        LanesViewModel vm = at("munmap-file-reuse", 8);
        vm.stepper().stepBack();
        assertThat(vm.model().marks()).hasSize(7);
        assertThat(vm.model().marks().get(6).current()).isTrue();
        assertThat(vm.model().odd()).isEmpty();
    }

    @Test
    void emptyModelWithoutALesson() {
        assertThat(new LanesViewModel(new StepperViewModel()).model()).isEqualTo(LanesModel.EMPTY);
    }

    @Test
    void oddSpansAreMaximalRunsOfOddPoints() {
        List<SeqPoint> pts = List.of(new SeqPoint(0, 2), new SeqPoint(1, 3), new SeqPoint(2, 3), new SeqPoint(3, 4),
                new SeqPoint(4, 5), new SeqPoint(5, 6), new SeqPoint(6, 7));
        assertThat(LanesViewModel.oddSpans(pts)).containsExactly(new Span(1, 2), new Span(4, 4), new Span(6, 6));
    }
}
