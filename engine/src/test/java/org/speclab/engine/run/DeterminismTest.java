package org.speclab.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.fixture.Script;
import org.speclab.engine.program.Machine;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.schedule.ScriptedScheduler;
import org.speclab.engine.schedule.SeededRandomScheduler;
import org.speclab.engine.variant.Variants;

class DeterminismTest {
    private static Trace run(Scenario sc, org.speclab.engine.schedule.Scheduler s) {
        Engine e = new Engine(new Machine(sc.threads(), sc.variant()));
        return new Simulation(e).run(e.initial(WorldBuilder.build(sc.world(), sc.variant().knobs())), s);
    }

    @Test
    void sameScheduleAndSeedGiveTheSameTrace() {
        for (long seed = 1; seed <= 50; seed++) {
            Trace a = run(Scenarios.munmapReuse(Variants.V6_14), new SeededRandomScheduler(seed));
            Trace b = run(Scenarios.munmapReuse(Variants.V6_14), new SeededRandomScheduler(seed));
            assertThat(TraceText.format(a)).isEqualTo(TraceText.format(b));
            assertThat(a.last()).isEqualTo(b.last());
        }
    }

    @Test
    void replayingARunsScheduleGivesTheSameTraceByteForByte() {
        Trace a = run(Scenarios.mprotectSplit(Variants.retry(2)), new SeededRandomScheduler(7));
        Trace b = run(Scenarios.mprotectSplit(Variants.retry(2)), new ScriptedScheduler(a.schedule()));
        assertThat(TraceText.format(b)).isEqualTo(TraceText.format(a));
    }

    @Test
    void branchingKeepsThePrefixAndExploresAnotherFuture() {
        // given
        Scenario sc = Scenarios.munmapReuse(Variants.V6_14);
        Engine e = new Engine(new Machine(sc.threads(), sc.variant()));
        Simulation sim = new Simulation(e);
        Trace main = Script.run(sc, "cpu0:S4 cpu1:FPUT cpu2 cpu0*");
        // when: step back to after S4 and let the reader finish first
        Trace branch = sim.continueFrom(main, 6, new ScriptedScheduler(java.util.Collections.nCopies(10, "cpu0")), 5000);
        // then
        assertThat(branch.entries().subList(0, 6)).isEqualTo(main.entries().subList(0, 6));
        assertThat(branch.stateAt(6)).isSameAs(main.stateAt(6));
        assertThat(branch.last().thread(0).reader().outcome()).isEqualTo("speculative-hit");
    }
}
