package org.speclab.engine.step;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.FileSlot;
import org.speclab.engine.kernel.UprobeSlot;
import org.speclab.engine.kernel.VmaSlot;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.MemAccess.Kind;
import org.speclab.engine.variant.CodePath;
import org.speclab.engine.variant.Knobs;

/**
 * The scratchpad of one step being executed: the world and the thread's locals going in, and what the step
 * produced coming out (new world, new locals, what the thread does next, a one-sentence explanation, memory
 * accesses, a decision, a violation). It lives for one step only; snapshots stay immutable.
 */
public final class Exec {
    private final Setting setting;
    private final int thread;
    private World world;
    private Regs regs;
    private StepList rest;
    private boolean stay;
    private boolean blocked;
    private java.util.function.Supplier<String> blockReason;
    private String explanation = "";
    private List<MemAccess> accesses = List.of();
    private Decision decision;
    private Violation violation;

    private final boolean tracing;

    public Exec(Setting setting, int thread, World world, ThreadState state, boolean tracing) {
        this.tracing = tracing;
        this.setting = setting;
        this.thread = thread;
        this.world = world;
        this.regs = state.regs();
        this.rest = state.pending().tail();
    }

    // --- inputs
    public int thread() { return thread; }

    public String me() { return setting.threadName(thread); }

    public String name(int t) { return setting.threadName(t); }

    public Knobs knobs() { return setting.knobs(); }

    public CodePath path() { return setting.path(); }

    public Setting setting() { return setting; }

    public World w() { return world; }

    public ReaderRegs reader() { return (ReaderRegs) regs; }

    public WriterRegs writer() { return (WriterRegs) regs; }

    public StepList rest() { return rest; }

    // --- effects
    public void w(World next) { world = next; }

    public void regs(Regs next) { regs = next; }

    /** Replace what the thread does after this step. */
    public void rest(StepList next) { rest = next; }

    /** The step ran but stays next (a waiter that queued itself, or a daemon that never ends). */
    public void stay() { stay = true; }

    /** The thread cannot move now; nothing changes. */
    public void block(java.util.function.Supplier<String> why) {
        blocked = true;
        blockReason = why;
    }

    /** The one-sentence explanation, built only when a trace is being recorded. */
    public void say(java.util.function.Supplier<String> sentence) {
        if (tracing) explanation = sentence.get();
    }

    public void decide(Decision d) { decision = d; }

    public void violate(Property p, String object, String sentence) {
        if (violation == null) violation = new Violation(p, thread, object, sentence);
    }

    public void read(String object) { access(object, Kind.LOAD); }

    public void write(String object) { access(object, Kind.STORE); }

    public void rmw(String object) { access(object, Kind.LOCKED_RMW); }

    /** A spinlock or rwlock taken: one locked RMW on its lock word. */
    public void acquire(String object) { access(object, Kind.LOCKED_RMW); }

    /** A spinlock or rwlock released: a plain store on x86. */
    public void release(String object) { access(object, Kind.STORE); }

    public void read(java.util.function.Supplier<String> object) { if (tracing) access(object.get(), Kind.LOAD); }

    public void write(java.util.function.Supplier<String> object) { if (tracing) access(object.get(), Kind.STORE); }

    public void rmw(java.util.function.Supplier<String> object) { if (tracing) access(object.get(), Kind.LOCKED_RMW); }

    public void acquire(java.util.function.Supplier<String> object) { if (tracing) access(object.get(), Kind.LOCKED_RMW); }

    public void release(java.util.function.Supplier<String> object) { if (tracing) access(object.get(), Kind.STORE); }

    // --- rw_semaphore fast paths (kernel/locking/rwsem.c), expanded into what they touch
    /** down_read(): atomic_long_add_return_acquire(READER_BIAS, &count), then rwsem_set_reader_owned() loads and stores owner. */
    public void downRead(String sem) {
        access(sem + ".count", Kind.LOCKED_RMW);
        access(sem + ".owner", Kind.LOAD);
        access(sem + ".owner", Kind.STORE);
    }

    /** up_read(): atomic_long_add_return_release(-READER_BIAS, &count); owner is left as is. */
    public void upRead(String sem) { access(sem + ".count", Kind.LOCKED_RMW); }

    /** down_write(): cmpxchg of count to WRITER_LOCKED, then rwsem_set_owner() stores owner. */
    public void downWrite(String sem) {
        access(sem + ".count", Kind.LOCKED_RMW);
        access(sem + ".owner", Kind.STORE);
    }

    /** up_write(): rwsem_clear_owner() stores owner, then a locked fetch_add releases count. */
    public void upWrite(String sem) {
        access(sem + ".owner", Kind.STORE);
        access(sem + ".count", Kind.LOCKED_RMW);
    }

    /** downgrade_write(): a locked add on count turns the writer into a reader; owner is stored as reader-owned. */
    public void downgrade(String sem) {
        access(sem + ".count", Kind.LOCKED_RMW);
        access(sem + ".owner", Kind.STORE);
    }

    /** A full barrier (smp_mb()). */
    public void fence() { access("", Kind.FENCE); }

    private void access(String object, Kind kind) {
        if (!tracing) return;
        if (accesses.isEmpty()) accesses = new ArrayList<>(4);
        accesses.add(new MemAccess(object, kind));
    }

    /** Each field the sentence names ({@code vm_file}, {@code f_inode}): one load of {@code object.field}, or of the object. */
    private void loadFields(String object, String fields, Pattern names) {
        if (!tracing) return;
        Matcher m = names.matcher(fields);
        boolean any = false;
        while (m.find()) {
            access(object + "." + m.group(), Kind.LOAD);
            any = true;
        }
        if (!any) access(object, Kind.LOAD);
    }

    private static final Pattern VMA_FIELDS = Pattern.compile("vm_[a-z_]+");
    private static final Pattern FILE_FIELDS = Pattern.compile("f_[a-z_]+");
    private static final Pattern UPROBE_FIELDS = Pattern.compile("key|copy_insn|consumers");

    // --- loads that check P2 (no load from RETURNED memory)
    public VmaSlot loadVma(int index, String field) {
        loadFields("vma[" + index + "]", field, VMA_FIELDS);
        VmaSlot v = world.vmas().get(index);
        if (v.returned()) violate(Property.P2, "vma[" + index + "] gen " + v.gen(),
                me() + " loads " + field + " from vma[" + index + "], whose memory was already freed and returned");
        return v;
    }

    public FileSlot loadFile(FileRef f, String field) {
        if (f.wild()) {
            violate(Property.P2, "torn vm_file", me() + " dereferences a torn vm_file pointer to load " + field
                    + ": it points at no struct file at all");
            return null;
        }
        loadFields(f.toString(), field, FILE_FIELDS);
        FileSlot s = world.file(f);
        if (s.returned()) violate(Property.P2, f + " gen " + s.gen(), me() + " loads " + field + " from "
                + f + ", whose memory was already returned to the allocator");
        return s;
    }

    public UprobeSlot loadUprobe(int index, String field) {
        loadFields("uprobe[" + index + "]", field, UPROBE_FIELDS);
        UprobeSlot u = world.uprobes().get(index);
        if (u.returned()) violate(Property.P2, "uprobe[" + index + "] gen " + u.gen(), me() + " reads " + field + " of uprobe["
                + index + "], which was already freed");
        return u;
    }

    // --- outputs, read by the engine
    public boolean blocked() { return blocked; }

    /** Why the thread cannot move; built on demand, because the checker asks only whether. */
    public String blockReason() { return blocked ? blockReason.get() : null; }

    public World world() { return world; }

    public Regs regsOut() { return regs; }

    public boolean stays() { return stay; }

    public String explanation() { return explanation; }

    public List<MemAccess> accesses() { return accesses; }

    public Decision decision() { return decision; }

    public Violation violation() { return violation; }
}
