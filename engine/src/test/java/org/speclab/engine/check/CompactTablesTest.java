package org.speclab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Effect;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.variant.Variants;

/** The checker's compact tables: visited keys, step memo, hash-consing. */
class CompactTablesTest {
    @Test
    void visitedStatesFindsEveryKeyItWasGivenAndNoOther() {
        // given 50 000 random keys, enough to grow the tables many times
        VisitedStates visited = new VisitedStates(3);
        Random r = new Random(7);
        int[][] keys = new int[50_000][];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new int[] {r.nextInt(100), r.nextInt(100), i};
            assertThat(visited.find(keys[i], VisitedStates.hash(keys[i]))).isEqualTo(-1);
            assertThat(visited.add(keys[i], VisitedStates.hash(keys[i]))).isEqualTo(i);
        }
        // then each is found under its id, its stored key is itself, and a near miss is not found
        for (int i = 0; i < keys.length; i += 97) {
            assertThat(visited.find(keys[i], VisitedStates.hash(keys[i]))).isEqualTo(i);
            assertThat(visited.key(i)).containsExactly(keys[i]);
        }
        int[] nearMiss = {keys[5][0], keys[5][1], -1};
        assertThat(visited.find(nearMiss, VisitedStates.hash(nearMiss))).isEqualTo(-1);
        assertThat(visited.size()).isEqualTo(keys.length);
    }

    @Test
    void visitedStatesTellsKeysApartEvenWhenTheirHashesCollide() {
        VisitedStates visited = new VisitedStates(2);
        int[] a = {1, 2};
        int[] b = {2, 1};
        visited.add(a, 42);
        assertThat(visited.find(b, 42)).isEqualTo(-1);
        assertThat(visited.add(b, 42)).isEqualTo(1);
        assertThat(visited.find(a, 42)).isZero();
        assertThat(visited.find(b, 42)).isEqualTo(1);
    }

    @Test
    void stepMemoKeepsEveryEntryApartAcrossGrowth() {
        StepMemo memo = new StepMemo();
        StepMemo.Entry[] entries = new StepMemo.Entry[20_000];
        for (int i = 0; i < entries.length; i++) {
            if (i % 1000 == 0) memo.reserve(1000); // as the checker does between batches
            entries[i] = new StepMemo.Entry(null, i, i);
            // worlds differ only in high bits, thread states and threads only in low ones
            memo.put(StepMemo.pack(i / 100, i % 100, i % 16), entries[i]);
        }
        for (int i = 0; i < entries.length; i++) {
            assertThat(memo.get(StepMemo.pack(i / 100, i % 100, i % 16))).isSameAs(entries[i]);
        }
        assertThat(memo.get(StepMemo.pack(1_000_000, 0, 0))).isNull();
        assertThat(memo.size()).isEqualTo(entries.length);
    }

    @Test
    void stepMemoSharedByThreadsKeepsOneEntryPerKey() throws InterruptedException {
        // given four threads putting and reading the same keys at once, as expanding workers do
        StepMemo memo = new StepMemo();
        memo.reserve(50_000);
        int keys = 50_000;
        java.util.concurrent.ConcurrentLinkedQueue<String> wrong = new java.util.concurrent.ConcurrentLinkedQueue<>();
        Thread[] threads = new Thread[4];
        for (int w = 0; w < threads.length; w++) {
            int first = w * 7919;
            threads[w] = new Thread(() -> {
                for (int n = 0; n < keys; n++) {
                    int i = (first + n) % keys;
                    long key = StepMemo.pack(i / 100, i % 100, i % 16);
                    StepMemo.Entry e = memo.get(key);
                    if (e == null) memo.put(key, new StepMemo.Entry(null, i, i));
                    else if (e.world() != i) wrong.add(i + " -> " + e.world());
                }
            });
        }
        // when
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        // then every key has exactly its own entry
        assertThat(wrong).isEmpty();
        assertThat(memo.size()).isEqualTo(keys);
        for (int i = 0; i < keys; i++) assertThat(memo.get(StepMemo.pack(i / 100, i % 100, i % 16)).world()).isEqualTo(i);
    }

    @Test
    void equalValuesShareOneCanonicalObjectAndId() {
        // given the same scenario's initial state built twice: equal, but different objects
        Scenario sc = Scenarios.munmapReuse(Variants.V6_14);
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State a = engine.initial(WorldBuilder.build(sc.world(), sc.variant().knobs()));
        State b = engine.initial(WorldBuilder.build(sc.world(), sc.variant().knobs()));
        assertThat(a.world()).isNotSameAs(b.world()).isEqualTo(b.world());
        StateKeys keys = new StateKeys(engine.machine().threadCount());
        // then
        assertThat(keys.key(a)).containsExactly(keys.key(b));
        assertThat(keys.canon(b.thread(0)).value()).isSameAs(a.thread(0));
        // and a step that changes the world gives a new world id, keeping the other threads' ids
        int[] ka = keys.key(a);
        Effect e = engine.effect(a.world(), a.thread(1), 1, false);
        State after = engine.complete(a, 1, e).after();
        StateKeys.WorldCanon w = keys.world(e.world(), ka[0]);
        int[] kb = keys.key(after, a, ka, 1, w.id(), e.thread(), keys.canon(e.thread()).id());
        assertThat(kb[0]).isNotEqualTo(ka[0]);
        assertThat(kb[1]).isEqualTo(ka[1]);
        assertThat(kb).containsExactly(keys.key(after));
        // and the same world reached again is the same canonical object
        assertThat(keys.world(engine.effect(b.world(), b.thread(1), 1, false).world(), ka[0])).isSameAs(w);
    }

    @Test
    void everyFieldOfTheWorldIsOneOfItsParts() throws IllegalAccessException {
        // a field left out of World.part would make the checker merge states that differ in it
        World w = WorldBuilder.build(Scenarios.munmapReuse(Variants.V6_14).world(), Variants.V6_14.knobs());
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < World.PARTS; i++) parts.add(w.part(i));
        int fields = 0;
        for (Field f : World.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("hash")) continue;
            f.setAccessible(true);
            Object value = f.get(w);
            assertThat(parts).as(f.getName()).anySatisfy(p -> assertThat(p).isSameAs(value));
            fields++;
        }
        assertThat(fields).isEqualTo(World.PARTS);
        // and the checker's canonical worlds, rebuilt from their parts, are the same value with the very same parts
        World rebuilt = World.ofParts(parts.toArray());
        assertThat(rebuilt).isEqualTo(w);
        for (int i = 0; i < World.PARTS; i++) assertThat(rebuilt.part(i)).isSameAs(w.part(i));
    }
}
