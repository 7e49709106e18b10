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
    void worldIndexFindsEveryWorldByItsPartIdsAcrossGrowth() {
        // given 20 000 worlds whose part ids differ in one place or two, added between reserves as the checker does
        WorldIndex index = new WorldIndex();
        StateKeys.WorldCanon[] worlds = new StateKeys.WorldCanon[20_000];
        for (int i = 0; i < worlds.length; i++) {
            if (i % 1000 == 0) index.reserve(1000);
            int[] parts = new int[World.PARTS];
            parts[i % World.PARTS] = i;
            parts[(i / 7) % World.PARTS] += 1;
            worlds[i] = new StateKeys.WorldCanon(null, i, parts);
            assertThat(index.add(worlds[i], WorldIndex.hash(parts))).isSameAs(worlds[i]);
        }
        // then each is found by an equal array of ids, a second equal world is not added, and near misses are not found
        for (int i = 0; i < worlds.length; i++) {
            int[] parts = worlds[i].parts().clone();
            assertThat(index.find(parts, WorldIndex.hash(parts))).isSameAs(worlds[i]);
        }
        int[] again = worlds[5].parts().clone();
        assertThat(index.add(new StateKeys.WorldCanon(null, -1, again), WorldIndex.hash(again))).isSameAs(worlds[5]);
        int[] nearMiss = worlds[5].parts().clone();
        nearMiss[10] = -1;
        assertThat(index.find(nearMiss, WorldIndex.hash(nearMiss))).isNull();
        assertThat(index.find(nearMiss, WorldIndex.hash(worlds[5].parts()))).as("same hash, other ids").isNull();
        assertThat(index.size()).isEqualTo(worlds.length);
    }

    @Test
    void tableSharedByThreadsKeepsOneEntryPerKey() throws InterruptedException {
        // given four threads looking up and adding the same keys at once, as expanding workers do
        PairTable table = new PairTable();
        int keys = 50_000;
        table.reserve(keys);
        java.util.concurrent.atomic.AtomicIntegerArray seen = new java.util.concurrent.atomic.AtomicIntegerArray(keys);
        java.util.concurrent.ConcurrentLinkedQueue<String> wrong = new java.util.concurrent.ConcurrentLinkedQueue<>();
        Thread[] threads = new Thread[4];
        for (int w = 0; w < threads.length; w++) {
            int first = w * 7919;
            int worker = w;
            threads[w] = new Thread(() -> {
                for (int n = 0; n < keys; n++) {
                    int i = (first + n) % keys;
                    int slot = table.lookup(i / 100 + 1, i % 100 + 1);
                    // each thread offers its own value: the first one put must be the one every thread sees
                    if (slot < 0) slot = table.insert(i / 100 + 1, i % 100 + 1, 10 * i + worker + 1, 1, Integer.valueOf(10 * i + worker));
                    int value = table.first(slot) - 1;
                    if (value / 10 != i) wrong.add(i + ": value of " + value / 10);
                    if (!seen.compareAndSet(i, 0, value + 1) && seen.get(i) != value + 1) wrong.add(i + ": two values");
                }
            });
        }
        // when
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        // then
        assertThat(wrong).isEmpty();
        assertThat(table.size()).isEqualTo(keys);
        for (int i = 0; i < keys; i++) {
            int slot = table.lookup(i / 100 + 1, i % 100 + 1);
            assertThat(table.first(slot)).isEqualTo(seen.get(i));
            assertThat(table.object(slot)).isEqualTo(seen.get(i) - 1);
        }
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
        int[] ka = keys.key(a);
        assertThat(ka).containsExactly(keys.key(b));
        assertThat(keys.thread(b.thread(0)).state()).isSameAs(a.thread(0));
        assertThat(keys.thread(ka[1]).state()).isSameAs(a.thread(0));
        assertThat(keys.state(ka, 0)).isEqualTo(a);
        // and a step that changes the world gives a new world id, whose parts the step kept have the parent's ids
        StateKeys.WorldCanon parent = keys.world(ka[0]);
        Effect e = engine.effect(parent.world(), a.thread(1), 1, false);
        StateKeys.WorldCanon w = keys.world(e.world(), parent);
        assertThat(w.id()).isNotEqualTo(ka[0]);
        assertThat(keys.world(w.id())).isSameAs(w);
        int kept = 0;
        for (int i = 0; i < World.PARTS; i++) {
            if (e.world().part(i) != parent.world().part(i)) continue;
            assertThat(w.parts()[i]).isEqualTo(parent.parts()[i]);
            kept++;
        }
        assertThat(kept).isGreaterThan(0).isLessThan(World.PARTS);
        // and the same world reached again, from another object, is the same canonical object
        assertThat(keys.world(engine.effect(b.world(), b.thread(1), 1, false).world(), null)).isSameAs(w);
    }

    @Test
    void everyFieldOfTheWorldIsOneOfItsParts() throws IllegalAccessException {
        // a field left out of World.part would make the checker merge states that differ in it
        World w = WorldBuilder.build(Scenarios.munmapReuse(Variants.V6_14).world(), Variants.V6_14.knobs());
        List<Object> parts = new ArrayList<>();
        for (int i = 0; i < World.PARTS; i++) parts.add(w.part(i));
        int fields = 0;
        for (Field f : World.class.getDeclaredFields()) {
            // not the world's value: its cached hash, and the read log of a watched world (ADR 0017)
            if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("hash") || f.getName().equals("log")) continue;
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
