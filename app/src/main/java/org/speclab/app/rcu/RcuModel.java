package org.speclab.app.rcu;

import java.util.List;

/** One RCU flavour at one frame: its readers, the grace period and its waitset, and the queued callbacks. */
public record RcuModel(String key, String title, List<Reader> readers, int started, int completed, List<String> waitsFor,
                       boolean gpChanged, List<Callback> callbacks, String ran) {
    public RcuModel {
        readers = List.copyOf(readers);
        waitsFor = List.copyOf(waitsFor);
        callbacks = List.copyOf(callbacks);
    }

    public boolean gpInProgress() { return started > completed; }

    /** "GP 2 in progress · waits for cpu0", or "no grace period in progress". */
    public String gpText() {
        if (!gpInProgress()) return "no grace period in progress";
        return "GP " + started + " in progress · " + (waitsFor.isEmpty() ? "waits for nobody: it can end" : "waits for " + String.join(", ", waitsFor));
    }

    public String completedText() { return completed + (completed == 1 ? " GP completed" : " GPs completed"); }

    /** Nothing to see: no reader inside, no grace period, nothing queued or running, and nothing changed at this step. */
    public boolean idle() {
        return readers.stream().noneMatch(r -> r.inside() || r.changed()) && !gpInProgress() && !gpChanged && callbacks.isEmpty() && !callbackRan();
    }

    /** An idle flavour in one line: "idle · cpu0 outside · nothing queued". */
    public String idleText() {
        String who = readers.isEmpty() ? "no readers" : String.join(", ", readers.stream().map(Reader::text).toList());
        return "idle · " + who + " · no grace period · nothing queued";
    }

    /** The current step is this flavour's kthread running a callback. */
    public boolean callbackRan() { return !ran.isEmpty(); }

    /** A reader thread and its read-side nesting depth in this flavour; {@code waitedFor} = in the GP's waitset. */
    public record Reader(String thread, int index, int depth, boolean waitedFor, boolean changed) {
        public boolean inside() { return depth > 0; }

        public String text() { return thread + (depth == 0 ? " outside" : depth == 1 ? " inside" : " inside ×" + depth); }
    }

    /** A queued callback (a deferred free): what it does, which GP it waits for, and whether that GP is over. */
    public record Callback(String what, int waitFor, boolean ready, boolean added) {
        public String text() { return what + (ready ? " · GP " + waitFor + " done: runs next" : " · waits for GP " + waitFor); }
    }
}
