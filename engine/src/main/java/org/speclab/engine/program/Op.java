package org.speclab.engine.program;

import java.util.ArrayList;
import java.util.List;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.Kernel;
import org.speclab.engine.step.Item;
import org.speclab.engine.step.writer.FileOps;
import org.speclab.engine.step.writer.MmapWriteLock;
import org.speclab.engine.step.writer.TaskWork;
import org.speclab.engine.step.writer.UprobeSteps;

/**
 * One operation of a thread's program, as lesson files write it ({@code munmap 0x400000 0x1000}). A writer
 * operation knows its atomic steps; {@link UprobeHit} is compiled per variant by {@link ReaderProgram}.
 */
public sealed interface Op {
    /** The operation as written in a lesson file. */
    String text();

    /** The items a writer runs for this operation. */
    List<Item> items();

    /** A breakpoint hit: the reader's handle_swbp(). */
    record UprobeHit(long addr) implements Op {
        public String text() { return "uprobe-hit " + Kernel.hex(addr); }

        public List<Item> items() { throw new UnsupportedOperationException("compiled by ReaderProgram"); }
    }

    record Munmap(long addr, long len) implements Op {
        public String text() { return "munmap " + Kernel.hex(addr) + " " + Kernel.hex(len); }

        public List<Item> items() { return locked(org.speclab.engine.step.writer.Munmap.afterLock(addr, addr + len)); }
    }

    /** mmap(MAP_FIXED) of an open file (or anonymous memory when file is null) at a file offset in pages. */
    record MmapFixed(long addr, long len, String file, long pgoff) implements Op {
        public String text() {
            return "mmap-fixed " + Kernel.hex(addr) + " " + Kernel.hex(len) + " " + (file == null ? "anon" : file) + (pgoff != 0 ? " " + pgoff : "");
        }

        public List<Item> items() { return locked(org.speclab.engine.step.writer.MmapFixed.afterLock(addr, addr + len, file, pgoff)); }
    }

    record Mremap(long from, long len, long to) implements Op {
        public String text() { return "mremap " + Kernel.hex(from) + " " + Kernel.hex(len) + " " + Kernel.hex(to); }

        public List<Item> items() { return locked(org.speclab.engine.step.writer.Mremap.afterLock(from, len, to)); }
    }

    record Mprotect(long addr, long len) implements Op {
        public String text() { return "mprotect " + Kernel.hex(addr) + " " + Kernel.hex(len); }

        public List<Item> items() { return locked(org.speclab.engine.step.writer.Mprotect.afterLock(addr, addr + len)); }
    }

    /** Opens a new struct file named {@code file} for {@code inode} (in the bfilp cache for a backing file). */
    record Open(String file, String inode, boolean backing) implements Op {
        public String text() { return "open " + file + " " + inode + (backing ? " backing" : ""); }

        public List<Item> items() { return List.of(new FileOps.Open(file, inode, backing ? Cache.BFILP : Cache.FILP), new FileOps.DentryOpen(file, inode)); }
    }

    record Close(String file) implements Op {
        public String text() { return "close " + file; }

        public List<Item> items() { return List.of(new FileOps.Close(file), new TaskWork.ReturnToUser()); }
    }

    record UprobeRegister(String name, String inode, long offset) implements Op {
        public String text() { return "uprobe-register " + name + " " + inode + " " + Kernel.hex(offset); }

        public List<Item> items() { return UprobeSteps.register(name, inode, offset); }
    }

    record UprobeUnregister(String name) implements Op {
        public String text() { return "uprobe-unregister " + name; }

        public List<Item> items() { return UprobeSteps.unregister(name); }
    }

    record Fork() implements Op {
        public String text() { return "fork"; }

        public List<Item> items() {
            return List.of(new MmapWriteLock.DownWrite(), new MmapWriteLock.SeqBegin(), new org.speclab.engine.step.writer.Fork.DupMmap(),
                    new MmapWriteLock.SeqEnd(), new MmapWriteLock.UpWrite());
        }
    }

    /** The first half of a write section (e.g. a long madvise): the writer then holds mmap_lock. */
    record MmapWriteLockOp() implements Op {
        public String text() { return "mmap-write-lock"; }

        public List<Item> items() { return List.of(new MmapWriteLock.DownWrite(), new MmapWriteLock.SeqBegin()); }
    }

    record MmapWriteUnlockOp() implements Op {
        public String text() { return "mmap-write-unlock"; }

        public List<Item> items() { return List.of(new MmapWriteLock.SeqEnd(), new MmapWriteLock.UpWrite()); }
    }

    /** Drops one reference on an inode (a deleted file's dentry). */
    record Iput(String inode) implements Op {
        public String text() { return "iput " + inode; }

        public List<Item> items() { return List.of(new FileOps.Iput(inode)); }
    }

    /** Creates a new inode (a new file on disk). */
    record InodeAlloc(String inode) implements Op {
        public String text() { return "inode-alloc " + inode; }

        public List<Item> items() { return List.of(new FileOps.Alloc(inode)); }
    }

    /** mmap_write_lock(), the operation, and the return to user space (where a last fput's __fput() runs). */
    private static List<Item> locked(List<Item> afterLock) {
        List<Item> out = new ArrayList<>();
        out.add(new MmapWriteLock.DownWrite());
        out.add(new MmapWriteLock.SeqBegin());
        out.addAll(afterLock);
        out.add(new TaskWork.ReturnToUser());
        return out;
    }
}
