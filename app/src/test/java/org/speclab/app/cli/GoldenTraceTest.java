package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.speclab.app.Main;

/**
 * Golden files pin what users read (STYLE.md §19): {@code speclab run LESSON} byte for byte. After a deliberate
 * change to the engine's wording, regenerate with {@code mvn -pl app test -Dtest=GoldenTraceTest -Dgolden.update=true}
 * and review the diff.
 */
class GoldenTraceTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @ParameterizedTest(name = "speclab run {0}")
    @ValueSource(strings = {"munmap-file-reuse", "mprotect-split", "broken-no-end-check"})
    void runOutputMatchesItsGoldenFile(String lesson) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Main.run("run", lesson);
        } finally {
            System.setOut(original);
        }
        String actual = "exit " + exit + "\n" + out.toString(StandardCharsets.UTF_8);
        Path file = GOLDEN.resolve(lesson + ".txt");
        if (Boolean.getBoolean("golden.update")) Files.writeString(file, actual, StandardCharsets.UTF_8);
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
