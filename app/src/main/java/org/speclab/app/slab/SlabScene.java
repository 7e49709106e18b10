package org.speclab.app.slab;

import java.util.List;
import java.util.Optional;

/** Everything the slab view draws for one frame: the filp cache, and bfilp when it was ever used. */
public record SlabScene(List<CacheModel> caches) {
    public static final SlabScene EMPTY = new SlabScene(List.of());

    public SlabScene { caches = List.copyOf(caches); }

    /** The slot with this id stem ({@code filp-0}), if drawn. */
    public Optional<SlotModel> slot(String id) {
        return caches.stream().flatMap(c -> c.slots().stream()).filter(s -> s.id().equals(id)).findFirst();
    }
}
