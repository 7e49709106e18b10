package org.speclab.engine.kernel;

/** One object-sized piece of a slab cache. Implementations are records with a {@link Header} and a payload. */
public interface Slot<T extends Slot<T>> {
    Header header();

    T withHeader(Header header);

    default int gen() { return header().gen(); }

    default boolean live() { return header().live(); }

    default boolean returned() { return header().returned(); }
}
