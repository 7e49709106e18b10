package org.speclab.engine.step.writer;

import org.speclab.engine.kernel.Cache;
import org.speclab.engine.kernel.FileRef;
import org.speclab.engine.kernel.FileSlot;
import org.speclab.engine.kernel.InodeSlot;
import org.speclab.engine.kernel.Mem;
import org.speclab.engine.kernel.RcuCallback;
import org.speclab.engine.kernel.World;
import org.speclab.engine.variant.Knobs;

/**
 * How objects are freed under each knob (docs/model.md §4 FPUT, VFREE, iput): typesafe (slot FREE at once; an
 * empty slab page returned only after a grace period), RCU-delayed (FREE and RETURNED by a callback), or at once.
 */
final class Release {
    private Release() {}

    /**
     * fput(): drop one reference. The last one frees nothing yet: in 6.14 fput() queues __fput() with
     * task_work_add(TWA_RESUME), so the file is freed when the task returns to user space ({@link #fileFree}).
     */
    static World fput(World w, FileRef f) {
        return w.updateFile(f, x -> x.withCount(x.count() - 1));
    }

    /** __fput() → file_free(): the slot is freed per its cache, then the file's inode reference goes (dput → iput). */
    static World fileFree(World w, FileRef f, Knobs k) {
        FileSlot s = w.file(f);
        Knobs.FileFree mode = f.cache() == Cache.BFILP ? k.bfilpCache() : k.filpCache();
        World out = switch (mode) {
            case TYPESAFE -> pageIfEmpty(w.withFiles(f.cache(), w.files(f.cache()).release(f.index(), Mem.TYPED)), f.cache());
            case RCU_DELAYED -> w.withRcu(w.rcu().queue(RcuCallback.Kind.FREE, f.cache(), f.index(), s.gen()));
            case PLAIN_KFREE -> w.withFiles(f.cache(), w.files(f.cache()).release(f.index(), Mem.RETURNED));
        };
        return s.inode() < 0 ? out : iput(out, s.inode(), k);   // f_inode still NULL: no inode was pinned
    }

    /** iput(): the last reference frees the inode, RCU-delayed (destroy_inode → call_rcu) or at once. */
    static World iput(World w, int inode, Knobs k) {
        InodeSlot i = w.inodes().get(inode);
        World out = w.withInodes(w.inodes().set(inode, i.withCount(i.count() - 1)));
        if (i.count() - 1 > 0) return out;
        return k.inodeFree() == Knobs.InodeFree.IMMEDIATE
                ? out.withInodes(out.inodes().release(inode, Mem.RETURNED))
                : out.withRcu(out.rcu().queue(RcuCallback.Kind.FREE, Cache.INODE, inode, i.gen()));
    }

    /** What vm_area_free() does: without CONFIG_PER_VMA_LOCK it frees at once, whatever vma-free says. */
    static org.speclab.engine.variant.Knobs.VmaFree vmaFree(Knobs k) {
        return k.perVmaLock() ? k.vmaFree() : Knobs.VmaFree.IMMEDIATE;
    }

    /** vm_area_free(): call_rcu in 6.4–6.14, typesafe in 6.15, immediate without per-VMA locks. */
    static World vfree(World w, int vma, Knobs k) {
        int gen = w.vmas().get(vma).gen();
        return switch (vmaFree(k)) {
            case RCU_DELAYED -> w.withRcu(w.rcu().queue(RcuCallback.Kind.FREE, Cache.VMA, vma, gen));
            case TYPESAFE -> pageIfEmpty(w.withVmas(w.vmas().release(vma, Mem.TYPED)), Cache.VMA);
            case IMMEDIATE -> w.withVmas(w.vmas().release(vma, Mem.RETURNED));
        };
    }

    /**
     * kmem_cache_free() into a SLAB_TYPESAFE_BY_RCU cache queues nothing. Only when SLUB discards an empty slab
     * page does it defer the page's release with call_rcu; with one page per cache, that is when the cache's
     * last live slot goes (and no release is queued yet).
     */
    private static World pageIfEmpty(World w, Cache c) {
        boolean empty = c == Cache.VMA ? w.vmas().empty() : w.files(c).empty();
        if (!empty) return w;
        for (RcuCallback cb : w.rcu().callbacks()) if (cb.kind() == RcuCallback.Kind.RELEASE_PAGE && cb.cache() == c) return w;
        return w.withRcu(w.rcu().queue(RcuCallback.Kind.RELEASE_PAGE, c, RcuCallback.PAGE, 0));
    }

    /** What fput() did: the count, or that the last reference queued the free for the return to user space. */
    static String fate(World before, World after, FileRef f) {
        FileSlot s = after.file(f);
        int was = before.file(f).count();
        if (s.count() > 0) return f + " f_count " + was + " → " + s.count();
        return "last reference (f_count " + was + " → 0): fput() queues __fput() with task_work_add(TWA_RESUME); "
                + f + " is freed only when the task returns to user space";
    }

    /** What __fput() → file_free() did to the slot. */
    static String freed(World after, FileRef f) {
        FileSlot s = after.file(f);
        if (s.returned()) return f + " is freed with plain kfree and its memory returned";
        if (!s.live()) return f + " goes back to the SLAB_TYPESAFE_BY_RCU cache and may be reused at once (kmem_cache_free queues no grace period)";
        return f + " will be freed after an RCU grace period (call_rcu)";
    }
}
