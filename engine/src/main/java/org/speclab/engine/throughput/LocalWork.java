package org.speclab.engine.throughput;

import static org.speclab.engine.throughput.Parameters.*;

/** The work a step does besides its memory accesses, in core cycles: the trap, the handlers, the tree walks. */
final class LocalWork {
    private LocalWork() {}

    static double cycles(String label) {
        return switch (label) {
            case "H0" -> TRAP_ROUND_TRIP;                             // int3 in, iret out: handle_swbp's frame
            case "S3", "L2" -> MAPLE_WALK;                            // vma_lookup(): mas_walk() below the root
            case "T2" -> RB_WALK;                                     // rb_find_rcu()
            case "H2" -> HANDLER_CHAIN + BPF_PROGRAM + EMULATED_NOP;  // handler_chain(), the BPF counter, skip_sstep
            default -> 0;
        };
    }
}
