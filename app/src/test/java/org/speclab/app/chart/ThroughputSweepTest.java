package org.speclab.app.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.speclab.app.stepper.Session;
import org.speclab.engine.run.Trace;
import org.speclab.engine.schedule.SeededRandomScheduler;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;

class ThroughputSweepTest {
    private static Session session(String lesson) {
        Lesson l = LessonCatalog.byId(lesson).orElseThrow();
        return Session.of(l, l.scenario());
    }

    @Test
    void countsEachReadersVerdictAsTheEngineReportsItsOutcome() {
        // given
        Session s = session("munmap-file-reuse");
        List<RunResult> results = new ArrayList<>();

        // when
        int done = ThroughputSweep.sweep(s, 1, 6, results::add, () -> false);

        // then: one reader; its outcome string says which way it went
        assertThat(done).isEqualTo(6);
        assertThat(results).extracting(RunResult::seed).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        for (RunResult r : results) {
            Trace t = s.simulation().run(s.initial(), new SeededRandomScheduler(r.seed()));
            String outcome = s.engine().outcome(t.last());
            assertThat(r.hits()).isEqualTo(outcome.equals("speculative-hit") ? 1 : 0);
            assertThat(r.fallbacks()).isEqualTo(outcome.contains("/locked-") ? 1 : 0);
            assertThat(r.hits() + r.fallbacks() + r.unfinished()).isEqualTo(1);
        }
    }

    @Test
    void aScenarioWithoutWritersAlwaysHits() {
        // when
        List<RunResult> results = new ArrayList<>();
        ThroughputSweep.sweep(session("fast-path"), 1, 4, results::add, () -> false);

        // then
        assertThat(results).allSatisfy(r -> {
            assertThat(r.hits()).isEqualTo(1);
            assertThat(r.fallbacks()).isZero();
            assertThat(r.violated()).isFalse();
        });
    }

    @Test
    void twoReadersAreCountedSeparately() {
        // when
        List<RunResult> results = new ArrayList<>();
        ThroughputSweep.sweep(session("two-readers-two-writers"), 1, 3, results::add, () -> false);

        // then
        assertThat(results).allSatisfy(r -> assertThat(r.hits() + r.fallbacks() + r.unfinished()).isEqualTo(2));
    }

    @Test
    void stopsAtTheNextRunWhenCancelled() {
        // given
        List<RunResult> results = new ArrayList<>();

        // when
        int done = ThroughputSweep.sweep(session("fast-path"), 1, 300, results::add, () -> results.size() >= 2);

        // then
        assertThat(done).isEqualTo(2);
    }
}
