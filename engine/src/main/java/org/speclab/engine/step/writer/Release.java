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
 * How objects are freed under each knob (MODEL.md §8.4 FPUT, VFREE, iput): typesafe (slot FREE at once, its
 * page returned only after a grace period), RCU-delayed (FREE and RETURNED by a callback), or at once.
 */
final class Release {
    private Release() {}

    /** fput(): drop one reference; the last one frees the file and drops its inode reference. */
    static World fput(World w, FileRef f, Knobs k) {
        FileSlot s = w.file(f);
        World out = w.updateFile(f, x -> x.withCount(x.count() - 1));
        if (s.count() - 1 > 0) return out;
        Knobs.FileFree mode = f.cache() == Cache.BFILP ? k.bfilpCache() : k.filpCache();
        out = switch (mode) {
            case TYPESAFE -> out.withFiles(f.cache(), out.files(f.cache()).release(f.index(), Mem.TYPED))
                    .withRcu(out.rcu().queue(RcuCallback.Kind.RELEASE_PAGE, f.cache(), f.index(), s.gen()));
            case RCU_DELAYED -> out.withRcu(out.rcu().queue(RcuCallback.Kind.FREE, f.cache(), f.index(), s.gen()));
            case PLAIN_KFREE -> out.withFiles(f.cache(), out.files(f.cache()).release(f.index(), Mem.RETURNED));
        };
        return iput(out, s.inode(), k);
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

    /** vm_area_free(): call_rcu in 6.4–6.14, typesafe in 6.15, immediate without per-VMA locks. */
    static World vfree(World w, int vma, Knobs k) {
        int gen = w.vmas().get(vma).gen();
        return switch (k.vmaFree()) {
            case RCU_DELAYED -> w.withRcu(w.rcu().queue(RcuCallback.Kind.FREE, Cache.VMA, vma, gen));
            case TYPESAFE -> w.withVmas(w.vmas().release(vma, Mem.TYPED))
                    .withRcu(w.rcu().queue(RcuCallback.Kind.RELEASE_PAGE, Cache.VMA, vma, gen));
            case IMMEDIATE -> w.withVmas(w.vmas().release(vma, Mem.RETURNED));
        };
    }

    static String fate(World before, World after, FileRef f) {
        FileSlot s = after.file(f);
        if (s.count() > 0) return f + " f_count " + before.file(f).count() + " → " + s.count();
        if (s.returned()) return "last reference: " + f + " is freed with plain kfree and its memory returned";
        if (!s.live()) return "last reference: " + f + " goes back to the SLAB_TYPESAFE_BY_RCU cache and may be reused at once";
        return "last reference: " + f + " will be freed after an RCU grace period";
    }
}
