package io.deepscalper.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deepscalper.api.io.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboard's HTTP server (Javalin on Jetty): the page and its scripts from the class path, uPlot from its
 * webjar under {@code /vendor/}, and the JSON endpoints under {@code /api/}. The page polls the endpoints, so
 * it follows a trainer without a reload. Listens on 127.0.0.1 unless {@link DashboardOptions#bind()} says
 * otherwise, and warns when it does: the dashboard has no authentication. On loopback it answers only requests
 * addressed to a loopback name ({@link HostCheck}).
 *
 * <pre>{@code
 * try (DashboardServer s = DashboardServer.start(DashboardOptions.loopback(workdir, 7070))) {
 *     System.out.println(s.url());
 * }
 * }</pre>
 */
public final class DashboardServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final ObjectMapper JSON = Json.timeMapper();
    private static final String WEB = "/io/deepscalper/dashboard/web";

    private final Javalin app;
    private final DashboardOptions options;

    private DashboardServer(Javalin app, DashboardOptions options) {
        this.app = app;
        this.options = options;
    }

    /**
     * Starts serving {@code options.workdir()}.
     *
     * @throws DashboardException when the port is taken or the address cannot be bound, naming both
     */
    public static DashboardServer start(DashboardOptions options) {
        DashboardData data = new DashboardData(options.workdir());
        UplotAsset.version(); // fail now, not on the first page load, when the webjar is missing
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.bind();
            config.jetty.port = options.port();
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = WEB;
                sf.location = Location.CLASSPATH;
            });
            if (options.isLoopback()) {
                config.routes.before(ctx -> {
                    if (!HostCheck.loopbackHost(ctx.header("Host"))) {
                        error(ctx, 403, "this dashboard answers requests to 127.0.0.1 or localhost only, not to '"
                                + ctx.header("Host") + "'; to serve other names, start it with --bind");
                        ctx.skipRemainingHandlers();
                    }
                });
            }
            config.routes.get("/vendor/{file}", DashboardServer::vendor);
            json(config.routes, "/api/overview", data::overview);
            json(config.routes, "/api/runs", data::runs);
            config.routes.get("/api/runs/{run}/training", ctx -> send(ctx, data.training(ctx.pathParam("run"))));
            json(config.routes, "/api/evaluations", data::evaluations);
            json(config.routes, "/api/gate", data::gate);
            json(config.routes, "/api/triggers", data::triggers);
            json(config.routes, "/api/versions", data::versions);
            config.routes.get("/api/versions/{id}", ctx -> send(ctx, data.version(ctx.pathParam("id"))));
            json(config.routes, "/api/data", data::data);
            json(config.routes, "/api/health", data::health);
            json(config.routes, "/api/paper", data::paper);
            json(config.routes, "/api/tuning", data::tuning);
            config.routes.exception(UnknownItemException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
            // a file of the directory that cannot be read now (being replaced, damaged): the page retries
            config.routes.exception(DashboardException.class, (e, ctx) -> error(ctx, 503, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.warn("dashboard request {} failed", ctx.path(), e);
                error(ctx, 500, e.getClass().getSimpleName() + ": " + e.getMessage());
            });
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new DashboardException("cannot serve the dashboard on " + options.bind() + ":" + options.port()
                    + " (" + e.getMessage() + "); is the port in use? choose another with --port", e);
        }
        DashboardServer server = new DashboardServer(app, options);
        if (!options.isLoopback()) {
            LOG.warn("the dashboard listens on {}: every machine that can reach this address can read the working "
                    + "directory's metrics, models and configuration, and it has no login", server.url());
        }
        LOG.info("dashboard of {} at {}", options.workdir(), server.url());
        return server;
    }

    /** @return the port the server listens on (the chosen one when the options said 0) */
    public int port() {
        return app.port();
    }

    /** @return the page's address, e.g. {@code http://127.0.0.1:7070/} */
    public String url() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return "http://" + host + ":" + port() + "/";
    }

    /** Stops the server; idempotent. */
    @Override
    public void close() {
        app.stop();
    }

    private static void json(io.javalin.config.RoutesConfig routes, String path, Supplier<Object> body) {
        routes.get(path, ctx -> send(ctx, body.get()));
    }

    private static void send(Context ctx, Object body) throws JsonProcessingException {
        // the page polls: a cached answer would freeze it
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json").result(JSON.writeValueAsString(body));
    }

    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            ctx.status(status).result(message);
        }
    }

    private static void vendor(Context ctx) {
        String file = ctx.pathParam("file");
        byte[] bytes = UplotAsset.read(file);
        if (bytes == null) {
            error(ctx, 404, "no file " + file + " in the uPlot webjar " + UplotAsset.version());
            return;
        }
        ctx.contentType(file.endsWith(".css") ? "text/css" : "text/javascript").result(bytes);
    }
}
