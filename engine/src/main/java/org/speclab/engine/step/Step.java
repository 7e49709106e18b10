package org.speclab.engine.step;

/**
 * One atomic, sequentially consistent action of one thread: one line of the kernel algorithm (docs/model.md §3,
 * §4). Implementations are small records named for the kernel action; their parameters are fixed when the
 * step is planned, so a thread's remaining steps are a value that can be shown before they run.
 */
public non-sealed interface Step extends Item {
    /** The kernel function this line belongs to. */
    String function();

    /** Performs the step on {@code x}, or calls {@link Exec#block(String)} when the thread cannot move. */
    void run(Exec x);

    /** One short phrase for the Step button: what this thread will do next. */
    default String preview() { return label() + " " + function(); }
}
