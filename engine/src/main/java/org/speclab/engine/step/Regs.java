package org.speclab.engine.step;

/** A thread's local variables. */
public sealed interface Regs permits ReaderRegs, WriterRegs {}
