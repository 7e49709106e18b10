package org.speclab.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.speclab.app.Main;
import org.speclab.app.theme.Motion;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hostile input opened in the real window (issue #11): an error dialog with exactly the line the command line
 * prints for the same input, and the lesson that was open stays open.
 */
@ExtendWith(ApplicationExtension.class)
class OpenProblemDialogTest {
    private ShellViewModel vm;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        Motion.setInstant();
        vm = new ShellViewModel(); // the real dialogs
        stage.setScene(ShellView.scene(vm, 1366, 768));
        stage.show();
    }

    /** What {@code speclab run ARG} prints on stderr, in-process. */
    private static String cliLine(String argument) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream()));
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(Main.run("run", argument)).isEqualTo(2);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8).strip();
    }

    private void opensADialogWithTheCliLineAndKeepsTheLesson(FxRobot robot, String argument) {
        robot.interact(() -> vm.openArgument("fast-path"));
        robot.interact(() -> vm.openArgument(argument));
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup("#problem-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).isEqualTo(cliLine(argument)).doesNotContain("Exception").doesNotContain("\n");
        assertThat(dialog.getHeaderText()).isEqualTo("That could not be opened; nothing that was open is lost.");
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#problem-dialog").tryQuery()).isEmpty();
        assertThat(vm.stepper().session().scenario().id()).isEqualTo("fast-path");
    }

    @Test
    void aLessonFileOverALimit(FxRobot robot) throws Exception {
        Path f = dir.resolve("new-vmas-over-limit.yaml");
        try (InputStream in = getClass().getResourceAsStream("/hostile/new-vmas-over-limit.yaml")) {
            Files.write(f, in.readAllBytes());
        }
        opensADialogWithTheCliLineAndKeepsTheLesson(robot, f.toString());
    }

    @Test
    void aTraceCodeLongerThanTheLimit(FxRobot robot) {
        opensADialogWithTheCliLineAndKeepsTheLesson(robot, "fast-path@v6.14@" + "ab".repeat(20_000));
    }

    @Test
    void aMalformedTraceCode(FxRobot robot) {
        opensADialogWithTheCliLineAndKeepsTheLesson(robot, "garbage@@");
    }
}
