package org.speclab.engine.kernel;

/** The slab caches the model tracks; each kernel object lives in a slot of one of them. */
public enum Cache {
    VMA("vm_area_cachep", "vma"),
    FILP("filp_cachep", "filp"),
    BFILP("bfilp_cachep", "bfilp"),
    INODE("inode_cachep", "inode"),
    UPROBE("kmalloc (uprobe)", "uprobe");

    private final String kernelName;
    private final String shortName;

    Cache(String kernelName, String shortName) {
        this.kernelName = kernelName;
        this.shortName = shortName;
    }

    public String kernelName() { return kernelName; }

    public String shortName() { return shortName; }

    /** How a slot of this cache is written in traces: {@code filp[0]}. */
    public String slot(int index) { return shortName + "[" + index + "]"; }
}
