package org.speclab.engine.step;

import org.speclab.engine.kernel.World;

/**
 * A writer's script whose shape depends on the world when the writer gets there (which VMAs lie in the range,
 * whether a split is needed). It is expanded, not executed: reaching it costs no step. Plans sit behind the
 * lock that makes their inputs stable (mmap_lock for write), so expanding early or late gives the same steps.
 */
public non-sealed interface Plan extends Item {
    StepList expand(World w, Regs regs);
}
