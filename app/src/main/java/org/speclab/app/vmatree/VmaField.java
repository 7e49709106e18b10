package org.speclab.app.vmatree;

/**
 * One field of a VMA slot in the slot list. {@code stale} when the tree still maps the old value (a split's
 * in-place store), with a short {@code note}; {@code changed} when the last step wrote it.
 */
public record VmaField(String name, String value, boolean changed, boolean stale, String note) {}
