package org.speclab.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.Test;
import org.speclab.engine.fixture.Scenarios;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.variant.Variants;

class WorldTest {
    @Test
    void changedPartsNamesExactlyThePartsThatAreOtherObjects() throws ReflectiveOperationException {
        // the checker canonicalizes only the parts changedParts names: a part it missed would keep its parent's id
        World w = WorldBuilder.build(Scenarios.munmapReuse(Variants.V6_14).world(), Variants.V6_14.knobs());
        assertThat(w.changedParts(w)).isZero();
        for (int i = 0; i < World.PARTS; i++) {
            Object[] parts = new Object[World.PARTS];
            for (int j = 0; j < World.PARTS; j++) parts[j] = w.part(j);
            parts[i] = copy(parts[i]);
            World other = World.ofParts(parts);
            assertThat(other).isEqualTo(w);
            assertThat(other.changedParts(w)).as("part %d", i).isEqualTo(1 << i);
            assertThat(w.changedParts(other)).as("part %d", i).isEqualTo(1 << i);
        }
    }

    /** An equal part that is another object. */
    private static Object copy(Object part) throws ReflectiveOperationException {
        if (part instanceof Slab<?> s) return new Slab<>(s.cache(), s.slots(), s.free());
        RecordComponent[] cs = part.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            types[i] = cs[i].getType();
            values[i] = cs[i].getAccessor().invoke(part);
        }
        Constructor<?> make = part.getClass().getDeclaredConstructor(types);
        Object copy = make.newInstance(values);
        assertThat(copy).isNotSameAs(part).isEqualTo(part);
        return copy;
    }
}
