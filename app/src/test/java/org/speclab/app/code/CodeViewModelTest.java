package org.speclab.app.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.speclab.app.code.PcMarker.Role;
import org.speclab.app.theme.ThreadShape;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.engine.run.TraceEntry;
import org.speclab.lessons.LessonCatalog;

/** The code pane's display model, without a toolkit: markers, current line, focus and explanation per frame. */
class CodeViewModelTest {
    private static final Listing LISTING = Listing.load();

    private StepperViewModel stepper;
    private CodeViewModel vm;

    @BeforeEach
    void loadMunmapFileReuse() {
        stepper = new StepperViewModel();
        stepper.load(LessonCatalog.byId("munmap-file-reuse").orElseThrow());
        vm = new CodeViewModel(stepper);
    }

    private static int line(String label) { return LISTING.lineOf(label).orElseThrow(); }

    private Map<String, Integer> markerLines() {
        return vm.markers().stream().collect(Collectors.toMap(PcMarker::name, PcMarker::line));
    }

    private PcMarker marker(String name) {
        return vm.markers().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void beforeTheFirstStepEveryThreadSitsAtTheLineOfItsFirstStep() {
        // then
        assertThat(markerLines()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "cpu0", line("H0"), "cpu1", line("WL1"), "cpu2", line("OPEN"), "rcu", line("GP"), "rcu-trace", line("GP_TRACE")));
    }

    @Test
    void afterEightStepsEachMarkerIsAtItsThreadsNextStep() {
        // given
        stepper.runToEnd();
        // when
        stepper.goTo(8);
        // then: cpu0 ran S1..S4, cpu1 ran WL1 WL2, cpu2 has not started
        assertThat(markerLines()).containsEntry("cpu0", line("S5")).containsEntry("cpu1", line("VSW")).containsEntry("cpu2", line("OPEN"));
    }

    @Test
    void markersCarryRoleAndShapeByThreadIndex() {
        assertThat(marker("cpu0")).extracting(PcMarker::role, PcMarker::shape).containsExactly(Role.READER, ThreadShape.CIRCLE);
        assertThat(marker("cpu1")).extracting(PcMarker::role, PcMarker::shape).containsExactly(Role.WRITER, ThreadShape.SQUARE);
        assertThat(marker("cpu2")).extracting(PcMarker::role, PcMarker::shape).containsExactly(Role.WRITER, ThreadShape.TRIANGLE);
        assertThat(marker("rcu")).extracting(PcMarker::role, PcMarker::shape).containsExactly(Role.DAEMON, ThreadShape.DIAMOND);
        assertThat(marker("rcu-trace")).extracting(PcMarker::role, PcMarker::shape).containsExactly(Role.DAEMON, ThreadShape.HEXAGON);
    }

    @Test
    void aFinishedThreadHasNoMarker() {
        // given
        stepper.runToEnd();
        // when: cpu1's munmap ends with its deferred __fput at step 18; cpu2's open() is steps 19 and 20
        stepper.goTo(20);
        // then
        assertThat(markerLines()).doesNotContainKeys("cpu1", "cpu2").containsEntry("cpu0", line("S5"));
    }

    @Test
    void currentLineIsTheLineOfTheStepJustExecuted() {
        // given
        stepper.runToEnd();
        // when
        stepper.goTo(8);
        // then
        assertThat(vm.currentLineProperty().get()).isEqualTo(line("WL2"));
        assertThat(vm.focusLineProperty().get()).isEqualTo(line("WL2"));
        assertThat(vm.violationProperty().get()).isFalse();
    }

    @Test
    void theCurrentLineCarriesTheRoleOfTheCpuThatRanIt() {
        assertThat(vm.currentRoleProperty().get()).isNull();
        stepper.step(1);
        assertThat(vm.currentRoleProperty().get()).isEqualTo(Role.WRITER);
        stepper.step(0);
        assertThat(vm.currentRoleProperty().get()).isEqualTo(Role.READER);
    }

    @Test
    void explanationNamesTheCpuLabelAndFunctionThenTheEnginesSentence() {
        // given
        stepper.runToEnd();
        // when
        stepper.goTo(8);
        // then
        TraceEntry e = stepper.frame().step();
        assertThat(vm.headingProperty().get()).isEqualTo("cpu1 · WL2 · mm_lock_seqcount_begin");
        assertThat(vm.explanationProperty().get()).isEqualTo(e.explanation()).contains("2 → 3");
    }

    @Test
    void beforeTheFirstStepThereIsNoCurrentLineAndItAsksForACpu() {
        assertThat(vm.currentLineProperty().get()).isZero();
        assertThat(vm.explanationProperty().get()).isEqualTo(CodeViewModel.PICK);
        // the selected CPU (the first reader) is in view instead
        assertThat(vm.focusLineProperty().get()).isEqualTo(line("H0"));
    }

    @Test
    void selectingACpuBringsItsNextLineIntoFocusAndMarksItsMarker() {
        // when
        stepper.selectedProperty().set(1);
        // then
        assertThat(vm.focusLineProperty().get()).isEqualTo(line("WL1"));
        assertThat(marker("cpu1").selected()).isTrue();
        assertThat(marker("cpu0").selected()).isFalse();
    }

    @Test
    void steppingACpuByHandMovesOnlyItsMarkerAndFlagsItAsMoved() {
        // when
        stepper.step(1);
        // then
        assertThat(vm.currentLineProperty().get()).isEqualTo(line("WL1"));
        assertThat(marker("cpu1").line()).isEqualTo(line("WL2"));
        assertThat(marker("cpu1").moved()).isTrue();
        assertThat(marker("cpu0").line()).isEqualTo(line("H0"));
        assertThat(marker("cpu0").moved()).isFalse();
    }

    @Test
    void stepBackRestoresTheEarlierMarkersAndLine() {
        // given
        stepper.step(0);
        stepper.step(0);
        // when
        stepper.stepBack();
        // then
        assertThat(vm.currentLineProperty().get()).isEqualTo(line("H0"));
        assertThat(marker("cpu0").line()).isEqualTo(line("H1"));
    }

    @Test
    void aViolatingStepSaysViolationWithThePropertyAndItsExplanation() {
        // given
        stepper.load(LessonCatalog.byId("broken-no-end-check").orElseThrow());
        // when
        stepper.runToEnd();
        // then
        TraceEntry last = stepper.frame().step();
        assertThat(last.violation()).isNotNull();
        assertThat(vm.violationProperty().get()).isTrue();
        // display text: the name with non-breaking hyphens, the stable name underneath
        assertThat(vm.violationTextProperty().get()).startsWith("VIOLATION P1 wrong\u2011uprobe: ").endsWith(OutcomeWords.display(last.violation().explanation()));
        assertThat(OutcomeWords.stable(vm.violationTextProperty().get())).startsWith("VIOLATION P1 wrong-uprobe: ").endsWith(last.violation().explanation());
        assertThat(vm.currentLineProperty().get()).isEqualTo(line(last.label()));
    }

    @Test
    void everyListingLineIsOffered() {
        assertThat(vm.lines()).hasSameSizeAs(LISTING.lines());
    }
}
