package org.speclab.engine.step;

/**
 * A step that reads and writes only its own thread's locals: it commutes with every step of every other thread
 * and no property can observe it. The checker's partial-order reduction explores it alone (ADR 0005).
 */
public interface LocalStep extends Step {}
