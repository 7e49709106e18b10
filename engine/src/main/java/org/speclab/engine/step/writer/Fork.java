package org.speclab.engine.step.writer;

import org.speclab.engine.step.Exec;
import org.speclab.engine.step.LocalStep;

/** {@code dup_mmap()}: fork write-locks the parent's mm, so it invalidates concurrent speculations for nothing. */
public final class Fork {
    private Fork() {}

    public record DupMmap() implements LocalStep {
        public String label() { return "FK1"; }

        public String function() { return "dup_mmap"; }

        public void run(Exec x) {
            x.say(() -> x.me() + " copies the parent's VMAs into the child; the parent's layout does not change");
        }
    }
}
