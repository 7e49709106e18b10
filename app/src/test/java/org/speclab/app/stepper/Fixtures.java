package org.speclab.app.stepper;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;

/** Runs the view tests share that no shipped lesson's script shows. */
public final class Fixtures {
    private Fixtures() {}

    /** two-readers-two-writers on the schedule where both readers finish before the munmap starts, at {@code step}. */
    public static StepperViewModel readersBeforeWriters(int step) {
        Lesson l = LessonCatalog.byId("two-readers-two-writers").orElseThrow();
        List<String> schedule = new ArrayList<>();
        for (String[] run : new String[][] {{"cpu0", "8"}, {"cpu2", "8"}, {"cpu0", "8"}, {"cpu2", "8"}, {"cpu1", "11"}, {"cpu3", "1"}}) {
            schedule.addAll(Collections.nCopies(Integer.parseInt(run[1]), run[0]));
        }
        StepperViewModel s = new StepperViewModel();
        s.load(new Lesson(l.scenario().withSchedule(schedule), l.source(), Map.of(), List.of(), "", null));
        s.runToEnd();
        s.goTo(step);
        return s;
    }
}
