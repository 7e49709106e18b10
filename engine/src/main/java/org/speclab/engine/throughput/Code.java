package org.speclab.engine.throughput;

import static org.speclab.engine.throughput.Parameters.*;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.step.MemAccess;

/**
 * A list of steps compiled for the simulation: each op is local work (line -1) or one stay of the core on one
 * line (consecutive accesses of a step to the same line, done while the core holds it), plus markers where the
 * lock and {@code mm_lock_seq} logic of the step applies.
 */
final class Code {
    enum Role { NONE, SEQ_BEGIN, SEQ_CHECK, READ_LOCK, READ_UNLOCK, WRITE_LOCK, SEQ_BUMP, WRITE_UNLOCK }

    final int[] line;
    final boolean[] exclusive;
    final double[] cycles;
    final Role[] role;
    final int size;

    private Code(List<Integer> line, List<Boolean> exclusive, List<Double> cycles, List<Role> role) {
        this.size = line.size();
        this.line = line.stream().mapToInt(Integer::intValue).toArray();
        this.exclusive = new boolean[size];
        this.cycles = cycles.stream().mapToDouble(Double::doubleValue).toArray();
        this.role = role.toArray(Role[]::new);
        for (int i = 0; i < size; i++) this.exclusive[i] = exclusive.get(i);
    }

    static double cost(MemAccess a) {
        return switch (a.kind()) {
            case LOAD -> L1_LOAD;
            case STORE -> STORE;
            case LOCKED_RMW -> LOCKED_RMW;
            case FENCE -> FENCE;
        };
    }

    static Code compile(List<StepCost> steps, Layout layout, Lines lines) {
        Builder b = new Builder();
        for (StepCost s : steps) {
            Role before = switch (s.label()) {
                case "L1" -> Role.READ_LOCK;
                case "WL1" -> Role.WRITE_LOCK;
                default -> Role.NONE;
            };
            Role after = switch (s.label()) {
                case "S2" -> Role.SEQ_BEGIN;
                case "S9" -> Role.SEQ_CHECK;
                case "L6" -> Role.READ_UNLOCK;
                case "WL2", "WU1" -> Role.SEQ_BUMP;
                case "WU2" -> Role.WRITE_UNLOCK;
                default -> Role.NONE;
            };
            if (before != Role.NONE) b.marker(before);
            b.local(s.localCycles());
            for (MemAccess a : s.accesses()) {
                String name = layout.lineOf(a);
                if (name.equals(Layout.PRIVATE) || a.kind() == MemAccess.Kind.FENCE) b.local(cost(a));
                else b.access(lines.id(name), a.writes(), cost(a));
            }
            b.cut();
            if (after != Role.NONE) b.marker(after);
        }
        return b.build();
    }

    /** Cycles of the whole list on one CPU with every line at hand: what the single-CPU row pays. */
    static double soloCycles(List<StepCost> steps) {
        double sum = 0;
        for (StepCost s : steps) {
            sum += s.localCycles();
            for (MemAccess a : s.accesses()) sum += cost(a);
        }
        return sum;
    }

    private static final class Builder {
        final List<Integer> line = new ArrayList<>();
        final List<Boolean> exclusive = new ArrayList<>();
        final List<Double> cycles = new ArrayList<>();
        final List<Role> role = new ArrayList<>();
        boolean open;    // the last op is a line stay that this step may extend

        void local(double c) {
            if (c == 0) return;
            int last = line.size() - 1;
            if (last >= 0 && line.get(last) == -1 && role.get(last) == Role.NONE) cycles.set(last, cycles.get(last) + c);
            else add(-1, false, c, Role.NONE);
            open = false;
        }

        void access(int id, boolean writes, double c) {
            int last = line.size() - 1;
            if (open && line.get(last) == id) {
                cycles.set(last, cycles.get(last) + c);
                exclusive.set(last, exclusive.get(last) || writes);
            } else {
                add(id, writes, c, Role.NONE);
                open = true;
            }
        }

        void cut() { open = false; }

        void marker(Role r) {
            add(-1, false, 0, r);
            open = false;
        }

        private void add(int id, boolean writes, double c, Role r) {
            line.add(id);
            exclusive.add(writes);
            cycles.add(c);
            role.add(r);
        }

        Code build() { return new Code(line, exclusive, cycles, role); }
    }
}
