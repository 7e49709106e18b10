package org.speclab.engine.step.reader;

import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.UprobeSlot;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.LocalStep;
import org.speclab.engine.step.Step;

/** {@code handle_swbp()}: the breakpoint trap around the lookup, under {@code rcu_read_lock_trace()}. */
public final class HandleSwbp {
    private HandleSwbp() {}

    /** H0: the int3 at bp traps; uprobe_notify_resume() calls handle_swbp() with bp_vaddr = bp. */
    public record TrapTaken() implements LocalStep {
        public String label() { return "H0"; }

        public String function() { return "handle_swbp"; }

        public void run(Exec x) {
            x.read(() -> "text@" + Kernel.hex(x.reader().bp()));
            x.say(() -> x.me() + " executes the int3 at " + Kernel.hex(x.reader().bp()) + " and enters handle_swbp()");
        }
    }

    /** H1: the whole lookup-and-handle runs inside an RCU Tasks Trace read section, which keeps uprobes alive. */
    public record TasksTraceLock() implements Step {
        public String label() { return "H1"; }

        public String function() { return "rcu_read_lock_trace"; }

        public void run(Exec x) {
            x.w(x.w().withTrace(x.w().trace().enter(x.thread())));
            x.write(() -> "rcu-trace.nesting[" + x.me() + "]");
            x.say(() -> x.me() + " enters an RCU Tasks Trace read section: no uprobe it finds can be freed until it leaves");
        }
    }

    /** H2: with a uprobe, run its consumers and emulate or single-step its instruction; without, SIGTRAP or restart. */
    public record HandleResult() implements Step {
        public String label() { return "H2"; }

        public String function() { return "handle_swbp"; }

        public void run(Exec x) {
            ReaderRegs r = x.reader();
            if (r.holdsUprobe()) {
                UprobeSlot u = x.loadUprobe(r.uprobe(), "copy_insn and consumers");
                if (!u.copyInsn()) {
                    x.say(() -> x.me() + ": uprobe " + u.name() + " has no copied instruction yet (UPROBE_COPY_INSN clear), so the instruction restarts");
                } else {
                    x.say(() -> x.me() + " runs the handlers of uprobe " + u.name() + " and emulates its original nop, then returns to user");
                }
                return;
            }
            if (!r.locked()) {
                x.violate(Property.P4, "handle_swbp", x.me() + " decides 'no uprobe' from a speculative NULL without taking mmap_read_lock");
            }
            if (r.isSwbp() > 0) {
                x.say(() -> x.me() + " finds a real int3 with no uprobe: force_sig(SIGTRAP)");
            } else {
                x.say(() -> x.me() + " finds no uprobe and no breakpoint (is_swbp=" + r.isSwbp() + "): IP = bp, the instruction re-executes");
            }
        }
    }

    /** H3: leave the Tasks Trace section; from here on the uprobe may be freed. */
    public record TasksTraceUnlock() implements Step {
        public String label() { return "H3"; }

        public String function() { return "rcu_read_unlock_trace"; }

        public void run(Exec x) {
            x.w(x.w().withTrace(x.w().trace().exit(x.thread())));
            x.write(() -> "rcu-trace.nesting[" + x.me() + "]");
            x.say(() -> x.me() + " leaves the RCU Tasks Trace section; handle_swbp() is done: " + x.reader().outcome());
        }
    }
}
