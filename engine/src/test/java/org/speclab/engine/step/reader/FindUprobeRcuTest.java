package org.speclab.engine.step.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.fixture.Script;
import org.speclab.engine.run.Trace;
import org.speclab.engine.run.TraceEntry;

/** find_uprobe_rcu()'s retry loop: a miss is only believed once a whole walk ran with no tree writer. */
class FindUprobeRcuTest {
    @Test
    void aMissAfterARetriedWalkIsCheckedAgainAndFallsBack() {
        // given: u1's breakpoint is already removed (a whole write section before S2), and the tree erase of
        // u1 runs between the reader's T1 and T2, so the first walk misses and T3 sees the count move
        var sc = Scenarios.unregister(Scenarios.v614());
        // when
        Trace t = Script.run(sc, "cpu1:UU2 cpu0:T1 cpu1:UU5 cpu0*");
        // then: T1 T2 T3 run twice, and the second miss is a real one: no speculative hit without a uprobe
        List<String> reader = t.entries().stream().filter(e -> e.threadName().equals("cpu0")).map(TraceEntry::label).toList();
        assertThat(String.join(" ", reader)).contains("T1 T2 T3 T1 T2 T3 S_FAIL L1");
        assertThat(t.violation()).isNull();
        assertThat(t.end()).isEqualTo(Trace.End.FINISHED);
        assertThat(t.outcome()).isEqualTo("fallback-no-uprobe/locked-miss-restart");
    }
}
