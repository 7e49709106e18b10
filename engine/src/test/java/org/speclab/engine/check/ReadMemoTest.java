package org.speclab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.kernel.ReadLog;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Effect;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.run.Transition;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.variant.Variants;

/**
 * The step memo keyed by what a step read ({@link ReadMemo}, ADR 0017) answers as the engine does: on random
 * reachable states of every fixture, a step found by its reads leaves the world and thread state that
 * {@link Engine#step} leaves, with the same violation, or is blocked where the engine's step is.
 */
class ReadMemoTest {
    static Stream<Arguments> scenarios() {
        Stream<Scenario> correct = Stream.of(Variants.V6_14, Variants.V6_13, Variants.retry(2))
                .flatMap(v -> ModelCheckerTest.scenarios().stream().map(f -> f.apply(v)));
        Stream<Scenario> broken = ModelCheckerTest.broken().map(b -> b.scenario().apply(Variants.byName(b.variant()).orElseThrow()));
        return Stream.concat(correct, broken).map(sc -> Arguments.of(sc.variant().name() + " " + sc.id(), sc));
    }

    @ParameterizedTest(name = "{0}: a step found by its reads is the engine's step")
    @MethodSource("scenarios")
    void aStepFoundByWhatItReadIsTheEnginesStep(String name, Scenario sc) {
        // given random walks through the scenario, every step of every thread asked of the memo first
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State initial = engine.initial(WorldBuilder.build(sc.world(), sc.variant().knobs()));
        int threads = engine.machine().threadCount();
        StateKeys keys = new StateKeys(threads);
        ReadMemo memo = new ReadMemo();
        Random random = new Random(name.hashCode());
        int hits = 0;
        int steps = 0;
        for (int walk = 0; walk < 60; walk++) {
            State s = initial;
            for (int depth = 0; depth < 80; depth++) {
                memo.reservePaths(threads);
                StateKeys.WorldCanon world = keys.world(s.world(), null);
                List<Transition> enabled = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    if (s.thread(t).done()) continue;
                    StateKeys.ThreadCanon ts = keys.thread(s.thread(t));
                    Transition real = engine.step(s, t, false);
                    if (real != null) enabled.add(real);
                    steps++;
                    ReadMemo.Leaf leaf = memo.find(ts.id(), t, world.parts());
                    if (leaf == null) {
                        // when the memo does not know it: the engine's step, logged and added
                        ReadLog log = new ReadLog();
                        Effect fx = engine.effect(world.world(), ts.state(), t, false, log);
                        memo.put(ts.id(), t, world.parts(), log, ReadMemo.Leaf.of(keys, world, fx, log));
                        continue;
                    }
                    // then: what the memo answers is what the engine does
                    hits++;
                    assertThat(leaf.blocked()).as(name + ": blocked").isEqualTo(real == null);
                    if (real == null) continue;
                    assertThat(leaf.after(keys, world).id()).as(name + ": world after " + real.step().label())
                            .isEqualTo(keys.world(engine.effect(s.world(), s.thread(t), t, false).world(), null).id());
                    assertThat(leaf.thread().id()).as(name + ": thread state after " + real.step().label())
                            .isEqualTo(keys.thread(engine.effect(s.world(), s.thread(t), t, false).thread()).id());
                    assertThat(leaf.violation()).as(name + ": violation").isEqualTo(engine.effect(s.world(), s.thread(t), t, false).violation());
                }
                if (enabled.isEmpty()) break;
                Transition next = enabled.get(random.nextInt(enabled.size()));
                if (next.violation() != null) break;
                s = next.after();
            }
        }
        assertThat(hits).as(name + ": the memo answered most steps").isGreaterThan(steps / 2);
    }

    @Test
    void aStepReadsMoreWhereWhatItReadFirstSaysSo() {
        // given the RCU daemon in two worlds: with no callback due it reads its flavour and stops; once a
        // callback is due it goes on to the slab the callback frees
        Scenario sc = Scenarios.vmaReuse(ModelCheckerTest.with(Variants.V6_14, "vma-free", "rcu-delayed"));
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State initial = engine.initial(WorldBuilder.build(sc.world(), sc.variant().knobs()));
        int rcu = engine.machine().programThreads(); // the first RCU pseudo-thread: plain RCU, part 7
        StateKeys keys = new StateKeys(engine.machine().threadCount());
        ReadMemo memo = new ReadMemo();
        memo.reservePaths(1000);
        Map<Integer, Set<List<Integer>>> readsByThreadState = new HashMap<>();
        Random random = new Random(3);
        for (int walk = 0; walk < 40; walk++) {
            State s = initial;
            for (int depth = 0; depth < 120; depth++) {
                StateKeys.WorldCanon world = keys.world(s.world(), null);
                StateKeys.ThreadCanon ts = keys.thread(s.thread(rcu));
                ReadLog log = new ReadLog();
                Effect fx = engine.effect(world.world(), ts.state(), rcu, false, log);
                List<Integer> read = new ArrayList<>();
                for (int k = 0; k < log.count(); k++) read.add(log.part(k));
                readsByThreadState.computeIfAbsent(ts.id(), x -> new HashSet<>()).add(read);
                if (memo.find(ts.id(), rcu, world.parts()) == null) memo.put(ts.id(), rcu, world.parts(), log, ReadMemo.Leaf.of(keys, world, fx, log));
                List<Integer> enabled = engine.enabled(s);
                if (enabled.isEmpty()) break;
                s = engine.step(s, enabled.get(random.nextInt(enabled.size()))).after();
            }
        }
        // then one thread state read different parts in different worlds, each path starting with its flavour
        assertThat(readsByThreadState.values()).anySatisfy(paths -> assertThat(paths).hasSizeGreaterThan(1));
        for (Set<List<Integer>> paths : readsByThreadState.values()) for (List<Integer> p : paths) assertThat(p.get(0)).isEqualTo(7);
    }

    @Test
    void aPathThatDisagreesWithTheTreeIsRefused() {
        // given a step known to read part 7 first
        ReadMemo memo = new ReadMemo();
        memo.reservePaths(4);
        int[] parts = new int[World.PARTS];
        ReadLog first = logOf(7);
        memo.put(0, 0, parts, first, ReadMemo.Leaf.BLOCKED);
        assertThat(memo.find(0, 0, parts)).isSameAs(ReadMemo.Leaf.BLOCKED);
        // then the same thread state reading part 1 first from equal parts cannot be: its log missed a read
        assertThatThrownBy(() -> memo.put(0, 0, parts, logOf(1), ReadMemo.Leaf.BLOCKED)).isInstanceOf(IllegalStateException.class);
        // and another value of part 7 is another path, not yet known
        int[] other = parts.clone();
        other[7] = 5;
        assertThat(memo.find(0, 0, other)).isNull();
    }

    @Test
    void rootsFoundBeforeAndAfterTheRootArraysGrowToThem() {
        // given steps from thread states far beyond the first root arrays: one that reads nothing, one that reads part 7
        ReadMemo memo = new ReadMemo();
        memo.reservePaths(16);
        int[] parts = new int[World.PARTS];
        StateKeys.ThreadCanon a = new StateKeys.ThreadCanon(null, 1, false, false, false, 0);
        StateKeys.ThreadCanon b = new StateKeys.ThreadCanon(null, 2, false, false, false, 0);
        ReadMemo.Leaf readsNothing = memo.put(5000, 3, parts, logOf(), ReadMemo.Leaf.of(0, null, a, null));
        ReadMemo.Leaf readsRcu = memo.put(9000, 2, parts, logOf(7), ReadMemo.Leaf.of(0, null, b, null));
        // then both are found, before the arrays grow (in the table) and after (in the arrays)
        for (int round = 0; round < 2; round++) {
            assertThat(memo.find(5000, 3, parts)).isSameAs(readsNothing);
            assertThat(memo.find(9000, 2, parts)).isSameAs(readsRcu);
            assertThat(memo.find(9000, 3, parts)).isNull();
            int[] other = parts.clone();
            other[7] = 1;
            assertThat(memo.find(9000, 2, other)).isNull();
            assertThat(memo.find(5000, 3, other)).as("it reads nothing: any world").isSameAs(readsNothing);
            memo.reservePaths(16);
        }
    }

    @Test
    void threadsSharingTheMemoAllSeeTheFirstLeafOfEachPath() throws InterruptedException {
        // given a made-up deterministic step: from thread state ts it reads part ts % 11, and when that part's id is
        // even also part (ts + 1) % 11; what it leaves is a function of what it read
        ReadMemo memo = new ReadMemo();
        memo.reservePaths(20_000);
        ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
        Map<Integer, ReadMemo.Leaf> firsts = new ConcurrentHashMap<>();
        Thread[] threads = new Thread[4];
        for (int w = 0; w < threads.length; w++) {
            long seed = w;
            threads[w] = new Thread(() -> {
                Random random = new Random(seed);
                for (int n = 0; n < 20_000; n++) {
                    int ts = random.nextInt(50);
                    int[] parts = new int[World.PARTS];
                    for (int p = 0; p < World.PARTS; p++) parts[p] = random.nextInt(4);
                    int first = ts % World.PARTS;
                    int second = (ts + 1) % World.PARTS;
                    boolean more = parts[first] % 2 == 0 && first != second;
                    int result = ts * 100 + parts[first] * 10 + (more ? parts[second] : 9);
                    ReadMemo.Leaf leaf = memo.find(ts, 1, parts);
                    if (leaf == null) {
                        StateKeys.ThreadCanon made = new StateKeys.ThreadCanon(null, result, false, false, false, 0);
                        leaf = memo.put(ts, 1, parts, more ? logOf(first, second) : logOf(first), ReadMemo.Leaf.of(0, null, made, null));
                    }
                    // then every thread gets the result of what it read, and one leaf object per path
                    if (leaf.thread().id() != result) wrong.add(ts + ": " + leaf.thread().id() + " for " + result);
                    ReadMemo.Leaf known = firsts.putIfAbsent(result, leaf);
                    if (known != null && known != leaf) wrong.add(result + ": two leaves");
                }
            });
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        assertThat(wrong).isEmpty();
        // 50 thread states, each with 2 paths through an odd first part and 2 × 4 through an even one
        assertThat(firsts.size()).isEqualTo(500);
    }

    private static final World WORLD = WorldBuilder.build(Scenarios.munmapReuse(Variants.V6_14).world(), Variants.V6_14.knobs());

    /** The log of a step that read these parts, in order, from a real world. */
    private static ReadLog logOf(int... parts) {
        ReadLog log = new ReadLog();
        World watched = WORLD.watched(log);
        for (int p : parts) {
            switch (p) {
                case 0 -> watched.mm();
                case 1 -> watched.vmas();
                case 2 -> watched.filp();
                case 3 -> watched.bfilp();
                case 4 -> watched.inodes();
                case 5 -> watched.uprobes();
                case 6 -> watched.utree();
                case 7 -> watched.rcu();
                case 8 -> watched.trace();
                case 9 -> watched.text();
                case 10 -> watched.committed();
                default -> throw new IllegalArgumentException("part " + p);
            }
        }
        return log;
    }
}
