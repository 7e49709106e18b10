package org.speclab.lessons;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.Node;
import org.speclab.engine.throughput.ThroughputModel;

/** The optional {@code chart: { cpus: 16, writers: 0 }} key: where the throughput chart opens for this lesson. */
final class ChartParser {
    static final List<String> KEYS = List.of("cpus", "writers");
    static final int DEFAULT_CPUS = 8;

    private ChartParser() {}

    static Optional<Lesson.Chart> parse(Nodes n, Node node) {
        Optional<Nodes.Fields> fields = n.mapping(node, "chart", KEYS);
        if (fields.isEmpty()) return Optional.empty();
        Nodes.Fields f = fields.get();
        int max = ThroughputModel.maxCpus(ThroughputModel.DEFAULT_TOPOLOGY);
        Optional<Integer> cpus = f.get("cpus").map(v -> n.smallInt(v, "chart.cpus (CPUs of the modelled machine)", 1, max).orElse(-1));
        Optional<Integer> writers = f.get("writers")
                .map(v -> n.smallInt(v, "chart.writers (write sections per second)", 0, Lesson.Chart.MAX_WRITERS).orElse(-1));
        if (cpus.orElse(0) < 0 || writers.orElse(0) < 0) return Optional.empty();
        return Optional.of(new Lesson.Chart(cpus.orElse(DEFAULT_CPUS), writers.orElse(0)));
    }
}
