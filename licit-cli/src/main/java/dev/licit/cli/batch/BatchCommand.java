package dev.licit.cli.batch;

import picocli.CommandLine.Command;

/** {@code licit batch}: work over whole files (for now: screening a customer file). */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        subcommands = BatchScreenCommand.class,
        description = "Batch work over whole files: licit batch screen --input PARTIES --output HITS.csv")
public final class BatchCommand implements Runnable {
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "a command is needed (screen)");
    }
}
