package org.speclab.engine.throughput;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cache lines of one simulation, numbered in the order the code first names them. */
final class Lines {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    int id(String name) {
        return ids.computeIfAbsent(name, n -> {
            names.add(n);
            return names.size() - 1;
        });
    }

    String name(int id) { return names.get(id); }

    int size() { return names.size(); }
}
