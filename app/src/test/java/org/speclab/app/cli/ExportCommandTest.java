package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code speclab export} in its own JVM (it starts a headless toolkit of its own, which cannot share a process
 * with the TestFX tests): frames are real, non-blank PNGs of the window.
 */
class ExportCommandTest {
    @TempDir
    Path dir;

    private Process speclab(String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.speclab.app.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    @Test
    void exportWritesOneNonBlankPngPerStepAndAnHtmlPage() throws Exception {
        Process p = speclab("export", "munmap-file-reuse", "--out", dir.toString(), "--steps", "3..5", "--format", "html", "--size", "1366x768");
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();
        List<Path> pngs;
        try (Stream<Path> files = Files.list(dir)) {
            pngs = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(pngs).hasSize(3);
        var image = ImageIO.read(pngs.get(0).toFile());
        assertThat(image.getWidth()).isEqualTo(1366);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) for (int y = 0; y < image.getHeight(); y += 7) colours.add(image.getRGB(x, y));
        assertThat(colours.size()).isGreaterThan(20);
        assertThat(Files.readString(dir.resolve("index.html"))).contains("Step 4 · cpu0 · S2");
    }

    @Test
    void exportWithABadFormatIsExit2() throws Exception {
        Process p = speclab("export", "fast-path", "--out", dir.toString(), "--format", "bmp");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("--format bmp");
    }
}
