package org.speclab.engine.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.kernel.Committed;
import org.speclab.engine.kernel.World;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Effect;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.State;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.variant.Variants;

/** StateKeys' worlds (ADR 0015): one canonical world per set of part ids, however it is asked for. */
class StateKeysTest {
    @Test
    void aWorldFoundByItsPartIdsIsTheCanonicalWorldOfThoseParts() {
        Scenario sc = Scenarios.munmapReuse(Variants.V6_14);
        Engine engine = new Engine(new Machine(sc.threads(), sc.variant()));
        State s = engine.initial(WorldBuilder.build(sc.world(), sc.variant().knobs()));
        StateKeys keys = new StateKeys(engine.machine().threadCount());
        StateKeys.WorldCanon parent = keys.world(keys.key(s)[0]);
        Effect e = engine.effect(parent.world(), s.thread(1), 1, false);
        StateKeys.WorldCanon stepped = keys.world(e.world(), parent);
        assertThat(stepped.id()).isEqualTo(1);
        // the same parts, as ids and canonical objects: the same canonical world
        assertThat(keys.world(stepped.parts().clone(), parts(stepped.world()))).isSameAs(stepped);
        assertThat(keys.world(parent.parts().clone(), parts(parent.world()))).isSameAs(parent);
        // other parts: a new world, with the next id, found again both ways
        StateKeys.Canon committed = keys.canon(new Committed(List.of(new Committed.Range(0, 4096, -1, -1, 0))));
        int[] swapped = parent.parts().clone();
        swapped[World.COMMITTED_PART] = committed.id();
        Object[] values = parts(parent.world());
        values[World.COMMITTED_PART] = committed.value();
        StateKeys.WorldCanon other = keys.world(swapped, values);
        assertThat(other.id()).isEqualTo(2);
        assertThat(other.parts()).containsExactly(swapped);
        assertThat(keys.world(2)).isSameAs(other);
        assertThat(keys.world(swapped.clone(), parts(other.world()))).isSameAs(other);
    }

    private static Object[] parts(World w) {
        Object[] p = new Object[World.PARTS];
        for (int i = 0; i < World.PARTS; i++) p[i] = w.part(i);
        return p;
    }
}
