package org.speclab.app.vmatree;

import java.util.List;

/** One used VMA slot: its status and fields, and which readers point at it. */
public record VmaRow(int index, int gen, VmaStatus status, boolean statusChanged, List<VmaField> fields, List<VmaPointer> pointers) {
    public VmaRow {
        fields = List.copyOf(fields);
        pointers = List.copyOf(pointers);
    }

    public String title() { return "vma[" + index + "] g" + gen; }

    public VmaField field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
