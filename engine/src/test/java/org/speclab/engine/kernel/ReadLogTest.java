package org.speclab.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.variant.Variants;

/** A watched world logs what a step read of the world it started from, and what it wrote (ADR 0017). */
class ReadLogTest {
    private static World world() {
        Scenario sc = Scenarios.munmapReuse(Variants.V6_14);
        return WorldBuilder.build(sc.world(), sc.variant().knobs());
    }

    private static int[] reads(ReadLog log) {
        int[] out = new int[log.count()];
        for (int k = 0; k < out.length; k++) out[k] = log.part(k);
        return out;
    }

    @Test
    void logsEachPartReadOnceInTheOrderFirstRead() {
        ReadLog log = new ReadLog();
        World w = world().watched(log);
        w.rcu();
        w.vmas().get(0);
        w.rcu();
        w.validUprobeAt(0x400000); // the committed mapping first, then the tree (and the slab when a node matches)
        assertThat(reads(log)).startsWith(7, 1, World.COMMITTED_PART);
        assertThat(log.written()).isZero();
    }

    @Test
    void logsWritesEvenOfAnEqualValueAndNoReadAfterTheStepsOwnWrite() {
        ReadLog log = new ReadLog();
        World w = world().watched(log);
        // a part written without being read (its new value may come from elsewhere), then read back
        World next = w.withCommitted(w.committed()).withText(world().text());
        next.text();
        // the log follows the worlds made from the watched one
        next.mm();
        assertThat(reads(log)).containsExactly(World.COMMITTED_PART, 0);
        assertThat(log.written()).isEqualTo(1 << World.COMMITTED_PART | 1 << 9);
        assertThat(next).isEqualTo(world());
    }

    @Test
    void helpersLogTheFieldsTheyReadAndWholeWorldMethodsLogEverything() {
        ReadLog files = new ReadLog();
        world().watched(files).fileNamed("no such file");
        assertThat(reads(files)).containsExactly(2, 3);
        ReadLog all = new ReadLog();
        World w = world().watched(all);
        assertThat(w.hashCode()).isEqualTo(world().hashCode());
        assertThat(all.count()).isEqualTo(World.PARTS);
    }

    @Test
    void anUnwatchedWorldIsTheSameValueAndLogsNothing() {
        ReadLog log = new ReadLog();
        World plain = world().watched(log).unwatched();
        plain.withMm(plain.mm()).utree();
        assertThat(log.count()).isZero();
        assertThat(log.written()).isZero();
        assertThat(plain).isEqualTo(world());
        assertThat(plain.unwatched()).isSameAs(plain);
    }
}
