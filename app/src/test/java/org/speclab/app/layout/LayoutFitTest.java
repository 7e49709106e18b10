package org.speclab.app.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.speclab.app.export.HeadlessSnapshot;
import org.speclab.app.shell.TestWindows;
import org.speclab.app.shell.ShellViewModel;
import org.speclab.app.theme.Motion;
import org.speclab.engine.variant.Variants;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen size × mode, with the busiest lessons at their key steps (the race, the quiz, the end), a broken
 * lesson and a lesson under another variant: no label in the window is cut to "…", no panel shows a scrollbar or
 * is clipped, no text in the panels is drawn below the type floor ({@link LayoutModel#typeFloorPx}: 14 px on a
 * 1280×720 projector), and in projector mode the narration is never below 16 px (20 px at 1280×720). No
 * exceptions: a cut anywhere fails. Screenshots go to target/layout-shots/.
 */
@ExtendWith(ApplicationExtension.class)
class LayoutFitTest {
    private static final int END = -1;
    /** The pause before the lesson's first quiz, with the quiz open (found from the lesson, so a re-keyed quiz moves with it). */
    private static final int QUIZ = -2;
    /**
     * Lesson, the variant to switch to (null: the lesson's own) and the steps worth a look: the race in progress,
     * the quiz pause, the end; a broken lesson (B11, its violation at the end) and a lesson under another variant
     * (off the lesson's script: the narration says so and the engine explains each step). Few, to keep CI quick.
     */
    private static final List<Object[]> KEY_STEPS = List.of(
            new Object[] {"munmap-file-reuse", null, new int[] {9, QUIZ, 27}},
            new Object[] {"mprotect-split", null, new int[] {13, QUIZ}},
            new Object[] {"two-readers-two-writers", null, new int[] {END}},
            new Object[] {"uprobe-unregister", null, new int[] {QUIZ}},
            new Object[] {"scalability", null, new int[] {20}},
            new Object[] {"broken-torn-vm-file-load", null, new int[] {QUIZ, END}},
            new Object[] {"munmap-file-reuse", "v6.13", new int[] {9, END}});
    private static final Path SHOTS = Path.of("target", "layout-shots");
    private Stage stage;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        this.stage = stage;
    }

    @ParameterizedTest(name = "{0}x{1} projector={2}")
    @CsvSource(textBlock = """
            1024, 768,  false
            1024, 768,  true
            1280, 720,  false
            1280, 720,  true
            1366, 768,  false
            1366, 768,  true
            1920, 1080, false
            1920, 1080, true
            """)
    void nothingIsCutAtTheKeyStepsOfTheBusiestLessons(int width, int height, boolean projector, FxRobot robot) throws IOException {
        // given: the window at this size and mode
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene[] scene = {TestWindows.showOn(robot, stage, vm, width, height)};
        List<String> cuts = new ArrayList<>();
        for (Object[] lesson : KEY_STEPS) {
            String variant = (String) lesson[1];
            for (int step : (int[]) lesson[2]) {
                // when: the lesson at that step
                String name = width + "x" + height + (projector ? "-projector-" : "-") + lesson[0] + (variant == null ? "" : "@" + variant)
                        + "-" + (step == END ? "end" : step == QUIZ ? "quiz" : step);
                robot.interact(() -> {
                    vm.openArgument((String) lesson[0]);
                    if (variant != null) vm.variantProperty().set(Variants.byName(variant).orElseThrow());
                    vm.stepper().runToEnd();
                    int quiz = TestWindows.quizPause(vm);
                    vm.stepper().goTo(step == END ? Integer.MAX_VALUE : step == QUIZ ? quiz : step);
                    vm.settle();
                    if (step == QUIZ) assertThat(vm.narration().quizProperty().get()).as(name + ": the quiz is open").isNotNull();
                });
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> {
                    HeadlessSnapshot.settle(scene[0]);
                    Cuts.under(scene[0].getRoot()).stream().map(c -> name + ": " + c).forEach(cuts::add);
                    if (projector) {
                        // large type for the room: the narration is never scaled below the floor to make it fit
                        double px = shownPx(scene[0].lookup("#narration-text"));
                        double floor = width == 1280 && height == 720 ? 20 : 16;
                        if (px < floor - 0.05) cuts.add(name + String.format(": narration %.1f px, below %.0f px", px, floor));
                        // the lecturer's step bar is one row: the panels keep the screen's height
                        double bar = ((javafx.scene.layout.Region) scene[0].lookup("#step-bar")).getHeight();
                        if (bar > 0.12 * height) cuts.add(name + String.format(": the step bar is %.0f px tall, more than 12%% of the screen", bar));
                    }
                    // type a room can read: no text in the panels scaled or shrunk below the window's floor
                    double typeFloor = vm.layout().typeFloorPx(width, height, projector);
                    TypeSurvey.below(scene[0].lookup("#views"), typeFloor).stream()
                            .map(t -> name + ": below " + typeFloor + " px: " + t).forEach(cuts::add);
                    if (Boolean.getBoolean("layout.type")) typeReport(scene[0], name);
                    save(scene[0], name);
                    if (Boolean.getBoolean("layout.debug")) debug(scene[0], name, vm.layout().fontPx(width, height, projector));
                });
            }
        }
        // then
        assertThat(cuts).as("labels cut to …, panels with a scrollbar, or type below the floor").isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} projector={2}")
    @CsvSource(textBlock = """
            1024, 768,  false
            1024, 768,  true
            1280, 720,  false
            1280, 720,  true
            1920, 1080, true
            """)
    void theVariantPickerShowsTheLongestBrokenVariantWhole(int width, int height, boolean projector, FxRobot robot) {
        // given: the lesson of the variant with the longest name (B9, 30 characters)
        ShellViewModel vm = TestWindows.quiet(projector);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = TestWindows.show(stage, vm, width, height);
            vm.openArgument("broken-speculate-without-per-vma-lock");
            vm.settle();
        });
        WaitForAsyncUtils.waitForFxEvents();
        // when
        List<String> cuts = new ArrayList<>();
        String[] shown = new String[1];
        robot.interact(() -> {
            HeadlessSnapshot.settle(scene[0]);
            Node picker = scene[0].lookup("#variant-picker");
            Cuts.under(picker).forEach(c -> cuts.add(c.toString()));
            shown[0] = ((javafx.scene.control.ComboBox<?>) picker).getButtonCell().getText();
        });
        // then: the closed picker names it by number, whole; the title spells it out
        assertThat(shown[0]).isEqualTo("B9 · broken");
        assertThat(cuts).isEmpty();
        assertThat(vm.stepper().titleProperty().get()).contains("speculate-without-per-vma-lock");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"munmap-file-reuse", "mprotect-split"})
    void projectorTypeIsAtLeast20pxAt1280x720(String lesson, FxRobot robot) {
        // given
        ShellViewModel vm = TestWindows.quiet(true);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            vm.openArgument(lesson);
            vm.stepper().runToEnd();
            vm.stepper().goTo(9);
            scene[0] = TestWindows.show(stage, vm, 1280, 720);
            HeadlessSnapshot.settle(scene[0]);
        });
        // when
        double narration = shownPx(scene[0].lookup("#narration-text"));
        double code = shownPx(scene[0].lookup("#code-view .current-line .code-text"));
        // then: the lesson's panels only, and large type
        assertThat(vm.shownPanels()).isEqualTo(vm.stepper().session().lesson().panels());
        assertThat(narration).isGreaterThanOrEqualTo(20);
        assertThat(code).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0} at step {1}")
    @CsvSource({"munmap-file-reuse, 9", "mprotect-split, 13", "uprobe-unregister, 27"})
    void normalWindowNarrationIsAtLeast16pxAt1280x720(String lesson, int step, FxRobot robot) {
        // given: a laptop-sized normal window, which shows the lesson's panels only
        ShellViewModel vm = TestWindows.quiet(false);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = TestWindows.show(stage, vm, 1280, 720);
            TestWindows.openAt(vm, lesson, step < 0 ? Integer.MAX_VALUE : step);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> HeadlessSnapshot.settle(scene[0]));
        // when
        double narration = shownPx(scene[0].lookup("#narration-text"));
        // then: readable, and whole (the card did not have to clip it)
        assertThat(narration).isGreaterThanOrEqualTo(16);
        assertThat(Cuts.under(scene[0].lookup("#narration-card"))).isEmpty();
    }

    /** A label's font size as drawn: its size times every scale above it (fitted cards scale down). */
    private static double shownPx(Node node) {
        double px = ((Label) node).getFont().getSize();
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getParent() instanceof FitPane fit) px *= fit.scale();
        }
        return px;
    }

    /** -Dlayout.type=true: the smallest text in each card. */
    private static void typeReport(Scene scene, String name) {
        java.util.Map<String, TypeSurvey.Shown> least = new java.util.TreeMap<>();
        for (TypeSurvey.Shown s : TypeSurvey.under(scene.lookup("#views"))) least.putIfAbsent(s.where(), s);
        StringBuilder out = new StringBuilder("TYPE " + name);
        least.values().stream().sorted(java.util.Comparator.comparingDouble(TypeSurvey.Shown::px)).forEach(s -> out.append("\n    ").append(s));
        System.out.println(out);
    }

    /** -Dlayout.debug=true: each card's scale, to see where the room goes. */
    private static void debug(Scene scene, String name, double base) {
        StringBuilder out = new StringBuilder(name);
        javafx.scene.layout.Region views = (javafx.scene.layout.Region) scene.lookup("#views");
        out.append(String.format(" (panels %.0fx%.0f)", views.getWidth(), views.getHeight()));
        for (Node n : scene.getRoot().lookupAll(".fit-pane")) {
            if (n instanceof FitPane f && f.getParent() != null && f.getParent().getId() != null && f.getParent().getId().endsWith("-card")) {
                if (f.getHeight() < 35) continue;
                Scalable card = (Scalable) f.getParent();
                double cw = ((javafx.scene.layout.Region) card).getWidth();
                // the scale at which its smallest text is 0.7 of the base type: what it needs at the aimed-for floor
                double at07 = Math.min(1, 0.7 * base / card.smallestFontPx());
                out.append(String.format("%n  %-16s %4.0fx%-4.0f scale %.2f%s card %.0f asks %.0f (min %.0f) at its scale, %.0f at 0.55, %.0f at 1, %.0f at 0.7 type (scale %.2f)",
                        f.getParent().getId(), f.getWidth(), f.getHeight(), f.scale(), f.whole() ? "" : " CLIPPED",
                        ((javafx.scene.layout.Region) card).getHeight(), card.prefHeightAt(cw, f.scale()), card.minHeightAt(cw, f.scale()), card.prefHeightAt(cw, 0.55), card.prefHeightAt(cw, 1),
                        card.prefHeightAt(cw, at07), at07));
            }
        }
        System.out.println(out);
    }

    private static void save(Scene scene, String name) {
        try {
            Files.createDirectories(SHOTS);
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", SHOTS.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
