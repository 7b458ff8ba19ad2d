package io.spinsim.physics.fft;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.ManagementFactory;

/**
 * float arrays whose element {@link #OFFSET} sits on a 64-byte (cache-line, AVX-512 vector) boundary, for the SIMD
 * FFT buffers: a 64-byte vector load or store that straddles two cache lines costs about 1.5x an aligned one (measured
 * on an AMD EPYC (Zen 4) core, 2026-12-04: a whole 2048-point line-block transform ran in 64 us aligned against 99-105
 * us on arrays whose data started 16 bytes past a line). Java gives no address of an array, but G1 puts every
 * humongous object (at least half a heap region) at the start of a region, and never moves it elsewhere than to the
 * start of another, so its data starts at the array base offset past a region boundary; the arrays here are made
 * that large. Under another collector the arrays are plain and their alignment is whatever the heap gives: the
 * results are the same, only slower.
 */
public final class AlignedFloats {

    /** Bytes of a cache line and of an AVX-512 vector. */
    static final int LINE = 64;
    /** Index of the first 64-byte aligned element of an array from {@link #allocate}. */
    public static final int OFFSET = (LINE - arrayBaseOffset() % LINE) % LINE / Float.BYTES;
    /** Least length that makes a float[] humongous under G1 here; 0 where G1 is not the collector. */
    private static final int HUMONGOUS_FLOATS = humongousFloats();

    private AlignedFloats() {
    }

    /** Below this many floats (16 KiB) an array is left plain: the padding would outweigh the gain. */
    static final int SMALL = 4096;

    /** An array with room for {@code n} floats from {@link #OFFSET} on (aligned only from {@link #SMALL} on). */
    public static float[] allocate(int n) {
        return new float[n < SMALL ? OFFSET + n : Math.max(OFFSET + n, HUMONGOUS_FLOATS)];
    }

    /** The n rounded up to a whole number of 64-byte lines of floats, so that consecutive slices stay aligned. */
    public static int roundToLine(int n) {
        int perLine = LINE / Float.BYTES;
        return (n + perLine - 1) / perLine * perLine;
    }

    private static int arrayBaseOffset() {
        try {
            return Class.forName("sun.misc.Unsafe").getField("ARRAY_FLOAT_BASE_OFFSET").getInt(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 16; // HotSpot with compressed class pointers: 8-byte mark word, 4-byte class, 4-byte length
        }
    }

    private static int humongousFloats() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm == null || !"true".equals(vm.getVMOption("UseG1GC").getValue())) {
                return 0;
            }
            long region = Long.parseLong(vm.getVMOption("G1HeapRegionSize").getValue());
            return (int) Math.min(Integer.MAX_VALUE - 16, region / 2 / Float.BYTES + 1);
        } catch (RuntimeException | LinkageError e) {
            return 0; // no jdk.management module (a trimmed runtime): plain arrays
        }
    }
}
