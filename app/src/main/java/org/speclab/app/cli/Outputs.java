package org.speclab.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.speclab.lessons.Echo;

/**
 * Where {@code export} and {@code gui --snapshot} write, checked before any rendering, so they never overwrite
 * a file that is not their own output: output is first written to a staging place and only then moved into
 * place; an existing file is replaced only with {@code --force}, and an input never.
 */
final class Outputs {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Outputs() {}

    /** {@code --out}: a directory, created if absent; never "" (that would be the current directory, unasked). */
    static Path directory(String flag, Path out) {
        String shown = Echo.value(out.toString());
        if (out.toString().isBlank()) throw new InputProblem(flag + " is empty — give a directory for the files, e.g. " + flag + " frames");
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputProblem(flag + " " + shown + ": is a file, not a directory — give a directory (it is created if absent)");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException | SecurityException e) {
            throw new InputProblem(flag + " " + shown + ": cannot create this directory (" + reason(e) + ") — choose a directory you may write to");
        }
        if (!Files.isWritable(out)) throw new InputProblem(flag + " " + shown + ": cannot write into this directory — choose a directory you may write to");
        return out;
    }

    /** A fresh hidden directory inside {@code out} to render into. */
    static Path staging(Path out) {
        try {
            return Files.createTempDirectory(out, ".speclab-");
        } catch (IOException e) {
            throw new InputProblem(Echo.value(out.toString()) + ": cannot write into this directory (" + reason(e) + ") — choose a directory you may write to");
        }
    }

    /**
     * Moves what was rendered into {@code staging} to {@code out}; when a file of that name exists and
     * {@code force} is off, nothing is moved. The staging directory is removed either way.
     */
    static List<Path> publish(Path staging, Path out, List<Path> rendered, boolean force) {
        try {
            List<Path> moved = new ArrayList<>();
            if (!force) {
                for (Path f : rendered) {
                    Path target = out.resolve(f.getFileName().toString());
                    if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                        throw new InputProblem(Echo.value(target.toString()) + ": already exists — add --force to replace it, or choose another --out directory");
                    }
                }
            }
            for (Path f : rendered) {
                Path target = out.resolve(f.getFileName().toString());
                if (Files.isDirectory(target)) throw new InputProblem(Echo.value(target.toString()) + ": is a directory — remove it, or choose another --out directory");
                moved.add(Files.move(f, target, StandardCopyOption.REPLACE_EXISTING));
            }
            return moved;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            delete(staging);
        }
    }

    /**
     * {@code --snapshot FILE}: not a lesson being read, not a directory; an existing file that is not a PNG is
     * replaced only with {@code --force}. Its directory is created if absent.
     */
    static Path snapshotTarget(Path png, String lesson, boolean force) {
        String shown = Echo.value(png.toString());
        if (png.toString().isBlank()) throw new InputProblem("--snapshot is empty — give a file name, e.g. --snapshot window.png");
        if (lesson != null) {
            try {
                Path in = Path.of(lesson);
                if (Files.exists(png) && Files.exists(in) && Files.isSameFile(png, in)) {
                    throw new InputProblem("--snapshot " + shown + ": is the lesson file being opened — give another file name for the picture");
                }
            } catch (IOException | java.nio.file.InvalidPathException e) {
                // the lesson is not a readable path; its own check reports that
            }
        }
        if (Files.isDirectory(png)) throw new InputProblem("--snapshot " + shown + ": is a directory — give a file name, e.g. " + shown + "/window.png");
        if (Files.exists(png) && !force) {
            // even an earlier picture is replaced only on request: it may be a slide someone kept
            throw new InputProblem("--snapshot " + shown + (isPng(png) ? ": exists" : ": exists and is not a PNG picture")
                    + " — add --force to replace it, or give another file name");
        }
        Path parent = png.toAbsolutePath().getParent();
        if (parent != null) directory("--snapshot's directory", parent);
        return png;
    }

    /** The snapshot written to a staging file next to it, then moved over it. */
    static Path stagingFile(Path png) {
        Path parent = png.toAbsolutePath().getParent();
        try {
            return Files.createTempFile(parent, ".speclab-", ".png");
        } catch (IOException e) {
            throw new InputProblem("--snapshot " + Echo.value(png.toString()) + ": cannot write in its directory (" + reason(e) + ") — choose a place you may write to");
        }
    }

    static void replace(Path staged, Path png) {
        try {
            Files.move(staged, png, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            delete(staged);
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean isPng(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            return java.util.Arrays.equals(in.readNBytes(PNG.length), PNG);
        } catch (IOException e) {
            return false;
        }
    }

    static void delete(Path p) {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        } catch (IOException e) {
            // best effort: a leftover hidden staging directory is harmless
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return Echo.value(f.getReason());
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "a directory on the way does not exist";
        if (e instanceof java.nio.file.FileAlreadyExistsException) return "a file of that name exists";
        return e.getMessage() == null ? "not possible here" : Echo.value(e.getMessage());
    }
}
