package org.speclab.engine.throughput;

import java.util.List;
import org.speclab.engine.step.MemAccess;

/** One engine step as the model costs it: the accesses it declared, and its own work in core cycles besides them. */
public record StepCost(String label, String function, List<MemAccess> accesses, double localCycles) {
    public StepCost {
        accesses = List.copyOf(accesses);
    }

    /** This step with every access of {@code from.*} renamed to {@code to.*}. */
    StepCost renamed(String from, String to) {
        return new StepCost(label, function, accesses.stream()
                .map(a -> a.object().startsWith(from) ? new MemAccess(to + a.object().substring(from.length()), a.kind()) : a).toList(), localCycles);
    }
}
