package org.speclab.app;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.speclab.app.cli.BenchCommand;
import org.speclab.app.cli.CheckCommand;
import org.speclab.app.cli.ExportCommand;
import org.speclab.app.cli.GuiCommand;
import org.speclab.app.cli.Failures;
import org.speclab.app.cli.LessonsCommand;
import org.speclab.app.cli.LintCommand;
import org.speclab.app.cli.RunCommand;
import org.speclab.engine.EngineVersion;
import org.speclab.lessons.Echo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The {@code speclab} command line; with no subcommand it opens the window. A plain class: the fat jar's Main-Class. */
@Command(
        name = "speclab",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Step the speculative uprobe lookup of Linux 6.14 one atomic operation at a time.",
        subcommands = {
            GuiCommand.class,
            LessonsCommand.class,
            RunCommand.class,
            CheckCommand.class,
            LintCommand.class,
            ExportCommand.class,
            BenchCommand.class,
        })
public final class Main implements Callable<Integer> {
    static final int USAGE = 2;
    // Held strongly: java.util.logging forgets settings on loggers nobody references.
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "LESSON", description = "Lesson id, path or trace code to open in the window.")
    String lesson;

    // Read from the arguments before parsing (a failure may come first); declared so every command accepts it.
    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "On an internal error, write its details to a file and name it.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        PrintWriter err = utf8(System.err);
        try {
            // The jar runs JavaFX from the classpath on purpose (see docs/decisions/0001); don't tell users otherwise.
            JAVAFX_LOG.setFilter(r -> r.getMessage() == null || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
            CommandLine cli = new CommandLine(new Main());
            cli.setOut(utf8(System.out));
            cli.setErr(err);
            cli.setParameterExceptionHandler(Main::usageError);
            cli.setExecutionExceptionHandler((e, cmd, parsed) -> Failures.report(e, cmd.getErr(), debug, args));
            return cli.execute(args);
        } catch (Throwable t) { // Errors (stack overflow, out of memory) pass picocli's handlers
            return Failures.report(t, err, debug, args);
        }
    }

    @Override
    public Integer call() {
        return GuiCommand.open(lesson, spec.commandLine().getErr());
    }

    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        String oneLine = Echo.text(e.getMessage().strip().replaceAll("\\s*\\R\\s*", " "), 300);
        cmd.getErr().println(oneLine + " — try: " + cmd.getCommandSpec().qualifiedName() + " --help");
        cmd.getErr().flush();
        return USAGE;
    }

    // Lesson text and "—" must survive a C or POSIX locale.
    private static PrintWriter utf8(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"speclab " + EngineVersion.version()};
        }
    }
}
