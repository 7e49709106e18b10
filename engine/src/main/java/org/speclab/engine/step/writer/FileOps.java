package org.speclab.engine.step.writer;

import java.util.Optional;
import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.FileSlot;
import org.speclab.engine.kernel.InodeSlot;
import org.speclab.engine.kernel.World;
import org.speclab.engine.step.Exec;
import org.speclab.engine.step.Step;

/** File and inode operations that need no mm lock: open, close, iput, and creating an inode. */
public final class FileOps {
    private FileOps() {}

    /**
     * open(), first half: alloc_empty_file() takes the slot the cache freed last — possibly one a reader still points
     * at — and init_file() sets f_inode = NULL before anything else is known (fs/file_table.c, 6.14). A reader of a
     * reused slot may load that NULL: a key no uprobe has, so the lookup misses and falls back.
     */
    public record Open(String file, String inode, Cache cache) implements Step {
        public String label() { return "OPEN"; }

        public String function() { return cache == Cache.BFILP ? "alloc_empty_backing_file" : "alloc_empty_file"; }

        public void run(Exec x) {
            World w = x.w();
            if (w.inodeNamed(inode) < 0) {
                x.say(() -> x.me() + ": open fails, there is no inode '" + inode + "'");
                return;
            }
            int slot = w.files(cache).nextFree();
            FileSlot before = w.files(cache).get(slot);
            x.w(w.withFiles(cache, w.files(cache).allocate(new FileSlot(null, file, 1, -1, -1, cache == Cache.BFILP))));
            FileRef f = new FileRef(cache, slot);
            x.write(f::toString);
            x.say(() -> x.me() + " allocates " + file + " in " + f + (before.gen() > 0
                    ? " — the same memory that held '" + before.name() + "' (gen " + before.gen() + " → " + (before.gen() + 1) + ")" : "")
                    + "; init_file() sets f_inode = NULL first");
        }
    }

    /** open(), second half: do_dentry_open() sets f_inode to the opened inode (the file's path pins it). */
    public record DentryOpen(String file, String inode) implements Step {
        public String label() { return "OPEN2"; }

        public String function() { return "do_dentry_open"; }

        public void run(Exec x) {
            World w = x.w();
            int i = w.inodeNamed(inode);
            Optional<FileRef> f = w.fileNamed(file);
            if (i < 0 || f.isEmpty()) {
                x.say(() -> x.me() + ": do_dentry_open has no file '" + file + "' to finish");
                return;
            }
            InodeSlot in = w.inodes().get(i);
            w = w.updateFile(f.get(), s -> new FileSlot(s.header(), s.name(), s.count(), i, in.gen(), s.backing()));
            w = w.withInodes(w.inodes().set(i, in.withCount(in.count() + 1)));
            x.w(w);
            x.write(() -> f.get().toString());
            x.say(() -> x.me() + " sets f_inode = inode[" + i + "] (" + inode + ") in " + f.get() + " (do_dentry_open): " + file + " is open");
        }
    }

    /** close(): drops the file descriptor's reference (fput). */
    public record Close(String file) implements Step {
        public String label() { return "CLOSE"; }

        public String function() { return "fput"; }

        public void run(Exec x) {
            Optional<FileRef> f = x.w().fileNamed(file);
            if (f.isEmpty()) {
                x.say(() -> x.me() + ": close has nothing to do, no open file '" + file + "'");
                return;
            }
            World before = x.w();
            x.w(Release.fput(before, f.get()));
            if (x.w().file(f.get()).count() == 0) x.regs(x.writer().deferFput(f.get()));
            x.rmw(f.get()::toString);
            x.say(() -> x.me() + " closes " + file + ": " + Release.fate(before, x.w(), f.get()));
        }
    }

    /** iput(): drops one inode reference (the dentry of a deleted file, or a registrant's pin). */
    public record Iput(String inode) implements Step {
        public String label() { return "IPUT"; }

        public String function() { return "iput"; }

        public void run(Exec x) {
            int i = x.w().inodeNamed(inode);
            if (i < 0 || x.w().inodes().get(i).count() == 0) {
                x.say(() -> x.me() + ": iput has nothing to drop on '" + inode + "'");
                return;
            }
            x.w(Release.iput(x.w(), i, x.knobs()));
            x.rmw(() -> "inode[" + i + "]");
            InodeSlot after = x.w().inodes().get(i);
            String fate = after.count() > 0 ? "i_count " + after.count()
                    : after.live() ? "last reference: freed after an RCU grace period (destroy_inode → call_rcu)"
                    : "last reference: freed at once, its address can be reused";
            x.say(() -> x.me() + " drops a reference on inode " + inode + ": " + fate);
        }
    }

    /** new_inode(): a new file is created; with immediate inode freeing it can get a dead inode's address. */
    public record Alloc(String inode) implements Step {
        public String label() { return "IALLOC"; }

        public String function() { return "new_inode"; }

        public void run(Exec x) {
            World w = x.w();
            int slot = w.inodes().nextFree();
            InodeSlot before = w.inodes().get(slot);
            x.w(w.withInodes(w.inodes().allocate(new InodeSlot(null, inode, 1))));
            x.write(() -> "inode[" + slot + "]");
            String reuse = before.gen() > 0 ? " — at the address of the freed inode '" + before.name() + "'" : "";
            x.say(() -> x.me() + " creates inode " + inode + " at inode[" + slot + "]" + reuse);
        }
    }
}
