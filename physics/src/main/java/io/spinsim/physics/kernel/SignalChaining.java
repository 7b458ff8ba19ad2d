package io.spinsim.physics.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether the JVM's signal chaining library (libjsig) is loaded. PoCL compiles kernels with LLVM inside this process,
 * and LLVM installs its own SIGSEGV handler over the JVM's; the JVM raises SIGSEGV on purpose (safepoint polls,
 * implicit null checks), so a later fault in Java code reaches LLVM's handler and the process dies without an
 * hs_err file. Measured on this machine (PoCL 3.1, LLVM 15, JDK 17): the 512^2 FFT-demag bench died with SIGSEGV in
 * 3 of 3 runs (core: a safepoint poll "test %eax,(%r10)" in JIT code, the main thread inside libLLVM's handler),
 * and ran 4 of 4 with {@code LD_PRELOAD=$JAVA_HOME/lib/libjsig.so}, which keeps the JVM's handlers first and chains
 * LLVM's behind them (HotSpot "signal chaining"). The launch scripts, the Dockerfile and the test JVMs preload it.
 */
public final class SignalChaining {

    /** Read once: a preloaded library is mapped from the start, and one loaded later could not chain the handlers. */
    private static final Optional<Boolean> LOADED = readMaps();

    private SignalChaining() {
    }

    /** The JVM's own libjsig, if this JDK has one (Linux). */
    public static Optional<Path> library() {
        Path lib = Path.of(System.getProperty("java.home"), "lib", "libjsig.so");
        return Files.isRegularFile(lib) ? Optional.of(lib) : Optional.empty();
    }

    /** True when libjsig is mapped into this process; empty when that cannot be told (no /proc). */
    public static Optional<Boolean> loaded() {
        return LOADED;
    }

    private static Optional<Boolean> readMaps() {
        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            return Optional.empty();
        }
        try (var lines = Files.lines(maps)) {
            return Optional.of(lines.anyMatch(l -> l.endsWith("/libjsig.so")));
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** A warning for an OpenCL platform that compiles in-process when libjsig is missing; empty when all is well. */
    public static Optional<String> warningFor(String platformName) {
        boolean compilesInProcess = platformName != null && platformName.contains("Portable Computing Language");
        if (!compilesInProcess || loaded().orElse(true)) {
            return Optional.empty();
        }
        return Optional.of("OpenCL on PoCL without the JVM's signal chaining library: LLVM's signal handler can kill "
                + "this JVM (SIGSEGV, no hs_err file). Start java with LD_PRELOAD="
                + library().map(Path::toString).orElse("$JAVA_HOME/lib/libjsig.so")
                + " (./spinsim and the Docker image do), or use backend java.");
    }
}
