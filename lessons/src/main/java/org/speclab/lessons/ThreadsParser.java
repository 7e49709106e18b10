package org.speclab.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.speclab.engine.program.Machine;
import org.speclab.engine.program.Op;

/** Reads {@code threads:}, an ordered mapping of thread name to its program (a list of operations, or one). */
final class ThreadsParser {
    static final int MAX_THREADS = Limits.THREADS;
    static final int MAX_OPS = Limits.OPS_PER_THREAD;
    static final Pattern THREAD = Pattern.compile("[a-z][a-z0-9-]*");

    /** A thread as written: its name, where the name is, and its parsed operations. */
    record Draft(String name, Where where, List<OpParser.Parsed> ops) {
        boolean reader() { return ops.size() == 1 && ops.get(0).op() instanceof Op.UprobeHit; }
    }

    private ThreadsParser() {}

    static List<Draft> parse(Nodes n, Node threads) {
        List<Draft> out = new ArrayList<>();
        Optional<Nodes.Fields> f = n.mapping(threads, "threads", null);
        if (f.isEmpty()) return out;
        OpParser ops = new OpParser(n);
        int count = 0;
        boolean allParsed = true;
        for (NodeTuple t : f.get().entries()) {
            String name = ((ScalarNode) t.getKeyNode()).getValue();
            if (++count == MAX_THREADS + 1) {
                n.problem(t.getKeyNode(), "more than " + MAX_THREADS + " threads", "a lesson has at most " + MAX_THREADS + " threads; merge or remove some");
            }
            if (count > MAX_THREADS || !threadName(n, t.getKeyNode(), name)) {
                allParsed = false;
                continue;
            }
            List<OpParser.Parsed> parsed = program(n, ops, name, t.getValueNode());
            if (parsed != null) out.add(new Draft(name, n.where(t.getKeyNode()), parsed));
            else allParsed = false;
        }
        if (f.get().entries().isEmpty()) n.problem(threads, "no threads", "add a reader, e.g. `cpu0: [\"uprobe-hit 0x401100\"]`");
        else if (allParsed && out.stream().noneMatch(Draft::reader))
            n.problem(threads, "no thread hits a uprobe, so there is no lookup to watch", "add a reader, e.g. `cpu0: [\"uprobe-hit 0x401100\"]`");
        return out;
    }

    private static boolean threadName(Nodes n, Node key, String name) {
        if (name.equals(Machine.RCU) || name.equals(Machine.RCU_TRACE)) {
            n.problem(key, "'" + name + "' is the RCU pseudo-thread's name", "call the thread cpu1, cpu2, …; rcu and rcu-trace run by themselves");
            return false;
        }
        if (!THREAD.matcher(name).matches()) {
            n.problem(key, "thread name '" + name + "' is not allowed", "use lower-case letters, digits and '-', starting with a letter, e.g. cpu1");
            return false;
        }
        return true;
    }

    /** The thread's operations, or null when any is wrong (each problem already recorded). */
    private static List<OpParser.Parsed> program(Nodes n, OpParser ops, String thread, Node value) {
        List<Node> items;
        if (value instanceof ScalarNode) items = List.of(value);
        else if (value instanceof SequenceNode s) items = s.getValue();
        else {
            n.problem(value, "thread " + thread + "'s program must be a list of operations, not " + Nodes.kind(value),
                    "write e.g. `" + thread + ": [\"munmap 0x400000 0x4000\"]`");
            return null;
        }
        if (items.isEmpty() || Nodes.isNull(value)) {
            n.problem(value, "thread " + thread + " has no operations", "give it at least one, e.g. `[\"munmap 0x400000 0x4000\"]`");
            return null;
        }
        if (items.size() > MAX_OPS) {
            n.problem(items.get(MAX_OPS), "thread " + thread + " has more than " + MAX_OPS + " operations", "a lesson needs only a few; remove some");
            return null;
        }
        List<OpParser.Parsed> out = new ArrayList<>();
        boolean ok = true;
        for (Node item : items) {
            if (!(item instanceof ScalarNode s)) {
                n.problem(item, "an operation must be one line of text, not " + Nodes.kind(item), "write e.g. \"munmap 0x400000 0x4000\"");
                ok = false;
                continue;
            }
            Optional<OpParser.Parsed> p = ops.parse(s);
            if (p.isPresent()) out.add(p.get());
            else ok = false;
        }
        if (!ok) return null;
        for (OpParser.Parsed p : out) {
            if (p.op() instanceof Op.UprobeHit && out.size() > 1) {
                n.problem(p.at(0), "thread " + thread + " hits a uprobe and also runs other operations",
                        "a reader's only operation is `uprobe-hit ADDR`; move the others to another thread");
                return null;
            }
        }
        return out;
    }
}
