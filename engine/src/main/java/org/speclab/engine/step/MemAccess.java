package org.speclab.engine.step;

/**
 * One memory access of a step: which object (or cache line) and how. The throughput model costs exactly these:
 * reads of shared lines are cheap, RMWs and lock operations pull the line exclusive.
 */
public record MemAccess(String object, Kind kind) {
    public enum Kind { READ, WRITE, ATOMIC_RMW, LOCK_ACQUIRE, LOCK_RELEASE }

    @Override
    public String toString() {
        return switch (kind) {
            case READ -> "read " + object;
            case WRITE -> "write " + object;
            case ATOMIC_RMW -> "rmw " + object;
            case LOCK_ACQUIRE -> "acquire " + object;
            case LOCK_RELEASE -> "release " + object;
        };
    }
}
