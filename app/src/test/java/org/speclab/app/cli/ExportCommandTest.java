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

    @Test
    void pdfHandoutHasAPagePerNarratedStepWithItsNarrationAndQuizAndTheAnswersLast() throws Exception {
        // given: munmap-file-reuse narrates 13 steps and asks one quiz, before step 23
        Process p = speclab("export", "munmap-file-reuse", "--out", dir.toString(), "--format", "pdf", "--size", "1280x720");
        // when
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // then
        assertThat(p.exitValue()).as(output).isZero();
        var lesson = org.speclab.lessons.LessonCatalog.byId("munmap-file-reuse").orElseThrow();
        java.util.Set<Integer> steps = new java.util.TreeSet<>(lesson.narration().keySet());
        lesson.quizzes().forEach(q -> steps.add(q.step() - 1));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(dir.resolve("munmap-file-reuse.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(steps.size() + 1);
            var text = new org.apache.pdfbox.text.PDFTextStripper();
            String all = text.getText(pdf);
            assertThat(all).contains(lesson.narration().values().iterator().next().substring(0, 20));
            assertThat(all).contains("Predict the next step").contains(lesson.quizzes().get(0).choices().get(0).substring(0, 15));
            text.setStartPage(pdf.getNumberOfPages());
            assertThat(text.getText(pdf)).contains("answers").contains(lesson.quizzes().get(0).answerText().substring(0, 15));
            // a picture of the first page to look at
            var page = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(1, 60);
            Files.createDirectories(Path.of("target"));
            ImageIO.write(page, "png", Path.of("target", "handout-page-2.png").toFile());
        }
    }
}
