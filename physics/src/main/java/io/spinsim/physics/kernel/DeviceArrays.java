package io.spinsim.physics.kernel;

import com.sun.management.HotSpotDiagnosticMXBean;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Sizes the arrays the kernel writes so that the garbage collector never moves them.
 * <p>
 * Why: Aparapi binds each Java array to an OpenCL buffer; when a collection moves an array, Aparapi notices at the
 * next launch and re-creates the buffer from the Java copy. With device memory (a GPU, or PoCL with shared memory
 * off) and explicit transfers, the device holds the only current copy of the state between launches, so a move
 * silently replaces it by a stale one (measured here: with forced collections every run went wrong, with the
 * non-moving Epsilon collector none did). G1 never moves humongous objects (at least half a heap region), so the
 * state, stage, error and energy arrays are allocated at least that large. Arrays the kernel only reads are safe:
 * their Java copy is always current.
 */
public final class DeviceArrays {

    private static final long HUMONGOUS_BYTES = humongousThreshold();

    private DeviceArrays() {
    }

    /** Length for an array of {@code needed} elements that G1 will not move (elements of at least 4 bytes). */
    public static int length(int needed) {
        long minimum = HUMONGOUS_BYTES / Float.BYTES + 1;
        return (int) Math.max(needed, Math.min(minimum, Integer.MAX_VALUE - 8));
    }

    /** Whether kernel-written arrays stay in place: true under G1 (with the padding above). */
    public static boolean pinnable() {
        return HUMONGOUS_BYTES > 0;
    }

    private static long humongousThreshold() {
        boolean g1 = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(GarbageCollectorMXBean::getName).anyMatch(name -> name.startsWith("G1"));
        if (!g1) {
            return 0;
        }
        try {
            HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Long.parseLong(hotspot.getVMOption("G1HeapRegionSize").getValue()) / 2;
        } catch (RuntimeException e) {
            return 32L << 20; // the largest G1 region size: always enough
        }
    }
}
