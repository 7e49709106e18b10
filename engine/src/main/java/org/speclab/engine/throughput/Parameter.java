package org.speclab.engine.throughput;

/**
 * One named number of the throughput model, with its unit and where it comes from: "literature: …" for a
 * published or measured figure, "fitted to … rows N" for a value set from the calibration table, "estimate: …"
 * for a count the model needs but nobody measured (only sums of these are constrained by the rows).
 */
public record Parameter(String name, double value, String unit, String source) {}
