package org.speclab.lessons;

import org.speclab.engine.run.Simulation;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.engine.schedule.TraceCode;

/**
 * Every limit on what a lesson file or a trace code may ask for, in one table (documented in lessons/README.md,
 * "Limits"). Each is checked where it is read and reported as a located problem, so a hostile file can cost
 * neither a stack trace nor a hang nor memory.
 */
public final class Limits {
    private Limits() {}

    /** Bytes of a lesson file, refused before parsing. */
    public static final int FILE_BYTES = 256 * 1024;
    /** Nesting of YAML mappings and lists (a lesson needs four; the composer recurses once per level). */
    public static final int DEPTH = 16;
    /** Anchors and aliases: none (billion-laughs bombs). */
    public static final int ALIASES = 0;
    /** Threads of a lesson. */
    public static final int THREADS = 8;
    /** Operations of one thread. */
    public static final int OPS_PER_THREAD = 64;
    /** Picks of a lesson's schedule (and steps of one run). */
    public static final int SCHEDULE = Simulation.DEFAULT_MAX_STEPS;
    /** Entries of each world list: inodes, files, VMAs, uprobes. */
    public static final int WORLD_ENTRIES = 32;
    /** Objects the threads may create in each cache: files opened (and backing files), inodes, uprobes. */
    public static final int CREATED_PER_CACHE = WorldBuilder.SPARE;
    /** Characters of a trace code. */
    public static final int TRACE_CODE = TraceCode.MAX_LENGTH;
    /** Steps a trace code's schedule may hold. */
    public static final int TRACE_CODE_STEPS = TraceCode.MAX_PICKS;
    /** Problems reported for one file. */
    public static final int PROBLEMS = 50;
    /** Characters of a value echoed in a message; longer ones are elided in the middle. */
    public static final int ECHO = 60;

    /** New VMAs the threads' operations may need in the worst case; the VMA cache is sized for them. */
    public static final int NEW_VMAS = 32;
}
