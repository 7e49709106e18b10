package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher and its class-data archive (docs/decisions/0014), on the packaged jar: runs in the integration-test
 * phase, after {@code package}. {@code ./speclab} and the jar are copied into a directory of their own, whose
 * archive each test arranges; a stand-in {@code JAVA} records the options the launcher passed. Whatever the
 * archive's state, {@code ./speclab check fast-path} exits 0 with the same output and nothing on stderr.
 */
class LauncherArchiveIT {
    private static final Path JAR = Path.of("target", "speclab.jar").toAbsolutePath();
    private static final Path SCRIPT = Path.of("..", "speclab").toAbsolutePath().normalize();

    @TempDir
    static Path home;

    private static Path jar;
    private static Path archive;
    private static Path recorded;
    private static Path java;
    private static String expected;

    record Result(int exit, String out, String err, String options) {}

    @BeforeAll
    static void layOut() throws IOException, InterruptedException {
        assumeTrue(Files.isRegularFile(JAR) && Files.isRegularFile(SCRIPT) && !System.getProperty("os.name", "").startsWith("Windows"),
                "needs the packaged jar (mvn package) and bash");
        Files.copy(SCRIPT, home.resolve("speclab"), StandardCopyOption.COPY_ATTRIBUTES);
        jar = home.resolve("app/target/speclab.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(JAR, jar);
        // The launcher rebuilds when a source is newer than the jar: give it a pom older than the jar and no sources.
        Files.writeString(home.resolve("pom.xml"), "");
        Files.setLastModifiedTime(home.resolve("pom.xml"), FileTime.fromMillis(0));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        archive = home.resolve("app/target/speclab.jsa");
        recorded = home.resolve("options.txt");
        java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stand = home.resolve("java");
        Files.writeString(stand, "#!/bin/sh\nprintf '%s\\n' \"$*\" > '" + recorded + "'\nexec '" + java + "' \"$@\"\n");
        stand.toFile().setExecutable(true);
        expected = normalise(new String(new ProcessBuilder(java.toString(), "-jar", jar.toString(), "check", "fast-path")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start().getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(expected).contains("verdict: holds");
    }

    @Test
    void noArchiveRunsWithout() throws Exception {
        Files.deleteIfExists(archive);
        Result r = launch();
        assertSameAsPlainJava(r);
        assertThat(r.options()).doesNotContain("SharedArchiveFile");
    }

    @Test
    void aFreshArchiveIsUsedSilently() throws Exception {
        dump();
        Result r = launch();
        assertSameAsPlainJava(r);
        assertThat(r.options()).contains("-XX:SharedArchiveFile=" + archive);
        // and the JVM really maps it: the same options with the cds log on
        Process p = new ProcessBuilder(java.toString(), "-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds", "-jar", jar.toString(), "--version")
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(log).contains("speclab.jsa").doesNotContain("Unable to use shared archive");
    }

    @Test
    void anArchiveOlderThanTheJarIsLeftOut() throws Exception {
        dump();
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
        Result r = launch();
        assertSameAsPlainJava(r);
        assertThat(r.options()).doesNotContain("SharedArchiveFile");
    }

    @Test
    void aCorruptArchiveIsIgnoredSilently() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(10).nextBytes(garbage);
        Files.deleteIfExists(archive); // the JVM writes it read-only
        Files.write(archive, garbage);
        Result r = launch();
        assertThat(r.options()).contains("-XX:SharedArchiveFile=" + archive);
        assertSameAsPlainJava(r);
    }

    @Test
    void anArchiveOfAnotherJarIsIgnoredSilently() throws Exception {
        dump();
        // the jar changes after the archive was made (its recorded size and time no longer match) while the archive looks newer
        FileTime jarTime = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(jarTime.toMillis() - 5_000));
        try {
            Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
            Result r = launch();
            assertThat(r.options()).contains("-XX:SharedArchiveFile=" + archive);
            assertSameAsPlainJava(r);
        } finally {
            Files.setLastModifiedTime(jar, jarTime);
        }
    }

    /** An archive of the copied jar, made as the build makes one, newer than the jar. */
    private static void dump() throws IOException, InterruptedException {
        Files.deleteIfExists(archive);
        Process p = new ProcessBuilder(java.toString(), "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(), "check", "fast-path")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor()).isZero();
        // A JVM without a base CDS archive cannot write one; the build then ships none (the first test covers that).
        assumeTrue(Files.isRegularFile(archive), "this JVM writes no class-data archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis()));
    }

    private static Result launch() throws IOException, InterruptedException {
        Files.deleteIfExists(recorded);
        ProcessBuilder pb = new ProcessBuilder("bash", home.resolve("speclab").toString(), "check", "fast-path");
        Map<String, String> env = pb.environment();
        env.put("JAVA", home.resolve("java").toString());
        env.remove("JAVA_TOOL_OPTIONS"); // its "Picked up" line would be stderr we did not cause
        env.remove("JDK_JAVA_OPTIONS");
        Path err = home.resolve("err.txt");
        Process p = pb.redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Result(exit, out, Files.readString(err), Files.readString(recorded));
    }

    private static void assertSameAsPlainJava(Result r) {
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(normalise(r.out())).isEqualTo(expected);
    }

    /** The search's time and rate differ from run to run; everything else is the check's answer. */
    private static String normalise(String out) {
        return out.replaceAll("time: [0-9.]+ s   states/s: [0-9,]+", "time: T s   states/s: R");
    }

}
