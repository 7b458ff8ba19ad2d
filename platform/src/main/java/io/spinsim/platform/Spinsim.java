package io.spinsim.platform;

import io.spinsim.auth.Role;
import tools.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Command line of the platform jar: runs the platform, or acts as a client of a running one.
 */
public final class Spinsim {

    static final String DEFAULT_EXAMPLE = "examples/llg/quickstart-thin-film.json";
    static final String USAGE = """
            usage: spinsim COMMAND
              up                              start database and all services, keep serving
              demo [SPEC.json] [--exit]       start, run an example job, show its progress and where its results are
              service api|solver|nn           run one service (SPINSIM_DB_URL names the database)
              submit SPEC.json [--wait] [--out DIR]   submit a job request to a running platform
              watch JOB_ID                    draw a job's progress until it ends
              get JOB_ID [--out DIR]          download a job's artifacts
              regress SUITE|SUITE.json [--junit FILE] [--update-baseline]
                                              run a regression suite; exit 1 when a check fails
              keys create NAME [--roles read,submit,admin] [--max-queued-jobs N] [--max-cells N] | keys list |
              keys revoke ID                  API keys, directly on the database (SPINSIM_DB_URL, or the embedded
                                              one in SPINSIM_STATE_DIR while the platform is stopped)
            client commands take --api URL (default http://localhost:8080) and --api-key KEY (default
            $SPINSIM_API_KEY); regress without --api starts a platform of its own for the run
            """;

    /** Commands that draw progress on the console keep the services' logs to warnings. */
    private static final Map<String, Object> QUIET = Map.of("logging.level.root", "WARN");

    private Spinsim() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        CliOptions o;
        try {
            o = new CliOptions(a);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
            return;
        }
        String command = o.positional.isEmpty() ? "up" : o.positional.get(0);
        PrintStream out = System.out;
        try {
            int code = switch (command) {
                case "up" -> serve(start(List.of(ServiceKind.values()), Map.of()));
                case "demo" -> demo(o, out);
                case "service" -> serve(start(List.of(ServiceKind.valueOf(
                        o.positional(1, "service name").toUpperCase(Locale.ROOT))), Map.of()));
                case "submit" -> submit(client(o), o, out);
                case "watch" -> succeeded(JobWatcher.watch(client(o), o.positional(1, "job id"), out));
                case "get" -> get(client(o), o.positional(1, "job id"), o, out);
                case "regress" -> regress(o, out);
                case "keys" -> KeysCommand.run(o, System.getenv(), out);
                default -> usage();
            };
            System.exit(code);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            System.exit(2);
        }
    }

    private static int usage() {
        System.err.println(USAGE);
        return 2;
    }

    private static PlatformClient client(CliOptions o) {
        return new PlatformClient(o.option("--api", "http://localhost:8080"),
                o.option("--api-key", System.getenv("SPINSIM_API_KEY")));
    }

    /** A client of a platform this process started, with a key of its own. */
    private static PlatformClient localClient(PlatformLauncher.Running platform) {
        return new PlatformClient(platform.url(ServiceKind.API),
                platform.issueKey("cli", EnumSet.of(Role.READ, Role.SUBMIT)).token());
    }

    private static int demo(CliOptions o, PrintStream out) throws Exception {
        Path spec = Path.of(o.positional.size() > 1 ? o.positional.get(1) : DEFAULT_EXAMPLE);
        PlatformLauncher.Running platform = start(List.of(ServiceKind.values()), QUIET);
        PlatformClient client = localClient(platform);
        out.println("\nSubmitting " + spec + " ...");
        JsonNode done = runAndFetch(client, Files.readAllBytes(spec), Path.of("results"), out);
        printWhere(platform, out, done.get("id").asString());
        if (o.flag("--exit")) {
            platform.close();
            return succeeded(done);
        }
        return serve(platform);
    }

    private static int submit(PlatformClient client, CliOptions o, PrintStream out) throws Exception {
        byte[] request = Files.readAllBytes(Path.of(o.positional(1, "job request file")));
        if (!o.flag("--wait")) {
            JsonNode job = client.submit(request);
            out.println(job.get("id").asString());
            return 0;
        }
        return succeeded(runAndFetch(client, request, Path.of(o.option("--out", "results")), out));
    }

    private static int get(PlatformClient client, String id, CliOptions o, PrintStream out) throws Exception {
        for (Path f : client.downloadArtifacts(id, Path.of(o.option("--out", "results")).resolve(id))) {
            out.println(f + " (" + Files.size(f) + " bytes)");
        }
        return 0;
    }

    private static int regress(CliOptions o, PrintStream out) throws Exception {
        if (o.option("--api", null) != null) {
            return RegressCommand.run(client(o), o, out);
        }
        try (PlatformLauncher.Running platform = start(List.of(ServiceKind.values()), QUIET)) {
            return RegressCommand.run(localClient(platform), o, out);
        }
    }

    /** Submits, draws the progress, prints the result and downloads the artifacts into dir/JOB_ID. */
    private static JsonNode runAndFetch(PlatformClient client, byte[] request, Path dir, PrintStream out)
            throws Exception {
        JsonNode job = client.submit(request);
        String id = job.get("id").asString();
        out.println("  job " + id + " (" + job.get("type").asString() + ") queued");
        JsonNode done = JobWatcher.watch(client, id, out);
        out.println("  status: " + done.get("status").asString());
        if (done.hasNonNull("result")) {
            out.println("  result summary:\n" + indent(done.get("result").toPrettyString()));
        }
        if (done.hasNonNull("error")) {
            out.println("  error:\n" + indent(done.get("error").toPrettyString()));
        }
        for (Path f : client.downloadArtifacts(id, dir.resolve(id))) {
            out.println("  artifact: " + f + " (" + Files.size(f) + " bytes)");
        }
        return done;
    }

    private static int succeeded(JsonNode job) {
        return "succeeded".equals(job.get("status").asString()) ? 0 : 1;
    }

    private static PlatformLauncher.Running start(List<ServiceKind> services, Map<String, Object> properties) {
        System.out.println("Starting spinsim services " + services.stream().map(ServiceKind::label).toList() + " ...");
        PlatformLauncher.Running platform = PlatformLauncher.start(services, System.getenv(), properties);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "spinsim-shutdown"));
        System.out.println("Database: " + platform.databaseDescription);
        platform.bootstrapAdminKey().ifPresent(k -> System.out.println("First start: created the admin API key\n\n    "
                + k.token() + "\n\nKeep it; it is not stored and not shown again. Send it as "
                + "'Authorization: Bearer <key>', paste it into the dashboard, or export SPINSIM_API_KEY=<key>."));
        return platform;
    }

    private static void printWhere(PlatformLauncher.Running platform, PrintStream out, String jobId) {
        String api = platform.url(ServiceKind.API);
        out.println("\nWhere things are:");
        out.println("  dashboard      " + api + "/");
        out.println("  this job       " + api + "/api/v1/jobs/" + jobId);
        out.println("  its artifacts  " + api + "/api/v1/jobs/" + jobId + "/artifacts  (downloaded to results/"
                + jobId + "/)");
        out.println("  API docs       " + api + "/swagger-ui.html  (OpenAPI: " + api + "/v3/api-docs)");
        out.println("  metrics        " + api + "/actuator/prometheus, " + platform.url(ServiceKind.SOLVER)
                + "/actuator/prometheus, " + platform.url(ServiceKind.NN) + "/actuator/prometheus");
    }

    private static int serve(PlatformLauncher.Running platform) throws InterruptedException {
        System.out.println("\nPlatform running. Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
        return 0;
    }

    private static String indent(String s) {
        return "    " + s.replace("\n", "\n    ");
    }
}
