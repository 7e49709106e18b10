package org.speclab.app.stepper;

import java.util.List;
import org.speclab.engine.program.Machine;
import org.speclab.engine.run.Engine;
import org.speclab.engine.run.Simulation;
import org.speclab.engine.run.State;
import org.speclab.engine.scenario.Scenario;
import org.speclab.engine.scenario.WorldBuilder;
import org.speclab.lessons.Lesson;

/**
 * What the window is showing: a lesson (or a bare scenario) under one variant, with the engine built for it.
 * Immutable; switching variant makes a new session.
 */
public record Session(Lesson lesson, Scenario scenario, Engine engine, State initial) {
    public static Session of(Lesson lesson, Scenario scenario) {
        Engine engine = new Engine(new Machine(scenario.threads(), scenario.variant()));
        return new Session(lesson, scenario, engine, engine.initial(WorldBuilder.build(scenario)));
    }

    public Machine machine() { return engine.machine(); }

    public Simulation simulation() { return new Simulation(engine); }

    public List<String> threadNames() { return machine().threadNames(); }

    public String title() { return lesson != null ? lesson.title() : scenario.title(); }
}
