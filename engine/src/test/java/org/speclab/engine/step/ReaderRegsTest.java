package org.speclab.engine.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.FileRef;

/** ReaderRegs' written-out hash (ADR 0015): consistent with the record's equality, and over every component. */
class ReaderRegsTest {
    private static final ReaderRegs SAMPLE = ReaderRegs.at(0x4000).withVma(2).withFile(new FileRef(Cache.FILP, 1), 3)
            .withUprobe(0, 1).withReason(Reason.values()[0]).withVerdict(Verdict.values()[0])
            .withValid(List.of(new ReaderRegs.UprobeId(0, 1)));

    @Test
    void equalRegsBuiltApartHashAlike() {
        ReaderRegs again = ReaderRegs.at(0x4000).withVma(2).withFile(new FileRef(Cache.FILP, 1), 3)
                .withUprobe(0, 1).withReason(Reason.values()[0]).withVerdict(Verdict.values()[0])
                .withValid(List.of(new ReaderRegs.UprobeId(0, 1)));
        assertThat(again).isNotSameAs(SAMPLE).isEqualTo(SAMPLE);
        assertThat(again.hashCode()).isEqualTo(SAMPLE.hashCode());
        ThreadState a = new ThreadState(StepList.EMPTY, SAMPLE);
        ThreadState b = new ThreadState(StepList.EMPTY, again);
        assertThat(a).isEqualTo(b);
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }

    @Test
    void everyComponentTakesPartInTheHash() throws ReflectiveOperationException {
        // a component left out of the written-out hash would not be wrong, but would make the checker's tables slow
        RecordComponent[] components = ReaderRegs.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) types[i] = components[i].getType();
        Constructor<ReaderRegs> make = ReaderRegs.class.getDeclaredConstructor(types);
        for (int i = 0; i < components.length; i++) {
            Object[] values = new Object[components.length];
            for (int j = 0; j < components.length; j++) values[j] = components[j].getAccessor().invoke(SAMPLE);
            values[i] = other(values[i], types[i]);
            ReaderRegs changed = make.newInstance(values);
            assertThat(changed).as(components[i].getName()).isNotEqualTo(SAMPLE);
            assertThat(changed.hashCode()).as(components[i].getName()).isNotEqualTo(SAMPLE.hashCode());
        }
    }

    /** Another value of the same type. */
    private static Object other(Object v, Class<?> type) {
        if (type == int.class) return (Integer) v + 1;
        if (type == long.class) return (Long) v + 1;
        if (type == boolean.class) return !(Boolean) v;
        if (type == FileRef.class) return new FileRef(Cache.BFILP, 4);
        if (type == Reason.class) return Reason.values()[1];
        if (type == Verdict.class) return Verdict.values()[1];
        if (type == List.class) return List.of();
        throw new AssertionError("no other value for a " + type + ": extend this test");
    }
}
