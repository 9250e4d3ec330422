package io.deepscalper.cli.command;

import io.deepscalper.dashboard.DashboardOptions;
import io.deepscalper.dashboard.DashboardServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dashboard [--port P] [--bind ADDR]}: serves the live web dashboard of the working directory until
 * interrupted. It only reads, so it runs beside a trainer in another process, or after one.
 */
@Command(name = "dashboard", mixinStandardHelpOptions = true,
        description = {"Serve the live web dashboard of the working directory (reads only; safe while a trainer runs).",
                "Training curves per run, evaluations against the baselines, gate decisions, triggers, versions, "
                        + "data quality and model health. Stop with Ctrl-C."})
public final class DashboardCommand extends BaseCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "P", defaultValue = "" + DashboardOptions.DEFAULT_PORT,
            description = "TCP port (default ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = DashboardOptions.LOOPBACK,
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only). Another address "
                    + "exposes the page, which has no login, to the network.")
    String bind;

    @Override
    public Integer call() throws InterruptedException {
        workdir().requireExists();
        DashboardServer server = DashboardLauncher.start(spec.commandLine(), workdir().dir(), bind, port, out(), err());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dashboard-shutdown"));
        stopped.await();
        return 0;
    }
}
