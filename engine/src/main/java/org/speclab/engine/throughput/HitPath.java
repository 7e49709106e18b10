package org.speclab.engine.throughput;

import java.util.List;

/**
 * The steps one uprobe-nop hit runs under a variant, cut where the model must decide which of the engine's
 * paths a hit takes: {@code entry} up to the first speculation, one speculation {@code attempt} (from
 * {@code try_begin} to the end check), the {@code successTail} after a passed end check and the {@code failTail}
 * after the last failed attempt (the locked lookup). A locked-only variant has everything in {@code entry} and
 * {@code attempts == 0}. The writer's section comes from the engine too: {@code writerLock} (down_write and the
 * odd bump) and {@code writerUnlock} (the even bump and up_write).
 */
public record HitPath(String variant, Layout layout, List<StepCost> entry, List<StepCost> attempt, List<StepCost> successTail,
                      List<StepCost> failTail, int attempts, List<StepCost> writerLock, List<StepCost> writerUnlock) {
    public HitPath {
        entry = List.copyOf(entry);
        attempt = List.copyOf(attempt);
        successTail = List.copyOf(successTail);
        failTail = List.copyOf(failTail);
        writerLock = List.copyOf(writerLock);
        writerUnlock = List.copyOf(writerUnlock);
    }

    public boolean speculates() { return attempts > 0; }

    /** The steps of a hit with no writer about: entry, then (if it speculates) one attempt and the success tail. */
    public List<StepCost> quietHit() {
        if (!speculates()) return entry;
        List<StepCost> all = new java.util.ArrayList<>(entry);
        all.addAll(attempt);
        all.addAll(successTail);
        return all;
    }
}
