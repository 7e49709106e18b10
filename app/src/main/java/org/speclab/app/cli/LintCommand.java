package org.speclab.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.speclab.lessons.LessonLinter;
import org.speclab.lessons.LessonProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code speclab lint FILE…}: every problem of every lesson file, one located line each. */
@Command(name = "lint", description = "Validate lesson files. Exit 0 ok, 2 problems.")
public final class LintCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Lesson files to check.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int problems = 0;
        for (Path f : files) {
            List<LessonProblem> found = LessonLinter.lint(f);
            for (LessonProblem p : found) err.println(p.format());
            if (found.isEmpty()) out.println(f + ": ok");
            problems += found.size();
        }
        out.flush();
        err.flush();
        return problems == 0 ? 0 : 2;
    }
}
