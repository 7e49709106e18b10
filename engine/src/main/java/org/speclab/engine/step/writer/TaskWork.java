package org.speclab.engine.step.writer;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Plan;
import org.speclab.engine.step.Regs;
import org.speclab.engine.step.Step;
import org.speclab.engine.step.StepList;
import org.speclab.engine.step.WriterRegs;

/**
 * The return to user space at the end of a system call: {@code task_work_run()} runs the {@code __fput()}s that
 * the call's last {@code fput()}s queued with {@code task_work_add(TWA_RESUME)} (fs/file_table.c). For munmap
 * this is after {@code vm_area_free()} and {@code mmap_read_unlock()}.
 */
public final class TaskWork {
    private TaskWork() {}

    /** Expands into one {@link DeferredFput} per file this writer's fput() left at f_count 0 (none: no step). */
    public record ReturnToUser() implements Plan {
        public String label() { return "TW"; }

        public StepList expand(World w, Regs regs) {
            List<Step> out = new ArrayList<>();
            for (FileRef f : ((WriterRegs) regs).deferredFput()) out.add(new DeferredFput(f));
            return StepList.of(out);
        }
    }

    /** __fput() → file_free(): the file's slot is freed per its cache and its inode reference dropped. */
    public record DeferredFput(FileRef file) implements Step {
        public String label() { return "TW"; }

        public String function() { return "__fput"; }

        public void run(Exec x) {
            x.w(Release.fileFree(x.w(), file, x.knobs()));
            x.regs(x.writer().ranFput(file));
            x.write(file::toString);
            x.say(() -> x.me() + " returns to user space; task_work runs __fput(): " + Release.freed(x.w(), file));
        }
    }
}
