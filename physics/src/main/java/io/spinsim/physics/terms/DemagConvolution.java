package io.spinsim.physics.terms;

/**
 * The demag field of a magnetization state, B = -mu0 N * M (seed 000 eq.5): {@link DemagField} on the host
 * (JTransforms, any grid) or kernel.DemagFftConvolution on the run's OpenCL device (single-layer films).
 */
public interface DemagConvolution extends AutoCloseable {

    /**
     * @param m unit magnetization, structure of arrays (3 n)
     * @param b demag flux density out, T, same layout
     */
    void field(double[] m, double[] b);

    /** Where and how the convolution runs, for the run's log and summary. */
    String description();

    @Override
    default void close() {
    }
}
