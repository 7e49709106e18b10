package org.speclab.lessons;

/** A 1-based position in a lesson file. */
record Where(int line, int column) {
    static final Where START = new Where(1, 1);
}
