package org.speclab.engine.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.speclab.engine.step.ReaderRegs;
import org.speclab.engine.step.Reason;
import org.speclab.engine.step.Regs;
import org.speclab.engine.step.StepList;
import org.speclab.engine.step.ThreadState;
import org.speclab.engine.step.Verdict;
import org.speclab.engine.step.WriterRegs;
import org.speclab.engine.step.rcu.RcuDaemon;

/**
 * The written-out {@code hashCode}/{@code equals} of the records the checker canonicalizes (ADR 0015): equality
 * is still the record's (every component, nulls allowed), and every component takes part in the hash.
 */
class RecordHashesTest {
    private static final Header HEADER = new Header(3, Life.LIVE, Mem.RETURNED);
    private static final FileRef FILE = new FileRef(Cache.FILP, 1);
    private static final RcuCallback CALLBACK = new RcuCallback(2, RcuCallback.Kind.FREE, Cache.FILP, 1, 3);
    private static final MmapLock.Waiter WAITER = new MmapLock.Waiter(2, true);
    private static final MmapLock LOCK = new MmapLock(1, List.of(2), List.of(WAITER));
    private static final VmaTree.Entry ENTRY = new VmaTree.Entry(0x1000, 0x3000, 1);
    private static final VmaTree TREE = new VmaTree(List.of(ENTRY));
    private static final UprobeTree.Node NODE = new UprobeTree.Node(1, 0x100, 2, 3);
    private static final Committed.Range RANGE = new Committed.Range(0x1000, 0x3000, 1, 2, 0x40);
    private static final ReaderRegs.UprobeId UPROBE_ID = new ReaderRegs.UprobeId(1, 2);
    private static final WriterRegs WRITER = new WriterRegs(1, 2, List.of(FILE));

    /** One sample of each record, every component set (lists not empty), and of the other types they hold. */
    private static final Map<Class<?>, Object> SAMPLES = new LinkedHashMap<>();

    static {
        for (Object o : List.of(HEADER, FILE, new FileSlot(HEADER, "f", 2, 3, 4, true), new InodeSlot(HEADER, "i", 2),
                new UprobeSlot(HEADER, "u", 1, 2, 0x100, 3, true, true, 2), new VmaSlot(HEADER, 0x1000, 0x3000, 2, FILE, true, 5),
                new Nesting(0x21), CALLBACK, new RcuFlavor("rcu", new Nesting(0x21), 3, 1, 2, List.of(CALLBACK)), WAITER, LOCK,
                ENTRY, TREE, new Mm(LOCK, 5, 8, true, false, TREE), NODE, new UprobeTree(1, 2, 3, List.of(NODE)), RANGE,
                new Committed(List.of(RANGE)), new PageText(List.of(0x1000L)), UPROBE_ID, WRITER,
                new ThreadState(StepList.of(new RcuDaemon(true)), WRITER))) {
            SAMPLES.put(o.getClass(), o);
        }
        SAMPLES.put(StepList.class, StepList.of(new RcuDaemon(false)));
        SAMPLES.put(Regs.class, ReaderRegs.at(0x4000).withFile(FILE, 2).withTornHalf(FILE).withReason(Reason.values()[0])
                .withVerdict(Verdict.values()[0]).withValid(List.of(UPROBE_ID)));
    }

    @Test
    void everyRecordOfTheWorldIsWrittenOutAndSampledHere() throws Exception {
        // a world part's records: a new one must write its hash out too (and be sampled here), or it is slow again
        Path dir = Path.of(World.class.getProtectionDomain().getCodeSource().getLocation().toURI()).resolve("org/speclab/engine/kernel");
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                Class<?> c = Class.forName("org.speclab.engine.kernel." + f.getFileName().toString().replace(".class", ""));
                if (c.isRecord() && c != Committed.Key.class) records.add(c); // a Key is a query's answer, never part of a state
            }
        }
        assertThat(records).hasSizeGreaterThan(10);
        for (Class<?> c : records) {
            assertThat(SAMPLES).as(c.getName()).containsKey(c);
            // javac makes a record's generated hashCode and equals final; ours are not
            assertThat(Modifier.isFinal(c.getDeclaredMethod("hashCode").getModifiers())).as(c.getName() + ".hashCode written out").isFalse();
            assertThat(Modifier.isFinal(c.getDeclaredMethod("equals", Object.class).getModifiers())).as(c.getName() + ".equals written out").isFalse();
        }
    }

    @Test
    void equalRecordsBuiltApartAreEqualAndHashAlike() throws ReflectiveOperationException {
        for (Object sample : records()) {
            Object again = make(sample.getClass(), values(sample)); // new lists: no identity shortcut inside
            assertThat(again).as(name(sample)).isNotSameAs(sample).isEqualTo(sample);
            assertThat(sample).as(name(sample)).isEqualTo(again);
            assertThat(again.hashCode()).as(name(sample)).isEqualTo(sample.hashCode());
        }
    }

    @Test
    void everyComponentTakesPartInEqualsAndTheHash() throws ReflectiveOperationException {
        // equals leaving one out would merge distinct states; the hash leaving one out would only make tables slow
        for (Object sample : records()) {
            RecordComponent[] cs = sample.getClass().getRecordComponents();
            for (int i = 0; i < cs.length; i++) {
                Object[] values = values(sample);
                values[i] = other(values[i], cs[i].getType());
                Object changed = make(sample.getClass(), values);
                String what = name(sample) + "." + cs[i].getName();
                assertThat(changed).as(what).isNotEqualTo(sample);
                assertThat(sample).as(what).isNotEqualTo(changed);
                assertThat(changed.hashCode()).as(what).isNotEqualTo(sample.hashCode());
            }
        }
    }

    @Test
    void aNullComponentIsAValueAsInARecord() throws ReflectiveOperationException {
        for (Object sample : records()) {
            RecordComponent[] cs = sample.getClass().getRecordComponents();
            for (int i = 0; i < cs.length; i++) {
                if (cs[i].getType().isPrimitive() || cs[i].getType() == List.class) continue; // lists are copied: never null
                Object[] values = values(sample);
                values[i] = null;
                Object withNull = make(sample.getClass(), values);
                Object again = make(sample.getClass(), values);
                String what = name(sample) + "." + cs[i].getName() + " = null";
                assertThatCode(withNull::hashCode).as(what).doesNotThrowAnyException();
                assertThat(withNull).as(what).isEqualTo(again).isNotEqualTo(sample);
                assertThat(sample).as(what).isNotEqualTo(withNull);
                assertThat(withNull.hashCode()).as(what).isEqualTo(again.hashCode());
            }
        }
    }

    @Test
    void aRecordIsNeverEqualToAnotherType() {
        for (Object sample : records()) assertThat(sample.equals("x")).as(name(sample)).isFalse();
    }

    private static List<Object> records() { return SAMPLES.values().stream().filter(o -> o instanceof Record).toList(); }

    private static String name(Object o) { return o.getClass().getSimpleName(); }

    /** The record's component values, lists as new lists. */
    private static Object[] values(Object record) throws ReflectiveOperationException {
        RecordComponent[] cs = record.getClass().getRecordComponents();
        Object[] values = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            Object v = cs[i].getAccessor().invoke(record);
            values[i] = v instanceof List<?> l ? new ArrayList<>(l) : v;
        }
        return values;
    }

    private static Object make(Class<?> type, Object[] values) throws ReflectiveOperationException {
        RecordComponent[] cs = type.getRecordComponents();
        Class<?>[] types = new Class<?>[cs.length];
        for (int i = 0; i < cs.length; i++) types[i] = cs[i].getType();
        Constructor<?> c = type.getDeclaredConstructor(types);
        c.setAccessible(true);
        return c.newInstance(values);
    }

    /** Another value of the same type: a record with its first component changed, a list one item shorter. */
    private static Object other(Object v, Class<?> type) throws ReflectiveOperationException {
        if (type == int.class) return (Integer) v + 1;
        if (type == long.class) return (Long) v + 1;
        if (type == boolean.class) return !(Boolean) v;
        if (v == null) return type.isEnum() ? type.getEnumConstants()[0] : Objects.requireNonNull(SAMPLES.get(type), type::toString);
        if (type == String.class) return v + "'";
        if (type.isEnum()) return type.getEnumConstants()[(((Enum<?>) v).ordinal() + 1) % type.getEnumConstants().length];
        if (type == List.class) return ((List<?>) v).subList(1, ((List<?>) v).size());
        if (type == StepList.class) return ((StepList) v).push(new RcuDaemon(true));
        if (type == Regs.class) return v instanceof WriterRegs ? SAMPLES.get(Regs.class) : WRITER;
        if (type.isRecord()) {
            Object[] values = values(v);
            values[0] = other(values[0], type.getRecordComponents()[0].getType());
            return make(type, values);
        }
        throw new AssertionError("no other value for a " + type + ": extend this test");
    }
}
