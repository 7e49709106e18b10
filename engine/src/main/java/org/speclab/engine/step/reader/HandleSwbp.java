package org.speclab.engine.step.reader;

import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.kernel.UprobeSlot;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Property;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.LocalStep;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.StepList;
import org.speclab.engine.step.writer.UprobeSteps;
import org.speclab.engine.variant.Knobs;

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
                } else if (x.knobs().insn() == Knobs.Insn.SINGLE_STEP) {
                    singleStep(x, r, u);
                } else if (u.consumers() == 0) {
                    x.say(() -> x.me() + ": handler_chain() finds no consumer on " + u.name() + " (unregistered: consumer_del ran),"
                            + " so no handler runs; it emulates the original nop and returns to user");
                } else {
                    x.say(() -> x.me() + " runs the handlers of uprobe " + u.name() + " and emulates its original nop, then returns to user");
                }
                return;
            }
            if (!r.locked()) {
                var truth = x.w().validUprobeAt(r.bp()).map(n -> x.w().uprobes().get(n.uprobe()).name());
                x.violate(Property.P4, "handle_swbp", x.me() + " decides 'no uprobe' from a speculative NULL without taking mmap_read_lock"
                        + truth.map(n -> (r.isSwbp() > 0 ? ": SIGTRAP kills the process although " : ": although ") + "uprobe " + n
                                + " is registered at " + Kernel.hex(r.bp())).orElse(""));
            }
            if (r.isSwbp() > 0) {
                x.say(() -> x.me() + " finds a real int3 with no uprobe: force_sig(SIGTRAP)");
            } else {
                x.say(() -> x.me() + " finds no uprobe and no breakpoint (is_swbp=" + r.isSwbp() + "): IP = bp, the instruction re-executes");
            }
        }
    }

    /**
     * H2 for an instruction that cannot be emulated: the handlers run, then pre_ssout() takes a reference with
     * try_get_uprobe() — still inside the Tasks Trace section, so the uprobe's memory is there to try. A dying
     * uprobe (refcount 0) gives none: no single-step, the instruction restarts. The reference is dropped when the
     * single-step completes ({@link SingleStepDone}), after H3.
     */
    private static void singleStep(Exec x, ReaderRegs r, UprobeSlot u) {
        String handlers = u.consumers() == 0 ? "finds no consumer on " + u.name() : "runs the handlers of " + u.name();
        if (u.ref() == 0) {
            x.say(() -> x.me() + " " + handlers + "; try_get_uprobe() fails (refcount 0: " + u.name()
                    + " is being freed), so there is no single-step: the instruction restarts");
            return;
        }
        x.w(x.w().withUprobes(x.w().uprobes().set(r.uprobe(), u.withRef(u.ref() + 1))));
        x.rmw(() -> "uprobe[" + r.uprobe() + "].ref");
        x.rest(StepList.of(new TasksTraceUnlock(), new SingleStepDone(r.uprobe())).then(x.rest().after("H3")));
        x.say(() -> x.me() + " " + handlers + "; pre_ssout(): try_get_uprobe() takes a reference (ref " + u.ref() + " → "
                + (u.ref() + 1) + ") before the Tasks Trace section ends, then single-steps the original instruction out of line");
    }

    /** After H3: the single-step trap completes and put_uprobe() drops pre_ssout()'s reference (handle_singlestep). */
    public record SingleStepDone(int uprobe) implements Step {
        public String label() { return "SS"; }

        public String function() { return "handle_singlestep"; }

        public void run(Exec x) {
            UprobeSlot u = x.loadUprobe(uprobe, "ref");
            x.w(x.w().withUprobes(x.w().uprobes().set(uprobe, u.withRef(u.ref() - 1))));
            x.rmw(() -> "uprobe[" + uprobe + "].ref");
            x.regs(x.reader().withUprobe(-1, -1));
            if (u.ref() - 1 == 0) {
                // the last put: uprobe_free_deferred() runs as a work item; modelled on this thread
                x.rest(UprobeSteps.freeDeferred(uprobe).then(x.rest()));
            }
            x.say(() -> x.me() + " finishes the single-step: put_uprobe() drops its reference on " + u.name() + " (ref " + u.ref()
                    + " → " + (u.ref() - 1) + ")" + (u.ref() - 1 == 0 ? ", the last one: uprobe_free_deferred() erases and frees it" : ""));
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
