package org.speclab.engine.kernel;

import java.util.ArrayList;
import java.util.List;

/** Which user addresses currently hold a breakpoint ({@code int3}) instead of their original instruction. */
public record PageText(List<Long> breakpoints) {
    public static final PageText CLEAN = new PageText(List.of());

    public PageText { breakpoints = List.copyOf(breakpoints); }

    /** Written out, as {@link Header#hashCode}. */
    @Override
    public int hashCode() { return breakpoints.hashCode(); }

    @Override
    public boolean equals(Object o) { return this == o || o instanceof PageText t && t.breakpoints.equals(breakpoints); }

    public boolean trapAt(long addr) { return breakpoints.contains(addr); }

    public PageText install(long addr) {
        if (trapAt(addr)) return this;
        List<Long> b = new ArrayList<>(breakpoints);
        b.add(addr);
        b.sort(null);
        return new PageText(b);
    }

    public PageText remove(long addr) {
        List<Long> b = new ArrayList<>(breakpoints);
        b.remove(Long.valueOf(addr));
        return new PageText(b);
    }
}
