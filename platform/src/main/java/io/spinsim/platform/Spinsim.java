package io.spinsim.platform;

import tools.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Command line of the platform jar.
 * <pre>
 *   up                      start database and all services, keep serving
 *   demo [spec.json] [--exit]  start, submit an example job, show its progress, download its artifacts
 *   service api|solver|nn   run one service against SPINSIM_DB_URL (one container each)
 * </pre>
 */
public final class Spinsim {

    static final String DEFAULT_EXAMPLE = "examples/llg/quickstart-thin-film.json";

    private Spinsim() {
    }

    public static void main(String[] args) throws Exception {
        List<String> a = Arrays.asList(args);
        String command = a.isEmpty() ? "up" : a.get(0);
        switch (command) {
            case "up" -> serve(start(List.of(ServiceKind.values())));
            case "demo" -> demo(a.subList(1, a.size()));
            case "service" -> serve(start(List.of(ServiceKind.valueOf(arg(a, 1).toUpperCase(Locale.ROOT)))));
            default -> {
                System.err.println("usage: spinsim up | demo [spec.json] [--exit] | service api|solver|nn");
                System.exit(2);
            }
        }
    }

    private static void demo(List<String> args) throws Exception {
        boolean exit = args.contains("--exit");
        Path spec = Path.of(args.stream().filter(s -> !s.startsWith("--")).findFirst().orElse(DEFAULT_EXAMPLE));
        PrintStream out = System.out;
        PlatformLauncher.Running platform = start(List.of(ServiceKind.values()));
        String api = platform.url(ServiceKind.API);
        PlatformClient client = new PlatformClient(api);
        out.println("\nSubmitting " + spec + " ...");
        JsonNode job = client.submit(Files.readAllBytes(spec));
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
        Path dir = Path.of("results", id);
        for (Path f : client.downloadArtifacts(id, dir)) {
            out.println("  artifact: " + f + " (" + Files.size(f) + " bytes)");
        }
        printWhere(platform, out, id);
        if (exit) {
            platform.close();
            System.exit("succeeded".equals(done.get("status").asString()) ? 0 : 1);
        }
        serve(platform);
    }

    private static PlatformLauncher.Running start(List<ServiceKind> services) {
        System.out.println("Starting spinsim services " + services.stream().map(ServiceKind::label).toList() + " ...");
        PlatformLauncher.Running platform = PlatformLauncher.start(services, System.getenv(), Map.of());
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "spinsim-shutdown"));
        System.out.println("Database: " + platform.databaseDescription);
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

    private static void serve(PlatformLauncher.Running platform) throws InterruptedException {
        System.out.println("\nPlatform running. Press Ctrl-C to stop.");
        new CountDownLatch(1).await();
    }

    private static String arg(List<String> a, int i) {
        if (a.size() <= i) {
            System.err.println("missing argument; usage: spinsim service api|solver|nn");
            System.exit(2);
        }
        return a.get(i);
    }

    private static String indent(String s) {
        return "    " + s.replace("\n", "\n    ");
    }
}
