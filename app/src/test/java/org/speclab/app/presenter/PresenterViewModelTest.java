package org.speclab.app.presenter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.speclab.app.narration.NarrationViewModel;
import org.speclab.app.stepper.OutcomeWords;
import org.speclab.app.stepper.StepperViewModel;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;

/** The presenter's view model: notes, the next narration and the quiz's answer, only on the lesson's own run. */
class PresenterViewModelTest {
    private Lesson lesson;
    private StepperViewModel stepper;
    private PresenterViewModel vm;

    @BeforeEach
    void open() {
        lesson = LessonCatalog.byId("munmap-file-reuse").orElseThrow();
        stepper = new StepperViewModel();
        NarrationViewModel narration = new NarrationViewModel(stepper);
        vm = new PresenterViewModel(stepper, narration);
        stepper.load(lesson);
    }

    @Test
    void showsTheNotesTheNextNarrationAndTheNextQuizsAnswer() {
        assertThat(lesson.notes()).containsKey(0);
        assertThat(vm.notesProperty().get()).isEqualTo(OutcomeWords.display(lesson.notes().get(0)));
        assertThat(vm.nextNarrationProperty().get()).isEqualTo("Step 4: " + OutcomeWords.display(lesson.narration().get(4)));
        assertThat(vm.quizAnswerProperty().get())
                .isEqualTo("Quiz before step 27 — answer 2: " + OutcomeWords.display(lesson.quizzes().get(0).answerText()));
        assertThat(vm.whereProperty().get()).isEqualTo("Step 0 of 35 · on the lesson's run");
        stepper.goToStep(26);
        assertThat(vm.nextStepProperty().get()).startsWith("Next on the lesson (step 27, cpu0): ");
        assertThat(vm.notesProperty().get()).isEqualTo(OutcomeWords.display(lesson.notes().get(26)));
    }

    @Test
    void anOutcomeNameInThePresentersTextNeverBreaksAcrossLines() {
        stepper.goToStep(34);
        // the lesson's last step ends handle_swbp() and names the run's outcome
        String next = vm.nextStepProperty().get();
        assertThat(OutcomeWords.stable(next)).contains("fallback-seq-changed/locked-miss-restart");
        assertThat(next).doesNotContain("fallback-seq").contains("fallback" + OutcomeWords.NO_BREAK_HYPHEN + "seq");
    }

    @Test
    void offTheLessonsRunTheLessonsWordsAreWithheld() {
        stepper.step(stepper.session().machine().indexOf("cpu1"));
        assertThat(vm.whereProperty().get()).contains("Off the lesson's script");
        assertThat(vm.notesProperty().get()).isEqualTo("—");
        assertThat(vm.quizAnswerProperty().get()).isEqualTo("—");
        assertThat(vm.nextStepProperty().get()).isEqualTo("—");
    }
}
