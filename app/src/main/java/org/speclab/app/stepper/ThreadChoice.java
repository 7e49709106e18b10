package org.speclab.app.stepper;

/**
 * One CPU's Step button: its name, whether it is a reader, what it will do next (line label and a short
 * phrase), and why it cannot move when it cannot ("done", or "sleeps in down_read(): …").
 */
public record ThreadChoice(int thread, String name, boolean reader, boolean daemon, String nextLabel, String preview, String blocked) {
    public boolean enabled() { return blocked == null; }
}
