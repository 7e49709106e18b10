package org.speclab.app.cli;

/**
 * Bad input or usage, already worded for the user as one line ({@code path:line:col: what — what to do}).
 * {@code Main} prints it as is on stderr and exits 2.
 */
public final class InputProblem extends RuntimeException {
    public InputProblem(String line) { super(line, null, false, false); }
}
