package org.speclab.app.decisions;

import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.theme.ThreadBadge;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.lessons.LessonCatalog;

class DecisionsViewModelTest {
    private final StepperViewModel stepper = new StepperViewModel();
    private final DecisionsViewModel vm = new DecisionsViewModel(stepper);

    private void playToEnd(String lesson) {
        stepper.load(LessonCatalog.byId(lesson).orElseThrow());
        stepper.runToEnd();
    }

    private DecisionRow at(int step, DecisionRow.Kind kind) {
        return vm.rows().stream().filter(r -> r.step() == step && r.kind() == kind).findFirst().orElseThrow();
    }

    @Test
    void fallbackAndLockedResultAreGreenKindsWithTheirCause() {
        // when
        playToEnd("munmap-file-reuse");

        // then
        assertThat(vm.rows()).extracting(DecisionRow::step).containsExactly(27, 33);
        DecisionRow fallback = at(27, DecisionRow.Kind.FALLBACK);
        assertThat(fallback.tag()).isEqualTo("↩ falls back");
        assertThat(fallback.kind().fallback()).isTrue();
        assertThat(fallback.thread()).isEqualTo("cpu0");
        assertThat(fallback.role()).isEqualTo(ThreadBadge.Role.READER);
        assertThat(fallback.sentence()).contains("mm_lock_seq moved 2 → 4").contains("step 8");
        assertThat(fallback.hasCause()).isTrue();
        assertThat(fallback.causeStep()).isEqualTo(8);
        assertThat(fallback.id()).isEqualTo("decision-27");
        DecisionRow locked = at(33, DecisionRow.Kind.LOCKED);
        assertThat(locked.hasCause()).isFalse();
        assertThat(locked.current()).isFalse();
    }

    @Test
    void b14TrustingASpeculativeNullIsNeverShownAsTheLockedPath() {
        // when: B14 decides "no uprobe" from the speculative NULL without mmap_read_lock
        playToEnd("broken-trust-speculative-null");

        // then
        assertThat(vm.rows()).noneMatch(r -> r.kind() == DecisionRow.Kind.LOCKED);
        DecisionRow shortcut = vm.rows().stream().filter(r -> r.kind() == DecisionRow.Kind.UNLOCKED).findFirst().orElseThrow();
        assertThat(shortcut.tag()).isEqualTo("⚠ no lock taken");
        assertThat(shortcut.kind().fallback()).as("not the green fallback family").isFalse();
        assertThat(shortcut.sentence()).contains("without mmap_lock");
    }

    @Test
    void hitIsBlueKindAndViolationIsItsOwnRowWithTheProperty() {
        // when
        playToEnd("broken-no-end-check");

        // then
        DecisionRow hit = at(27, DecisionRow.Kind.HIT);
        assertThat(hit.tag()).isEqualTo("✓ hit");
        assertThat(hit.current()).isTrue();
        DecisionRow violation = at(27, DecisionRow.Kind.VIOLATION);
        assertThat(violation.tag()).isEqualTo("⚠ violation");
        assertThat(OutcomeWords.stable(violation.sentence())).startsWith("P1 wrong-uprobe");
        assertThat(violation.id()).isEqualTo("violation-27");
        assertThat(vm.rows().get(vm.rows().size() - 1)).isEqualTo(violation);
    }

    @Test
    void retryIsItsOwnKind() {
        // when
        playToEnd("retry-budget");

        // then
        assertThat(vm.rows().get(0).kind()).isEqualTo(DecisionRow.Kind.RETRY);
        assertThat(vm.rows().get(0).tag()).isEqualTo("↻ retries");
    }

    @Test
    void showCauseMovesTheTimelineToTheCauseStep() {
        // given
        playToEnd("munmap-file-reuse");

        // when
        vm.showCause(at(27, DecisionRow.Kind.FALLBACK));

        // then
        assertThat(stepper.frame().index()).isEqualTo(8);
        assertThat(vm.rows()).isEmpty();
    }

    @Test
    void steppingBackDropsLaterDecisions() {
        // given
        playToEnd("munmap-file-reuse");

        // when
        stepper.goTo(27);

        // then
        assertThat(vm.rows()).extracting(DecisionRow::step).containsExactly(27);
        assertThat(vm.rows().get(0).current()).isTrue();
    }
}
