package org.speclab.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Instant;
import org.speclab.engine.EngineVersion;
import org.speclab.lessons.Echo;
import org.speclab.lessons.LessonException;

/**
 * The one place where a failure of any command becomes what the user reads: one line on stderr and exit 2.
 * Bad input is worded where it is found ({@link InputProblem}, {@link LessonException}); file-system failures
 * get a sentence with what to do; anything else is an internal error, said without a stack trace unless
 * {@code --debug} asks for one, which then goes to a file this line names.
 */
public final class Failures {
    public static final int EXIT = 2;

    private Failures() {}

    /** Prints the failure's one line on {@code err}; returns the exit code. */
    public static int report(Throwable t, PrintWriter err, boolean debug, String[] args) {
        String line = oneLine(t, true);
        if (line == null) line = internal(t, debug, args);
        err.println(line);
        err.flush();
        return EXIT;
    }

    /**
     * The line for a failure; for an internal error the generic report line (or null when {@code nullIfInternal}
     * is set and the caller words it itself).
     */
    public static String oneLine(Throwable t, boolean nullIfInternal) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InputProblem) return c.getMessage();
            if (c instanceof LessonException l) return l.problems().get(0).format();
            if (c instanceof UncheckedIOException u) return io(u.getCause());
            if (c instanceof IOException io) return io(io);
            if (c instanceof OutOfMemoryError) {
                return "speclab: out of memory — ask for less (e.g. a lower --max-states or fewer --workers),"
                        + " or give Java more with JAVA_TOOL_OPTIONS=-Xmx8g";
            }
        }
        return nullIfInternal ? null : "speclab: internal error: " + describe(t) + " — please report it, with the command";
    }

    /** A file-system failure as a sentence: which file, what is wrong, what to do. */
    static String io(IOException e) {
        String file = e instanceof FileSystemException f && f.getFile() != null ? Echo.text(f.getFile(), 160) : null;
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        String what;
        String fix;
        if (e instanceof NoSuchFileException) {
            what = "no such file or directory";
            fix = "check the path; a directory on the way must exist";
        } else if (e instanceof AccessDeniedException) {
            what = "permission denied";
            fix = "choose a place you may write to, or fix the permissions";
        } else if (e instanceof FileAlreadyExistsException) {
            what = "already exists";
            fix = "choose another name, or add --force to replace it";
        } else if (e instanceof NotDirectoryException || (reason != null && reason.contains("Not a directory"))) {
            what = "a part of this path is a file, not a directory";
            fix = "check the path";
        } else if (e instanceof DirectoryNotEmptyException) {
            what = "is a directory that is not empty";
            fix = "choose another name";
        } else {
            what = reason == null ? "cannot be read or written" : Echo.value(reason);
            fix = "check the path, the permissions and the free space";
        }
        return (file == null ? "speclab" : file) + ": " + what + " — " + fix;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        String what = m == null || m.isBlank() ? t.getClass().getSimpleName().replaceAll("(Exception|Error)$", "").replaceAll("(?<=[a-z])(?=[A-Z])", " ")
                .toLowerCase(java.util.Locale.ROOT) : m;
        return Echo.text(what.strip().replaceAll("\\s*\\R\\s*", " "), 200);
    }

    private static String internal(Throwable t, boolean debug, String[] args) {
        String line = "speclab: internal error: " + describe(t) + " — please report it, with the command";
        if (!debug) return line + " (add --debug for the details)";
        try {
            Path file = Files.createTempFile("speclab-error-", ".txt");
            java.io.StringWriter trace = new java.io.StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            Files.writeString(file, "speclab " + EngineVersion.version() + " at " + Instant.now() + "\ncommand: speclab "
                    + String.join(" ", args) + "\n\n" + trace);
            return line + " and " + file;
        } catch (IOException | RuntimeException e) {
            return line + " (the details could not be written: " + describe(e) + ")";
        }
    }
}
