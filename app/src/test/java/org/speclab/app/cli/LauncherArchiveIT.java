package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher, its class-data archive (docs/decisions/0014) and its JDK 25 AOT cache (docs/decisions/0016), on the
 * packaged jar: runs in the integration-test phase, after {@code package}. {@code ./speclab} and the jar are copied
 * into a directory of their own, whose archive and cache each test arranges; stand-in JVMs record the options the
 * launcher passed them. Whatever their state, {@code ./speclab check fast-path} exits 0 with the same output and
 * nothing on stderr. The tests that need a real JDK 25 run only where the build found one.
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
    private static Path aot;
    private static Path aotJava;
    /** The stand-in JDK 25 (records its options, then runs the JDK the build made its cache with), or null. */
    private static Path java25;
    private static Path recorded25;
    /** An AOT cache of the copied jar, kept aside; a test copies it into place. */
    private static Path pristineAot;

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

        aot = home.resolve("app/target/speclab.aot");
        aotJava = home.resolve("app/target/speclab.aot.java");
        recorded25 = home.resolve("options25.txt");
        Path built = Path.of("target", "speclab.aot.java");
        if (Files.isRegularFile(built)) {
            Path real = Path.of(Files.readString(built).strip());
            if (Files.isExecutable(real)) {
                java25 = home.resolve("java25");
                Files.writeString(java25, "#!/bin/sh\nprintf '%s\\n' \"$*\" > '" + recorded25 + "'\nexec '" + real + "' \"$@\"\n");
                java25.toFile().setExecutable(true);
                pristineAot = home.resolve("pristine.aot");
                Process p = new ProcessBuilder(real.toString(), "-XX:AOTCacheOutput=" + pristineAot, "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                        "-jar", jar.toString(), "check", "fast-path")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                assertThat(p.waitFor()).isZero();
                assertThat(pristineAot).isRegularFile();
            }
        }
    }

    @BeforeEach
    void noAotCache() throws IOException {
        Files.deleteIfExists(aot);
        Files.deleteIfExists(aotJava);
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

    @Test
    void aFreshAotCacheRunsOnItsJdkSilentlyWithTheSameOutput() throws Exception {
        assumeTrue(java25 != null, "the build found no JDK 25 or later");
        placeAotCache(java25);
        for (String[] args : new String[][] {{"check", "fast-path"}, {"run", "munmap-file-reuse", "--json"}, {"check", "munmap-file-reuse", "--json"}}) {
            Files.deleteIfExists(recorded25);
            Result r = launch(null, args);
            assertThat(r.err()).isEmpty();
            assertThat(r.exit()).isZero();
            assertThat(normalise(r.out())).as(String.join(" ", args)).isEqualTo(plainJava(args));
            assertThat(r.options()).as("the default java is not started").isNull();
            assertThat(Files.readString(recorded25)).contains("-XX:AOTCache=" + aot).doesNotContain("SharedArchiveFile");
        }
        // JAVA naming that same JDK keeps it
        Files.deleteIfExists(recorded25);
        Result r = launch(java25, "check", "fast-path");
        assertSameAsPlainJava(r);
        assertThat(Files.readString(recorded25)).contains("-XX:AOTCache=" + aot);
        // and the JVM really maps it: the same cache with the aot log on
        Process p = new ProcessBuilder(java25.toString(), "-XX:AOTCache=" + aot, "-Xlog:aot", "-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--version").redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(log).contains("Opened AOT cache").doesNotContain("Unable to use");
    }

    @Test
    void aCorruptAotCacheIsIgnoredSilently() throws Exception {
        assumeTrue(java25 != null, "the build found no JDK 25 or later");
        byte[] garbage = new byte[64 * 1024];
        new Random(25).nextBytes(garbage);
        Files.write(aot, garbage);
        Files.writeString(aotJava, java25 + "\n");
        Result r = launch(null, "check", "fast-path");
        assertSameAsPlainJava(r);
        assertThat(Files.readString(recorded25)).contains("-XX:AOTCache=" + aot);
    }

    @Test
    void anAotCacheOlderThanTheJarIsLeftOut() throws Exception {
        placeAotCache(java25 != null ? java25 : Path.of("/nonexistent/java"));
        Files.setLastModifiedTime(aot, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 10_000));
        Result r = launch(home.resolve("java"), "check", "fast-path");
        assertSameAsPlainJava(r);
        assertThat(r.options()).doesNotContain("AOTCache");
    }

    @Test
    void anAotCacheOfAJdkNoLongerInstalledIsLeftOut() throws Exception {
        placeAotCache(home.resolve("gone/bin/java"));
        Result r = launch(null, "check", "fast-path");
        assertSameAsPlainJava(r);
        assertThat(Files.exists(recorded)).as("runs on the default java, not the stand-in").isFalse();
    }

    @Test
    void javaNamingAnotherJvmThanTheCachesRunsThatJvmWithoutIt() throws Exception {
        placeAotCache(java25 != null ? java25 : home.resolve("other/bin/java"));
        Result r = launch(home.resolve("java"), "check", "fast-path");
        assertSameAsPlainJava(r);
        assertThat(r.options()).doesNotContain("AOTCache");
    }

    /** The AOT cache of the copied jar (garbage when there is no JDK 25: then it must never reach a JVM), newer than the jar, made by {@code by}. */
    private static void placeAotCache(Path by) throws IOException {
        if (pristineAot != null) Files.copy(pristineAot, aot, StandardCopyOption.REPLACE_EXISTING);
        else Files.write(aot, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(aot, FileTime.fromMillis(System.currentTimeMillis()));
        Files.writeString(aotJava, by + "\n");
    }

    /** What the default java prints for {@code args} without any launcher option. */
    private static String plainJava(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return normalise(new String(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start().getInputStream().readAllBytes(),
                StandardCharsets.UTF_8));
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
        return launch(home.resolve("java"), "check", "fast-path");
    }

    /** Runs the copied launcher with {@code JAVA} set to {@code javaEnv} (unset when null); options are those the stand-in recorded, or null. */
    private static Result launch(Path javaEnv, String... args) throws IOException, InterruptedException {
        Files.deleteIfExists(recorded);
        List<String> command = new ArrayList<>(List.of("bash", home.resolve("speclab").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        if (javaEnv != null) env.put("JAVA", javaEnv.toString());
        else env.remove("JAVA");
        env.remove("JAVA_TOOL_OPTIONS"); // its "Picked up" line would be stderr we did not cause
        env.remove("JDK_JAVA_OPTIONS");
        Path err = home.resolve("err.txt");
        Process p = pb.redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        return new Result(exit, out, Files.readString(err), Files.exists(recorded) ? Files.readString(recorded) : null);
    }

    private static void assertSameAsPlainJava(Result r) {
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isZero();
        assertThat(normalise(r.out())).isEqualTo(expected);
    }

    /** The search's time and rate differ from run to run; everything else is the check's answer. */
    private static String normalise(String out) {
        return out.replaceAll("time: [0-9.]+ s   states/s: [0-9,]+", "time: T s   states/s: R")
                .replaceAll("\"seconds\" : [0-9.E-]+", "\"seconds\" : T").replaceAll("\"states_per_second\" : [0-9]+", "\"states_per_second\" : R");
    }

}
