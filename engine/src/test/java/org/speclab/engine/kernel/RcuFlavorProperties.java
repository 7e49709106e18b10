package org.speclab.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RcuFlavor#relative} forgets only what no step can see: along thousands of seeded random histories of
 * readers, callbacks and grace periods, a flavour and its relative form allow the same RCU steps, and stepping
 * either one leads to flavours with the same relative form (a bisimulation, ADR 0013).
 */
class RcuFlavorProperties {
    @Test
    void aFlavourAndItsRelativeFormAllowTheSameStepsToEquivalentFlavours() {
        for (int seed = 1; seed <= 2000; seed++) {
            Random random = new Random(seed);
            RcuFlavor f = RcuFlavor.idle("rcu");
            for (int i = 0; i < 40; i++) {
                RcuFlavor r = f.relative();
                String at = "seed " + seed + " step " + i + ": " + f;
                assertThat(r.relative()).as(at).isEqualTo(r);
                assertThat(r.completed()).as(at).isZero();
                assertThat(r.gpInProgress()).as(at).isEqualTo(f.gpInProgress());
                assertThat(r.canStartGp()).as(at).isEqualTo(f.canStartGp());
                assertThat(r.canEndGp()).as(at).isEqualTo(f.canEndGp());
                assertThat(r.readyCallback()).as(at).isEqualTo(f.readyCallback());
                assertThat(r.callbacks()).as(at).hasSameSizeAs(f.callbacks());
                int op = random.nextInt(6);
                int thread = random.nextInt(3);
                RcuFlavor a = step(f, op, thread);
                RcuFlavor b = step(r, op, thread);
                if (a == null) {
                    assertThat(b).as(at).isNull();
                    continue;
                }
                assertThat(b.relative()).as(at + " then op " + op).isEqualTo(a.relative());
                f = a;
            }
        }
    }

    @Test
    void flavoursThatDifferOnlyInHowManyGracePeriodsHavePassedAreOne() {
        RcuFlavor once = RcuFlavor.idle("rcu").queue(RcuCallback.Kind.FREE, Cache.INODE, 0, 1).startGp().endGp();
        RcuFlavor twice = once.dropCallback(0).queue(RcuCallback.Kind.FREE, Cache.INODE, 0, 1).startGp().endGp();
        assertThat(once).isNotEqualTo(twice);
        assertThat(once.relative()).isEqualTo(twice.relative());
    }

    /** One RCU step or reader move, or null when it is not possible now (as the daemon would block). */
    private static RcuFlavor step(RcuFlavor f, int op, int thread) {
        return switch (op) {
            case 0 -> f.depth(thread) < 2 ? f.enter(thread) : null;
            case 1 -> f.depth(thread) > 0 ? f.exit(thread) : null;
            case 2 -> f.callbacks().size() < 3 ? f.queue(RcuCallback.Kind.FREE, Cache.FILP, thread, 1) : null;
            case 3 -> f.readyCallback() >= 0 ? f.dropCallback(f.readyCallback()) : null;
            case 4 -> f.canEndGp() ? f.endGp() : null;
            default -> f.canStartGp() ? f.startGp() : null;
        };
    }
}
