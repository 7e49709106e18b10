package org.speclab.app.slab;

import java.util.List;
import java.util.Set;
import org.speclab.engine.kernel.Cache;

/**
 * One slot of a file cache as the view draws it. {@code changed} holds the slot's fields the last step changed
 * ({@code gen}, {@code state}, {@code name}, {@code f_count}, {@code f_inode}); {@code ghost} is the identity the
 * slot held before its last reuse, when someone still cares about it.
 */
public record SlotModel(Cache cache, int index, int gen, SlotLife life, String name, int count, String inode,
                        Set<String> changed, Ghost ghost, List<FilePointer> pointers) {
    /** The previous occupant: {@code was f1 · libfoo · gen 1}. {@code fresh} when the reuse was the last step. */
    public record Ghost(String name, String inode, int gen, boolean fresh) {
        public String text() { return "was " + name + " · " + inode + " · gen " + gen; }
    }

    public SlotModel {
        changed = Set.copyOf(changed);
        pointers = List.copyOf(pointers);
    }

    /** The node id stem: {@code filp-0}. */
    public String id() { return cache.shortName() + "-" + index; }

    /** How the kernel trace names it: {@code filp[0]}. */
    public String label() { return cache.slot(index); }

    public boolean used() { return gen > 0; }

    public boolean changed(String field) { return changed.contains(field); }
}
