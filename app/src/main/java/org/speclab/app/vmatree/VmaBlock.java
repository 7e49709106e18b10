package org.speclab.app.vmatree;

/**
 * One range on the address strip. In the {@link Lane#TREE} lane it is a tree entry ({@code [start, end)} →
 * vma slot) and its bounds are the tree's; in the {@link Lane#DETACHED} lane it is a VMA no lookup can find any
 * more (or yet), drawn at its own {@code vm_start..vm_end}. {@code x0}/{@code x1} are fractions of the strip.
 * {@code staleNote}/{@code staleMark} say where the VMA's own field differs from the tree's bound (a split's
 * in-place store), else null/NaN.
 */
public record VmaBlock(String key, int vma, int gen, Lane lane, double x0, double x1, String range, String file,
                       String pgoff, VmaStatus status, boolean changed, String staleNote, double staleMark) {
    public enum Lane { TREE, DETACHED }

    /** {@code vma[0] g1}. */
    public String title() { return "vma[" + vma + "] g" + gen; }

    public boolean stale() { return staleNote != null; }
}
