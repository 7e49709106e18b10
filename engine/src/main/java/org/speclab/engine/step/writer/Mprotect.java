package org.speclab.engine.step.writer;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Item;
import org.speclab.engine.step.LocalStep;

/** {@code mprotect()}: split at both ends (in-place field stores), change vm_flags, unlock. */
public final class Mprotect {
    private Mprotect() {}

    public static List<Item> afterLock(long start, long end) {
        List<Item> out = new ArrayList<>(VmaSplit.around(start, end));
        out.add(new StoreFlags(start, end));
        out.add(new MmapWriteLock.SeqEnd());
        out.add(new MmapWriteLock.UpWrite());
        return out;
    }

    /** vm_flags_reset(): the new protection; the uprobe lookup does not read vm_flags since 6.14's simplification. */
    public record StoreFlags(long start, long end) implements LocalStep {
        public String label() { return "MP1"; }

        public String function() { return "mprotect_fixup"; }

        public void run(Exec x) {
            x.say(() -> x.me() + " stores the new vm_flags of [" + Kernel.hex(start) + ", " + Kernel.hex(end) + ")");
        }
    }
}
