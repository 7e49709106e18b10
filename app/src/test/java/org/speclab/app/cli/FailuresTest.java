package org.speclab.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The last-resort handler: one line for anything, a stack trace only in the file --debug asks for. */
class FailuresTest {
    private static String report(Throwable t, boolean debug) {
        StringWriter s = new StringWriter();
        assertThat(Failures.report(t, new PrintWriter(s), debug, new String[] {"run", "x"})).isEqualTo(2);
        assertThat(s.toString().lines()).hasSize(1);
        return s.toString().strip();
    }

    @Test
    void anInternalErrorIsOneLineWithoutAStackTrace() {
        String line = report(new IllegalStateException("slab vma exhausted"), false);
        assertThat(line).isEqualTo("speclab: internal error: slab vma exhausted — please report it, with the command (add --debug for the details)");
        assertThat(report(new StackOverflowError(), false)).startsWith("speclab: internal error: stack overflow — please report it");
    }

    @Test
    void withDebugTheTraceGoesToAFileTheLineNames() throws Exception {
        String line = report(new IllegalStateException("boom"), true);
        assertThat(line).startsWith("speclab: internal error: boom — please report it, with the command and ");
        Path file = Path.of(line.substring(line.lastIndexOf(" and ") + 5));
        try {
            assertThat(Files.readString(file)).contains("command: speclab run x").contains("java.lang.IllegalStateException: boom")
                    .contains("at org.speclab.app.cli.FailuresTest");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void fileSystemFailuresAreASentenceWithWhatToDo() {
        assertThat(report(new NoSuchFileException("/proc/x"), false)).isEqualTo("/proc/x: no such file or directory — check the path; a directory on the way must exist");
        assertThat(report(new AccessDeniedException("/etc/x"), false)).isEqualTo("/etc/x: permission denied — choose a place you may write to, or fix the permissions");
        assertThat(report(new FileAlreadyExistsException("out/a.png"), false)).contains("already exists — choose another name, or add --force");
        assertThat(report(new FileSystemException("/etc/passwd/x", null, "Not a directory"), false))
                .isEqualTo("/etc/passwd/x: a part of this path is a file, not a directory — check the path");
        assertThat(report(new java.io.UncheckedIOException(new NoSuchFileException("f")), false)).startsWith("f: no such file");
    }

    @Test
    void outOfMemoryAndWrappedInputProblemsAreTheirOwnLine() {
        assertThat(report(new OutOfMemoryError("Java heap space"), false)).startsWith("speclab: out of memory — ask for less");
        assertThat(report(new IllegalStateException("offscreen rendering failed", new InputProblem("x.yaml:3:4: bad — fix")), false))
                .isEqualTo("x.yaml:3:4: bad — fix");
    }
}
