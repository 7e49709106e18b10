package org.speclab.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * A lesson file's YAML, safe-loaded: composed to a node tree (never to objects), after a pass over the event
 * stream has refused what a lesson never needs and an attacker would use — tags ({@code !!java…}), anchors and
 * aliases (billion-laughs bombs), several documents and deep nesting (the composer recurses). Every node keeps
 * its mark, so every later problem has a line and column.
 */
final class YamlDocument {
    /** A lesson needs four levels (world → vmas → entry → value); the composer recurses once per level. */
    static final int MAX_DEPTH = Limits.DEPTH;

    private final int[] codePoints;
    private final Node root;

    private YamlDocument(int[] codePoints, Node root) {
        this.codePoints = codePoints;
        this.root = root;
    }

    Node root() { return root; }

    /** The document, or empty with the problems added when it is not plain, well-formed YAML. */
    static Optional<YamlDocument> read(String text, Problems p) {
        int[] cps = text.codePoints().toArray();
        LoadSettings settings = LoadSettings.builder().setLabel(p.file()).setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(1).setAllowRecursiveKeys(false).setCodePointLimit(LessonLoader.MAX_BYTES + 1)
                .setParseComments(false).build();
        try {
            if (!screen(new Parse(settings).parseString(text), p)) return Optional.empty();
            Optional<Node> root = new Compose(settings).composeString(text);
            if (root.isEmpty()) {
                p.add(Where.START, "the file is empty", "a lesson starts with `id:`, `title:` and `question:`; see lessons/README.md");
                return Optional.empty();
            }
            return Optional.of(new YamlDocument(cps, root.get()));
        } catch (MarkedYamlEngineException e) {
            syntax(e, p);
        } catch (ReaderException e) {
            p.add(where(cps, e.getPosition()), "character U+" + String.format("%04X", e.getCodePoint()) + " is not allowed in YAML",
                    "remove it; lesson files are plain text");
        } catch (YamlVersionException e) {
            p.add(directive(cps, "%YAML"), "YAML version " + e.getSpecVersion().getRepresentation() + " is not supported",
                    "write %YAML 1.2, or leave the %YAML line out");
        } catch (YamlEngineException e) {
            p.add(Where.START, "not readable as YAML: " + e.getMessage(), "check the file is a YAML lesson; see lessons/README.md");
        }
        return Optional.empty();
    }

    /** Refuses tags, anchors, aliases, extra documents and deep nesting before anything is composed. */
    private static boolean screen(Iterable<Event> events, Problems p) {
        int before = p.count();
        int depth = 0;
        int documents = 0;
        // per open collection: -1 for a sequence, else the number of nodes seen in the mapping (even = a key comes next)
        java.util.ArrayDeque<int[]> open = new java.util.ArrayDeque<>();
        for (Event e : events) {
            Where w = e.getStartMark().map(YamlDocument::where).orElse(Where.START);
            if (e instanceof NodeEvent) {
                int[] parent = open.peek();
                if (parent != null && parent[0] >= 0 && parent[0]++ % 2 == 0 && e instanceof CollectionStartEvent) {
                    p.add(w, "a key must be plain text, not a " + (e.getEventId() == Event.ID.MappingStart ? "mapping" : "list"),
                            "write the key as a word followed by ':'; a '?' or a bracket starts a complex key");
                    return false;
                }
                if (e instanceof CollectionStartEvent) open.push(new int[] {e.getEventId() == Event.ID.MappingStart ? 0 : -1});
            } else if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) {
                open.poll();
            }
            switch (e.getEventId()) {
                case DocumentStart -> {
                    if (++documents == 2) {
                        p.add(w, "a lesson file holds one YAML document, this one has a second",
                                "remove the second '---', or put the second lesson in its own file");
                        return false;
                    }
                }
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        p.add(w, "nested deeper than " + MAX_DEPTH + " levels", "a lesson needs at most four levels; remove the extra brackets");
                        return false;
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> { }
            }
            if (e instanceof AliasEvent a) {
                p.add(w, "aliases (*" + a.getAlias().getValue() + ") are not allowed in lesson files",
                        "write the value out in full; lessons take no anchors or aliases");
            } else if (e instanceof NodeEvent n && n.getAnchor().isPresent()) {
                p.add(w, "anchors (&" + n.getAnchor().get().getValue() + ") are not allowed in lesson files",
                        "remove the anchor and write values out in full");
            }
            Optional<String> tag = e instanceof ScalarEvent s ? s.getTag() : e instanceof CollectionStartEvent c ? c.getTag() : Optional.empty();
            if (tag.isPresent()) {
                p.add(w, "YAML tags such as '" + shortTag(tag.get()) + "' are not allowed: a lesson is plain data, never objects",
                        "remove the tag and write the plain value");
            }
            if (p.count() - before >= 10) return false;
        }
        return p.count() == before;
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private static void syntax(MarkedYamlEngineException e, Problems p) {
        Mark m = e.getProblemMark().or(e::getContextMark).orElse(null);
        Where w = m == null ? Where.START : where(m);
        String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
        String context = e.getContext() == null ? "" : " (" + e.getContext()
                + e.getContextMark().map(c -> " that starts at " + (c.getLine() + 1) + ":" + (c.getColumn() + 1)).orElse("") + ")";
        p.add(w, "YAML syntax error: " + problem + context, hint(problem));
    }

    private static String hint(String problem) {
        if (problem.contains("\\t") || problem.contains("\t")) return "indent with spaces; YAML does not allow tabs here";
        if (problem.contains("mapping values are not allowed")) return "quote values that contain ': ', and check the indentation";
        if (problem.contains("could not find expected ':'")) return "a key needs ':' after it; quote text that contains special characters";
        if (problem.contains("end of stream") || problem.contains("end of the stream")) return "close the quote or bracket opened earlier";
        if (problem.contains("expected ',' or ']'")) return "separate list items with ',' and close the list with ']'";
        if (problem.contains("expected ',' or '}'")) return "separate entries with ',' and close the mapping with '}'";
        if (problem.contains("did not find expected key") || problem.contains("expected <block end>"))
            return "align the keys of one mapping at the same indentation";
        if (problem.contains("duplicate")) return "remove one of the two entries";
        return "check the indentation, quotes and brackets near here";
    }

    static Where where(Mark m) { return new Where(m.getLine() + 1, m.getColumn() + 1); }

    /** Where a directive such as {@code %YAML} starts a line, else the start of the file. */
    private static Where directive(int[] cps, String name) {
        String text = new String(cps, 0, Math.min(cps.length, 4096));
        int at = text.startsWith(name) ? 0 : text.indexOf("\n" + name);
        return at < 0 ? Where.START : where(cps, at == 0 ? 0 : at + 1);
    }

    Where where(Node n) { return n.getStartMark().map(YamlDocument::where).orElse(Where.START); }

    private static Where where(int[] cps, int index) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(index, cps.length); i++) {
            if (cps[i] == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Where(line, col);
    }

    /** A whitespace-separated word of a scalar, with where it sits in the file. */
    record Word(String text, Where where) {}

    /**
     * The words of a scalar, each located at its own column: found in the scalar's source text in order, so quoted
     * and plain flow scalars map exactly; where the source differs (escapes), a word falls back to the scalar's start.
     */
    List<Word> words(ScalarNode n) {
        List<Word> out = new ArrayList<>();
        Where start = where(n);
        int from = n.getStartMark().map(Mark::getIndex).orElse(-1);
        int to = n.getEndMark().map(Mark::getIndex).orElse(-1);
        String raw = from >= 0 && to >= from && to <= codePoints.length ? new String(codePoints, from, to - from) : "";
        int cursor = 0;
        for (String word : n.getValue().strip().split("\\s+")) {
            if (word.isEmpty()) continue;
            int at = raw.indexOf(word, cursor);
            if (at < 0) {
                out.add(new Word(word, start));
                continue;
            }
            out.add(new Word(word, advance(start, raw, at)));
            cursor = at + word.length();
        }
        return out;
    }

    private static Where advance(Where start, String raw, int offset) {
        int line = start.line();
        int col = start.column();
        for (int i = 0; i < offset; ) {
            int c = raw.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Where(line, col);
    }
}
