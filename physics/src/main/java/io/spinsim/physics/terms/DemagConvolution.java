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

    /** As {@link #field(double[], double[])} in single precision (fp32 runs; FilmDemagFft computes in it). */
    default void field(float[] m, float[] b) {
        double[] md = new double[m.length];
        double[] bd = new double[b.length];
        for (int i = 0; i < m.length; i++) {
            md[i] = m[i];
        }
        field(md, bd);
        for (int i = 0; i < b.length; i++) {
            b[i] = (float) bd[i];
        }
    }

    /** Where and how the convolution runs, for the run's log and summary. */
    String description();

    @Override
    default void close() {
    }
}
