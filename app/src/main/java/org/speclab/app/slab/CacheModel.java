package org.speclab.app.slab;

import java.util.List;
import org.speclab.engine.kernel.Cache;

/**
 * One file cache: its slots in fixed order, how it frees (the variant's knob in words), and reader pointers
 * that point at no slot at all (a torn {@code vm_file} load).
 */
public record CacheModel(Cache cache, String freeing, List<SlotModel> slots, List<FilePointer> wild) {
    public CacheModel {
        slots = List.copyOf(slots);
        wild = List.copyOf(wild);
    }

    public List<SlotModel> used() { return slots.stream().filter(SlotModel::used).toList(); }

    public List<SlotModel> unused() { return slots.stream().filter(s -> !s.used()).toList(); }
}
