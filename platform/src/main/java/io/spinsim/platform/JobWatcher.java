package io.spinsim.platform;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Set;

/** Polls a job and draws its progress as a bar until it ends. */
final class JobWatcher {

    private static final Set<String> TERMINAL = Set.of("succeeded", "failed", "cancelled");
    private static final int WIDTH = 40;

    private JobWatcher() {
    }

    /** @return the finished job */
    static JsonNode watch(PlatformClient client, String id, PrintStream out) throws IOException, InterruptedException {
        String last = "";
        while (true) {
            JsonNode job = client.job(id);
            String status = job.get("status").asString();
            double f = job.get("progress").get("fraction").asDouble();
            String message = job.get("progress").path("message").asString("");
            String line = String.format("  [%s] %5.1f%%  %-9s %s", bar(f), 100 * f, status, message);
            if (!line.equals(last)) {
                out.print("\r" + pad(line, last.length()));
                out.flush();
                last = line;
            }
            if (TERMINAL.contains(status)) {
                out.println();
                return job;
            }
            Thread.sleep(250);
        }
    }

    private static String bar(double f) {
        int n = (int) Math.round(Math.max(0, Math.min(1, f)) * WIDTH);
        return "#".repeat(n) + ".".repeat(WIDTH - n);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
