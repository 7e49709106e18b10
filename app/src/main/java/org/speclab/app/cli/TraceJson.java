package org.speclab.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.speclab.engine.run.Change;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceEntry;
import org.speclab.engine.step.MemAccess;
import org.speclab.engine.step.Violation;

/** The {@code --json} form of a run (the README's command table keys: verdict, variant, states, outcomes, violation). */
public final class TraceJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TraceJson() {}

    public static String of(String lesson, Trace t, String code) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("lesson", lesson);
        root.put("trace_code", code);
        root.put("verdict", t.violation() == null ? "holds" : "violated");
        root.put("variant", t.machine().variant().name());
        root.put("states", t.size() + 1);
        root.put("outcome", t.outcome());
        root.put("outcomes", Map.of(t.outcome(), t.schedule()));
        root.put("end", t.end().name().toLowerCase());
        if (!t.note().isEmpty()) root.put("note", t.note());
        root.put("schedule", t.schedule());
        List<Map<String, Object>> steps = steps(t);
        root.put("trace", steps);
        if (t.violation() != null) root.put("violation", violation(t.violation(), t, steps));
        return write(root);
    }

    /**
     * Keys in the order given. Not {@code Map.of}: its iteration order depends on a per-JVM salt, so the same run
     * printed its keys in another order under another JDK, or with or without a class-data archive.
     */
    private static <V> Map<String, V> ordered(String k1, V v1, String k2, V v2, String k3, V v3) {
        Map<String, V> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        m.put(k3, v3);
        return m;
    }

    static String write(Object root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> violation(Violation v, Trace t, List<Map<String, Object>> steps) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("property", v.property().name());
        m.put("outcome", v.outcome());
        m.put("step", t.violationStep());
        m.put("thread", t.machine().threadName(v.thread()));
        m.put("object", v.object());
        m.put("explanation", v.explanation());
        m.put("schedule", t.schedule());
        m.put("trace", steps);
        return m;
    }

    static List<Map<String, Object>> steps(Trace t) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (TraceEntry e : t.entries()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", e.index());
            m.put("thread", e.threadName());
            m.put("line", e.label());
            m.put("function", e.function());
            List<Map<String, String>> changes = new ArrayList<>();
            for (Change c : e.changes()) changes.add(ordered("field", c.field(), "before", c.before(), "after", c.after()));
            m.put("changes", changes);
            m.put("why", e.explanation());
            m.put("accesses", e.accesses().stream().map(MemAccess::toString).toList());
            if (e.decision() != null) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("kind", e.decision().kind().name().toLowerCase());
                if (e.decision().reason() != null) d.put("reason", e.decision().reason().outcomeName());
                if (e.decision().verdict() != null) d.put("result", e.decision().verdict().outcomeName());
                d.put("sentence", e.decision().sentence());
                if (e.cause() != null) d.put("cause", ordered("step", e.cause().step(), "thread", e.cause().thread(), "what", e.cause().what()));
                m.put("decision", d);
            }
            if (e.violation() != null) m.put("violation", e.violation().property().name());
            out.add(m);
        }
        return out;
    }
}
