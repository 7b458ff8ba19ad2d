package io.spinsim.physics.bench;

import com.aparapi.device.OpenCLDevice;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.RunControl;
import io.spinsim.jobs.validation.SpecReader;
import io.spinsim.physics.engine.KernelChoice;
import io.spinsim.physics.engine.LlgEngine;
import io.spinsim.physics.kernel.Backends;
import io.spinsim.physics.kernel.JavaExecutor;
import io.spinsim.physics.kernel.KernelExecutor;
import io.spinsim.physics.kernel.FusedKernel;
import io.spinsim.physics.kernel.OpenClExecutor;
import io.spinsim.physics.run.InitialMagnetization;
import io.spinsim.physics.run.SimulationBuilder;
import io.spinsim.physics.solvers.Heun;
import io.spinsim.physics.solvers.Stepper;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * LLG throughput benchmark: cell-evaluations per second (cells x effective-field evaluations / s) of a thin film
 * (seed 001 material, exchange + anisotropy + interfacial DMI + Zeeman, Heun) for 256^2, 512^2 and 1024^2 cells,
 * local terms only and with FFT demag, on the OpenCL path (every OpenCL device found, PoCL on a CPU) and the plain
 * Java path, in fp32. In the same command it runs the numpy peer (physics/bench/llg_numpy_ref.py, the LLG a Python
 * user would write) and prints our figure over numpy's, and it measures the machine's memory bandwidth with a
 * STREAM-like triad so the figures can be read against it.
 * <p>
 * Run: {@code mvn -q -pl physics exec:java} (from the repository root, after {@code mvn -q -pl physics -am install
 * -DskipTests}); options {@code -Dexec.args="--grids 256,512 --steps 10 --rounds 3 --min-seconds 0.5 --no-numpy
 * --no-java --general --device-demag --terms local"} (--min-seconds: each measurement repeats its batch of steps until
 * that long has passed; --general adds rows for the general kernel on the same film, which the uniform-film kernel
 * runs by default; the FFT demag is the engine's default choice, on a CPU device the host SIMD FFT where the JVM
 * has the vector API, and --device-demag adds OpenCL rows that force the device FFT; --terms local|demag|both). On a shared
 * machine read the best-of-rounds figures and the per-CPU-second ones, which other load disturbs least.
 */
public final class LlgBench {

    private static final double DT = 1e-14;

    private LlgBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int[] grids = Arrays.stream(options.getOrDefault("--grids", "256,512,1024").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int steps = Integer.parseInt(options.getOrDefault("--steps", "10"));
        int rounds = Integer.parseInt(options.getOrDefault("--rounds", "3"));
        double minSeconds = Double.parseDouble(options.getOrDefault("--min-seconds", "0.5"));
        boolean withNumpy = !options.containsKey("--no-numpy");
        boolean withJava = !options.containsKey("--no-java");
        boolean withGeneral = options.containsKey("--general");
        boolean withDeviceDemag = options.containsKey("--device-demag");
        System.out.printf(Locale.ROOT, "machine: %d cores visible to the JVM, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"));
        System.out.printf(Locale.ROOT, "memory bandwidth (STREAM-like triad, %d threads): %.1f GB/s%n",
                Runtime.getRuntime().availableProcessors(), triadGigabytesPerSecond());
        System.out.printf(Locale.ROOT, "best of %d rounds of batches of %d Heun steps (2 field evaluations each) over at "
                + "least %.2f s, fp32; the numpy peer runs %d steps in the same rounds; per-CPU-s figures divide by the "
                + "process's CPU time%n", rounds, steps, minSeconds, steps);
        List<OpenCLDevice> devices = Backends.openClDevices();
        System.out.println("grid     terms   backend                                                  cell-evals/s  vs numpy   "
                + "per CPU-s  vs numpy");
        String terms = options.getOrDefault("--terms", "both");
        for (boolean demag : terms.equals("local") ? new boolean[]{false} : terms.equals("demag")
                ? new boolean[]{true} : new boolean[]{false, true}) {
            for (int n : grids) {
                Rate numpy = new Rate();
                List<Rate> ours = new ArrayList<>();
                int backends = devices.size() + (withJava ? 1 : 0);
                int runs = backends * (withGeneral ? 2 : 1) + (demag && withDeviceDemag ? devices.size() : 0);
                for (int k = 0; k < runs; k++) {
                    ours.add(new Rate());
                }
                for (int round = 0; round < rounds; round++) {
                    if (withNumpy) {
                        numpy.keepBest(numpy(n, demag, steps));
                    }
                    for (int k = 0; k < ours.size(); k++) {
                        boolean deviceDemag = k >= backends * (withGeneral ? 2 : 1);
                        int b = deviceDemag ? k - backends * (withGeneral ? 2 : 1) : k % backends;
                        KernelExecutor executor = b < devices.size() ? new OpenClExecutor(devices.get(b))
                                : JavaExecutor.allCores();
                        ours.get(k).keepBest(measure(n, demag, executor, steps, minSeconds,
                                k >= backends && !deviceDemag, deviceDemag));
                    }
                }
                for (Rate r : ours) {
                    print(n, demag, r, numpy);
                }
                if (withNumpy) {
                    numpy.backend = "numpy (llg_numpy_ref.py, 1 thread)";
                    print(n, demag, numpy, null);
                }
            }
        }
    }

    /** Best wall-clock and best CPU-time rate over rounds, cell-evals/s. */
    static final class Rate {
        double wall;
        double cpu;
        String backend = "";

        void keepBest(Rate r) {
            if (r == null) {
                return;
            }
            wall = Math.max(wall, r.wall);
            cpu = Math.max(cpu, r.cpu);
            backend = r.backend;
        }
    }

    private static void print(int n, boolean demag, Rate r, Rate numpy) {
        String name = r.backend.length() > 56 ? r.backend.substring(0, 34) + ".." + r.backend.substring(
                r.backend.length() - 20) : r.backend;
        String vsWall = numpy == null || numpy.wall == 0 ? "" : String.format(Locale.ROOT, "%.1fx", r.wall / numpy.wall);
        String vsCpu = numpy == null || numpy.cpu == 0 ? "" : String.format(Locale.ROOT, "%.1fx", r.cpu / numpy.cpu);
        System.out.printf(Locale.ROOT, "%-8s %-7s %-56s %.3e  %-8s   %.3e  %s%n", n + "^2", demag ? "+demag" : "local",
                name, r.wall, vsWall, r.cpu, vsCpu);
    }

    /**
     * Times batches of {@code steps} Heun steps, after two warm-up steps, until at least {@code minSeconds} have
     * passed (a 256^2 film takes well under a millisecond per step: a single batch of 10 would be timer noise);
     * null if the backend failed.
     */
    static Rate measure(int n, boolean demag, KernelExecutor executor, int steps, double minSeconds, boolean general,
                        boolean deviceDemag) {
        if (deviceDemag) {
            System.setProperty(LlgEngine.DEVICE_DEMAG_PROPERTY, "true");
        } else {
            System.clearProperty(LlgEngine.DEVICE_DEMAG_PROPERTY);
        }
        LlgSpec spec = new SpecReader().read(SpecReader.mapper().readTree(film(n, demag)), LlgSpec.class, "spec");
        SimulationBuilder.Model model = SimulationBuilder.build(spec);
        FusedKernel kernel = general ? Backends.kernel(KernelChoice.shape(model.setup()), RunControl.Precision.FP32)
                : KernelChoice.kernel(model.setup(), RunControl.Precision.FP32, true);
        try (LlgEngine engine = new LlgEngine(model.setup(), kernel, executor)) {
            engine.setMagnetization(InitialMagnetization.of(spec, model.setup().grid()));
            Stepper heun = new Heun(DT);
            heun.attach(engine);
            heun.advance(engine, DT);
            heun.advance(engine, DT);
            long evaluations = engine.evaluations();
            double cpu = processCpuSeconds();
            long start = System.nanoTime();
            do {
                for (int i = 0; i < steps; i++) {
                    heun.advance(engine, DT);
                }
            } while ((System.nanoTime() - start) * 1e-9 < minSeconds);
            engine.magnetization();
            double seconds = (System.nanoTime() - start) * 1e-9;
            double cpuSeconds = processCpuSeconds() - cpu;
            Rate r = new Rate();
            r.wall = (engine.evaluations() - evaluations) / seconds;
            r.cpu = (engine.evaluations() - evaluations) / cpuSeconds;
            String backend = engine.backend();
            r.backend = (general ? "general kernel, " : "") + backend.substring(0, backend.indexOf(", fp") + 6)
                    .replace("Portable Computing Language", "PoCL").replace("pthread-", "")
                    + (!demag ? "" : backend.contains("device FFT") ? ", device FFT"
                    : backend.contains("SIMD") ? ", host SIMD FFT" : ", host FFT");
            return r;
        } catch (RuntimeException e) {
            System.out.println("  " + executor.description() + " failed: " + e.getMessage());
            return null;
        }
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() * 1e-9;
    }

    /** The numpy peer's film: Nx x Ny x 1, 2 nm cells, seed 001 material, B_z = 50 mT, random tilt about +z. */
    static String film(int n, boolean demag) {
        return """
                {"mesh": {"nx": %d, "ny": %d, "nz": 1, "dx_m": 2e-9, "dy_m": 2e-9, "dz_m": 1e-9},
                 "material": {"ms_A_per_m": 5.8e5, "a_J_per_m": 15e-12, "ku_J_per_m3": 0.8e6, "alpha": 0.3,
                              "dmi_J_per_m2": 3e-3},
                 "field": {"b_T": [0, 0, 0.05]},
                 "demag": {"mode": "%s"},
                 "initial": {"kind": "random", "seed": 1},
                 "run": {"dt_s": 1e-14, "duration_s": 1e-12}}
                """.formatted(n, n, demag ? "fft" : "none");
    }

    /** a[i] = b[i] + s c[i] over 3 x 64 MB, best of 5 passes; counts 3 x 8 bytes per element (2 reads, 1 write). */
    static double triadGigabytesPerSecond() {
        int n = 8 << 20;
        double[] a = new double[n];
        double[] b = new double[n];
        double[] c = new double[n];
        Arrays.fill(b, 1);
        Arrays.fill(c, 2);
        int threads = Runtime.getRuntime().availableProcessors();
        double best = 0;
        for (int pass = 0; pass < 5; pass++) {
            long start = System.nanoTime();
            IntStream.range(0, threads).parallel().forEach(t -> {
                int from = (int) ((long) n * t / threads);
                int to = (int) ((long) n * (t + 1) / threads);
                for (int i = from; i < to; i++) {
                    a[i] = b[i] + 3.0 * c[i];
                }
            });
            double seconds = (System.nanoTime() - start) * 1e-9;
            best = Math.max(best, 24.0 * n / seconds / 1e9);
        }
        return best;
    }

    /** Runs physics/bench/llg_numpy_ref.py for one grid; null if python3 or numpy is missing. */
    static Rate numpy(int n, boolean demag, int steps) throws Exception {
        List<String> command = new ArrayList<>(List.of("python3", peerScript(), "--steps", String.valueOf(steps),
                "--grids", String.valueOf(n)));
        if (demag) {
            command.add("--demag");
        }
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            return null;
        }
        Rate rate = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("numpy grid=")) {
                    rate = new Rate();
                    rate.wall = number(line, "cell_evals_per_s=");
                    rate.cpu = number(line, "cell_evals_per_cpu_s=");
                }
            }
        }
        process.waitFor();
        return rate;
    }

    private static double number(String line, String key) {
        int at = line.indexOf(key) + key.length();
        int end = line.indexOf(' ', at);
        return Double.parseDouble(end < 0 ? line.substring(at) : line.substring(at, end));
    }

    /** The peer script, whether run from the repository root (exec:java) or from physics/. */
    private static String peerScript() {
        java.nio.file.Path fromRoot = java.nio.file.Path.of("physics", "bench", "llg_numpy_ref.py");
        return java.nio.file.Files.exists(fromRoot) ? fromRoot.toString() : "bench/llg_numpy_ref.py";
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i++) {
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(args[i], args[++i]);
            } else {
                options.put(args[i], "");
            }
        }
        return options;
    }
}
