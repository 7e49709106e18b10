package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.speclab.app.Main;

/**
 * The command-line path starts no faster than the classes it loads: a fresh JVM running {@code check} or {@code run}
 * must not load a single JavaFX class (picocli reflects over every command class, so one JavaFX type in a command's
 * method signature is enough to load the toolkit's classes; {@link GuiWindow} keeps them out).
 */
class CliLoadsNoJavaFxTest {
    @ParameterizedTest
    @ValueSource(strings = {"check fast-path", "run fast-path", "lessons"})
    void aFreshJvmLoadsNoJavaFxClass(String args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args.split(" ")));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertThat(p.waitFor()).isZero();
        // the log works: it names the app's own classes as they load
        assertThat(lines).anyMatch(l -> l.contains("[class,load] org.speclab.app.Main "));
        assertThat(lines).noneMatch(l -> l.contains("[class,load] javafx.") || l.contains("[class,load] com.sun.javafx."));
    }
}
