package org.cdkg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The cdkg command: a thin shell over the pipeline, the store and the server. */
@Command(name = "cdkg", mixinStandardHelpOptions = true, version = "cdkg 0.1.0",
        description = "Climate-diplomacy knowledge graph: articles in, SPARQL out.",
        subcommands = {ServeCommand.class, ExtractCommand.class, LoadCommand.class, CompactCommand.class, QueryCommand.class,
                GenerateCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        // Errors are one line saying what went wrong and what to do; never a stack trace.
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            System.err.println("cdkg: " + oneLine(ex));
            return 2;
        });
        return cl;
    }

    static String oneLine(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) m = t.getClass().getSimpleName();
        return m.replace('\n', ' ');
    }
}
