package io.spinsim.platform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load on {@code POST /api/v1/jobs}: requests leave at a fixed rate whatever the server does (no
 * coordinated omission), each timed from its scheduled send to its answer. Prints throughput, errors and latency
 * percentiles, over the whole run and per 10 s window. A warm-up at the same rate comes first and is not counted
 * (the server's JIT compiles its hot paths in the first tens of seconds; a long-running service is past that).
 * Usage: {@code SubmissionLoadBench API_URL API_KEY REQUEST.json [rate_per_s] [seconds] [warmup_seconds]}.
 */
public final class SubmissionLoadBench {

    private SubmissionLoadBench() {
    }

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String key = args[1];
        byte[] body = Files.readAllBytes(Path.of(args[2]));
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 60;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/api/v1/jobs"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + key)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

        int warmupSeconds = args.length > 5 ? Integer.parseInt(args[5]) : 90;
        for (int i = 0; i < 50; i++) {
            http.send(request, HttpResponse.BodyHandlers.discarding());
        }
        Run warmup = run(http, request, rate, warmupSeconds);
        System.out.printf(Locale.ROOT, "warm-up (not counted): %d s at %d/s, %d errors, p99 %.2f ms%n", warmupSeconds,
                rate, warmup.errors, ms(warmup.sorted(), 0.99));
        Run measured = run(http, request, rate, seconds);
        List<Long> sorted = measured.sorted();
        double elapsed = measured.elapsedS;
        long total = (long) rate * seconds;
        AtomicInteger errors = new AtomicInteger(measured.errors);
        for (int w = 0; w * 10 < seconds; w++) {
            List<Long> window = measured.window(w * 10L * 1_000_000_000L, (w + 1) * 10L * 1_000_000_000L);
            System.out.printf(Locale.ROOT, "  %3d-%3d s: %5d requests  p50 %7.2f  p99 %8.2f ms%n", w * 10,
                    Math.min(seconds, (w + 1) * 10), window.size(), ms(window, 0.5), ms(window, 0.99));
        }
        System.out.printf(Locale.ROOT, "submissions: %d in %.1f s = %.1f/s (target %d/s for %d s)%n", sorted.size(),
                elapsed, sorted.size() / elapsed, rate, seconds);
        System.out.printf(Locale.ROOT, "errors (not 202): %d%n", errors.get());
        System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), ms(sorted, 0.999), ms(sorted, 1.0));
        boolean ok = errors.get() == 0 && ms(sorted, 0.99) < 50 && sorted.size() == total;
        System.out.println(ok ? "PASS: 0 errors, p99 < 50 ms" : "FAIL: target is 0 errors and p99 < 50 ms");
        System.exit(ok ? 0 : 1);
    }

    /** Latencies of one open-loop run: (scheduled send offset, latency) pairs in nanoseconds. */
    private record Run(List<long[]> samples, int errors, double elapsedS) {

        List<Long> sorted() {
            List<Long> l = new ArrayList<>(samples.stream().map(s -> s[1]).toList());
            Collections.sort(l);
            return l;
        }

        List<Long> window(long fromNs, long toNs) {
            List<Long> l = new ArrayList<>(samples.stream().filter(s -> s[0] >= fromNs && s[0] < toNs)
                    .map(s -> s[1]).toList());
            Collections.sort(l);
            return l;
        }
    }

    /** Requests leave at their scheduled times whatever the answers do; each is timed from its scheduled send. */
    private static Run run(HttpClient http, HttpRequest request, int rate, int seconds) throws Exception {
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long total = (long) rate * seconds;
        long periodNs = 1_000_000_000L / rate;
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long offset = i * periodNs;
            long due = start + offset;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
                samples.add(new long[] {offset, System.nanoTime() - due});
                if (e != null || r.statusCode() != 202) {
                    errors.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return new Run(new ArrayList<>(samples), errors.get(), (System.nanoTime() - start) / 1e9);
    }

    private static double ms(List<Long> sorted, double q) {
        int i = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
