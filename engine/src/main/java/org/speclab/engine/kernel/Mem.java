package org.speclab.engine.kernel;

/**
 * Whether a slot's memory still belongs to its cache. RETURNED memory went back to the page allocator or to an
 * unrelated kmalloc user: any load from it is a use-after-free (docs/model.md §2).
 */
public enum Mem { TYPED, RETURNED }
