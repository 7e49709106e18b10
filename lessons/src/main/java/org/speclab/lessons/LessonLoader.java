package org.speclab.lessons;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.speclab.engine.run.Trace;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.schedule.ScheduleProblem;

/**
 * Loads and validates lesson files (format: lessons/README.md). Everything wrong comes back as located
 * {@link LessonProblem}s in a {@link LessonException}, never as a stack trace: YAML syntax, unknown keys and
 * names, bad numbers, and a schedule the engine cannot follow (the lesson's run is replayed as part of loading,
 * so {@code lint} and {@code run} agree).
 */
public final class LessonLoader {
    /** Lesson files are a few KiB; anything past this is refused before it is parsed. */
    public static final int MAX_BYTES = Limits.FILE_BYTES;

    private LessonLoader() {}

    public static Lesson load(Path file) throws LessonException {
        String name = file.toString();
        return parse(read(file, name), name);
    }

    /** Parses lesson text; {@code fileName} is what problems and {@link Lesson#source()} name. */
    public static Lesson parse(String text, String fileName) throws LessonException {
        Problems p = new Problems(fileName);
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_BYTES) throw tooLarge(fileName, bytes);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        try {
            Optional<YamlDocument> doc = YamlDocument.read(text, p);
            if (doc.isPresent()) {
                Nodes nodes = new Nodes(doc.get(), p);
                Optional<LessonParser.Draft> draft = LessonParser.parse(nodes);
                if (draft.isPresent()) {
                    Optional<Lesson> lesson = finish(draft.get(), nodes, fileName);
                    if (lesson.isPresent() && !p.any()) return lesson.get();
                }
            }
        } catch (RuntimeException | StackOverflowError e) {
            p.add(Where.START, "internal error while loading the lesson: " + e, "please report this, with the lesson file");
        }
        if (!p.any()) p.add(Where.START, "the lesson could not be loaded", "please report this, with the lesson file");
        throw new LessonException(p.sorted());
    }

    /** Replays the lesson's run, then checks what depends on it: the schedule, step numbers, declared outcomes. */
    private static Optional<Lesson> finish(LessonParser.Draft d, Nodes n, String fileName) {
        Scenario sc = d.scenario();
        LessonReplay.Recorder recorder = new LessonReplay.Recorder();
        Trace trace;
        try {
            trace = LessonReplay.run(sc, sc.schedule() == null ? java.util.List.of() : sc.schedule(), recorder);
        } catch (ScheduleProblem e) {
            Where w = d.schedule().wheres().get(Math.min(e.position(), d.schedule().wheres().size()) - 1);
            n.problem(w, e.getMessage(), "pick a thread that can move here (" + String.join(", ", recorder.movable())
                    + "); `speclab run` shows which steps block");
            return Optional.empty();
        }
        int steps = trace.size();
        if (d.schedule() != null && trace.end() != Trace.End.VIOLATION && steps < d.schedule().picks().size()) {
            n.problem(d.schedule().wheres().get(steps), "the run ends after step " + steps + " (" + trace.end().name().toLowerCase(java.util.Locale.ROOT)
                    + "), so the schedule from here on is never used", "remove the entries after the first " + steps + " picks");
        }
        for (Map.Entry<Integer, Node> e : d.narrationNodes().entrySet()) {
            if (e.getKey() > steps) n.problem(e.getValue(), "narration for step " + e.getKey() + ", but the lesson's run has " + steps + " steps",
                    "number narration by the steps of `speclab run` on this lesson");
        }
        for (Map.Entry<Integer, Node> e : d.notesNodes().entrySet()) {
            if (e.getKey() > steps) n.problem(e.getValue(), "notes for step " + e.getKey() + ", but the lesson's run has " + steps + " steps",
                    "number notes by the steps of `speclab run` on this lesson");
        }
        for (int i = 0; i < d.quizzes().size(); i++) {
            int step = d.quizzes().get(i).step();
            if (step > steps) n.problem(d.quizNodes().get(i), "quiz at step " + step + ", but the lesson's run has " + steps + " steps",
                    "put the quiz at a step of `speclab run` on this lesson");
        }
        declared(sc, trace, n, d);
        return Optional.of(new Lesson(sc, fileName, d.narration(), d.quizzes(), d.result(), d.chart(), d.notes(), d.panels()));
    }

    /** When outcomes are declared, the lesson's own run must end in one it declares, and not in a forbidden one. */
    private static void declared(Scenario sc, Trace trace, Nodes n, LessonParser.Draft d) {
        Scenario.Outcomes o = sc.outcomes();
        if (o.expected().isEmpty() && o.possible().isEmpty() && o.forbidden().isEmpty()) return;
        Where w = d.schedule() != null ? d.schedule().start() : n.where(d.outcomesNode());
        String what = d.schedule() != null ? "the schedule" : "the lesson's run (no schedule: first thread that can move)";
        switch (o.classify(trace.outcome())) {
            case "forbidden" -> n.problem(w, what + " ends in '" + trace.outcome() + "', which outcomes.forbidden lists",
                    "fix the schedule, or move the outcome to expected");
            case "undeclared" -> n.problem(w, what + " ends in '" + trace.outcome() + "', which the outcomes do not declare",
                    "add it to outcomes.expected or outcomes.possible");
            default -> { }
        }
    }

    private static LessonException tooLarge(String fileName, long bytes) {
        return new LessonException(new LessonProblem(fileName, 1, 1, "the file is " + (bytes / 1024) + " KiB; lesson files are limited to "
                + MAX_BYTES / 1024 + " KiB", "a lesson needs only a few KiB; split it, or check that this is a lesson file"));
    }

    /** Reads at most MAX_BYTES + 1 bytes (a device or a growing file cannot make us read forever), as strict UTF-8. */
    private static String read(Path file, String name) throws LessonException {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw problem(name, "is a directory, not a lesson file", "give the path of a .yaml file");
            if (Files.exists(file) && !Files.isRegularFile(file)) throw problem(name, "is not a regular file", "give the path of a .yaml file");
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    long size = Files.size(file);
                    throw tooLarge(name, Math.max(size, bytes.length));
                }
            }
        } catch (NoSuchFileException e) {
            throw problem(name, "no such file", "check the path; `speclab lessons` lists the bundled lessons by id");
        } catch (IOException e) {
            throw problem(name, "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
        }
        return utf8(bytes, name);
    }

    private static String utf8(byte[] bytes, String name) throws LessonException {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            int col = 1;
            String before = new String(bytes, 0, at, StandardCharsets.UTF_8);
            for (int i = 0; i < before.length(); i = before.offsetByCodePoints(i, 1)) {
                if (before.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            throw new LessonException(new LessonProblem(name, line, col, "the file is not valid UTF-8 (byte 0x"
                    + String.format("%02x", bytes[at] & 0xff) + ")", "save it as UTF-8"));
        }
        d.flush(out);
        out.flip();
        return out.toString();
    }

    private static LessonException problem(String name, String message, String fix) {
        return new LessonException(new LessonProblem(name, 1, 1, message, fix));
    }
}
