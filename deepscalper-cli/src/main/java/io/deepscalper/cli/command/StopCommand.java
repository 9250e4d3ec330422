package io.deepscalper.cli.command;

import io.deepscalper.continuous.TrainerCommand;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stop}: asks the running trainer to stop gracefully. A stop command is queued in the working
 * directory and the process gets SIGTERM; its shutdown hook lets the current step finish and writes a
 * checkpoint, so the next {@code start} resumes.
 */
@Command(name = "stop", mixinStandardHelpOptions = true,
        description = "Stop the trainer running in the working directory gracefully (checkpoint kept).")
public final class StopCommand extends BaseCommand implements Callable<Integer> {

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "How long to wait for it to exit (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        Optional<Long> pid = workdir().runningTrainer();
        if (pid.isEmpty()) {
            out().println("no trainer is running in " + root.workdir());
            out().flush();
            return 0;
        }
        workdir().commands().submit(TrainerCommand.stop("stop requested from the CLI"));
        Optional<ProcessHandle> handle = pid.get() > 0 ? ProcessHandle.of(pid.get()) : Optional.empty();
        handle.ifPresent(ProcessHandle::destroy);
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (workdir().runningTrainer().isPresent()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("trainer pid " + pid.get() + " did not stop within " + timeoutSeconds
                        + " s; it may be finishing a long step. Check 'deepscalper status', or kill it (it resumes "
                        + "from its last checkpoint)");
            }
            Thread.sleep(200);
        }
        out().println("trainer pid " + pid.get() + " stopped");
        out().flush();
        return 0;
    }
}
