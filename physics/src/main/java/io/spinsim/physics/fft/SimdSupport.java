package io.spinsim.physics.fft;

/**
 * Whether the JVM runs with the incubating vector API ({@code --add-modules jdk.incubator.vector}, which
 * {@code ./spinsim}, the test JVMs and the Docker image pass). Without it {@link LineBlockFft} cannot load and the
 * callers keep their other paths (terms/DemagField.java, JTransforms).
 */
public final class SimdSupport {

    /** System property: {@code false} turns the SIMD host FFT off even where the module is present. */
    public static final String PROPERTY = "spinsim.fft.simd";

    private SimdSupport() {
    }

    public static boolean available() {
        return !"false".equals(System.getProperty(PROPERTY))
                && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }
}
