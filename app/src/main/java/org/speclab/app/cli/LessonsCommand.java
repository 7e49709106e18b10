package org.speclab.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.speclab.lessons.Lesson;
import org.speclab.lessons.LessonCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code speclab lessons}: the bundled lessons, each with its id, title and the question it answers. */
@Command(name = "lessons", description = "List the bundled lessons: id, title, question.")
public final class LessonsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = LessonCatalog.bundled().stream().mapToInt(l -> l.scenario().id().length()).max().orElse(10) + 2;
        for (Lesson l : LessonCatalog.bundled()) {
            out.printf("%-" + width + "s%s%n%-" + width + "s%s%n", l.scenario().id(), l.scenario().title(), "", l.scenario().question());
        }
        out.flush();
        return 0;
    }
}
