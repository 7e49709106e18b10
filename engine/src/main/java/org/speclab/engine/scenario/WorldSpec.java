package org.speclab.engine.scenario;

import java.util.List;

/**
 * The initial world of a scenario as lesson files describe it: inodes, files (with whether a descriptor still
 * holds them open and which cache they live in), VMAs, registered uprobes and the starting {@code mm_lock_seq}.
 */
public record WorldSpec(List<InodeSpec> inodes, List<FileSpec> files, List<VmaSpec> vmas, List<UprobeSpec> uprobes, int seq) {
    public WorldSpec {
        inodes = List.copyOf(inodes);
        files = List.copyOf(files);
        vmas = List.copyOf(vmas);
        uprobes = List.copyOf(uprobes);
    }

    public record InodeSpec(String name) {}

    /** {@code open}: a file descriptor holds a reference; {@code backing}: an overlayfs backing file (bfilp cache). */
    public record FileSpec(String name, String inode, boolean open, boolean backing) {}

    /** [start, end) maps {@code file} (null = anonymous) from page {@code pgoff}. */
    public record VmaSpec(long start, long end, String file, long pgoff) {}

    /** {@code installed}: its breakpoint is already written into every mapping of (inode, offset). */
    public record UprobeSpec(String name, String inode, long offset, boolean installed) {}
}
