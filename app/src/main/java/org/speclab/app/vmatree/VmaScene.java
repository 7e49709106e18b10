package org.speclab.app.vmatree;

import java.util.List;
import java.util.Optional;

/** Everything the VMA view draws for one frame. */
public record VmaScene(AddressSpan span, List<VmaBlock> blocks, List<VmaRow> rows, List<VmaPointer> pointers) {
    public static final VmaScene EMPTY = new VmaScene(AddressSpan.DEFAULT, List.of(), List.of(), List.of());

    public VmaScene {
        blocks = List.copyOf(blocks);
        rows = List.copyOf(rows);
        pointers = List.copyOf(pointers);
    }

    public Optional<VmaBlock> block(String key) { return blocks.stream().filter(b -> b.key().equals(key)).findFirst(); }

    public List<VmaBlock> blocksOf(int vma) { return blocks.stream().filter(b -> b.vma() == vma).toList(); }

    public Optional<VmaRow> row(int vma) { return rows.stream().filter(r -> r.index() == vma).findFirst(); }

    public Optional<VmaPointer> pointer(String thread) { return pointers.stream().filter(p -> p.threadName().equals(thread)).findFirst(); }
}
