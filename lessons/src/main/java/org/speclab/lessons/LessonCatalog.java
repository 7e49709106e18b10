package org.speclab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lessons shipped in the jar ({@code lessons/*.yaml} of this module, packaged under {@code lessons/}), listed
 * by {@code lessons/index.txt}; a test keeps the index equal to the files.
 */
public final class LessonCatalog {
    static final String INDEX = "/lessons/index.txt";

    private LessonCatalog() {}

    private static volatile List<Lesson> all;
    // One instance per id, whether it came from byId or bundled(): a command that names one lesson parses only that one.
    private static final Map<String, Lesson> loaded = new ConcurrentHashMap<>();

    /**
     * Every bundled lesson in course order (the order of the index: the merged code first, then the broken variants
     * B1, B2, …). A bundled lesson that does not load is a build bug: IllegalStateException.
     */
    public static List<Lesson> bundled() {
        List<Lesson> l = all;
        if (l == null) {
            l = loadAll();
            all = l;
        }
        return l;
    }

    /** The bundled lesson with this id; parses only that lesson (a cold {@code check LESSON} starts faster). */
    public static Optional<Lesson> byId(String id) {
        List<Lesson> l = all;
        if (l != null) return l.stream().filter(x -> x.id().equals(id)).findFirst();
        return ids().contains(id) ? Optional.of(cached(id)) : Optional.empty();
    }

    /** The ids in the index, in file order. */
    public static List<String> ids() {
        List<String> out = new ArrayList<>();
        for (String line : resource(INDEX).split("\n")) {
            String id = line.strip();
            if (!id.isEmpty() && !id.startsWith("#")) out.add(id);
        }
        return out;
    }

    /**
     * A lesson named on the command line. A name with a {@code /} or ending in {@code .yaml}/{@code .yml} is a
     * path; a bare name is a bundled id, and only when no bundled lesson has that id an existing file of that name
     * (so a stray file {@code ./fast-path} never shadows the bundled lesson: write {@code ./fast-path} for it).
     */
    public static Lesson resolve(String idOrPath) throws LessonException {
        if (isPath(idOrPath)) return LessonLoader.load(path(idOrPath));
        Optional<Lesson> l = byId(idOrPath);
        if (l.isPresent()) return l.get();
        if (isFile(idOrPath)) return LessonLoader.load(path(idOrPath));
        List<String> ids = bundled().stream().map(Lesson::id).toList();
        String name = Echo.value(idOrPath);
        String fix = Suggest.closest(idOrPath, ids).map(s -> "did you mean '" + s + "'? ").orElse("") + "run `speclab lessons` to list them";
        throw new LessonException(new LessonProblem(idOrPath, 1, 1, "no bundled lesson '" + name + "' and no such file", fix));
    }

    /** Written as a path: it has a directory part or a lesson file's suffix. */
    public static boolean isPath(String s) {
        return s.contains("/") || s.contains(java.io.File.separator) || s.endsWith(".yaml") || s.endsWith(".yml");
    }

    private static Path path(String s) throws LessonException {
        try {
            return Path.of(s);
        } catch (java.nio.file.InvalidPathException e) {
            throw new LessonException(new LessonProblem(s, 1, 1, "not a valid path: " + e.getReason(), "check the file name"));
        }
    }

    private static boolean isFile(String s) {
        try {
            return Files.isRegularFile(Path.of(s));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Loads one bundled lesson; its id must equal its file name. */
    static Lesson loadBundled(String id) throws LessonException {
        String source = "bundled:" + id;
        Lesson l = LessonLoader.parse(resource("/lessons/" + id + ".yaml"), source);
        if (!l.id().equals(id)) {
            throw new LessonException(new LessonProblem(source, 1, 1, "id '" + l.id() + "' differs from the file name " + id + ".yaml",
                    "a shipped lesson's id is its file name without .yaml"));
        }
        return l;
    }

    private static List<Lesson> loadAll() {
        List<Lesson> out = new ArrayList<>();
        for (String id : ids()) out.add(cached(id));
        return List.copyOf(out);
    }

    private static Lesson cached(String id) {
        return loaded.computeIfAbsent(id, i -> {
            try {
                return loadBundled(i);
            } catch (LessonException e) {
                throw new IllegalStateException("bundled lesson " + i + " does not load: " + e.getMessage(), e);
            }
        });
    }

    private static String resource(String name) {
        try (InputStream in = LessonCatalog.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name + " (is the lessons jar on the classpath?)");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
