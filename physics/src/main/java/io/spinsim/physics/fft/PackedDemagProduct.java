package io.spinsim.physics.fft;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The in-plane product of the packed film convolution (terms/FilmDemagFft.java, kernel/DemagFftKernel64.java) for a
 * block of spectrum rows with SIMD gathers: FFT(B_x + i B_y)(k) = kA A(k) + (kB + i kXy) conj A(-k), with
 * kA = (Kxx + Kyy)/2, kB = (Kxx - Kyy)/2, kXy = Kxy real (seed 000 eq.5 in Fourier space). Load only where
 * {@link SimdSupport#available()}.
 */
public final class PackedDemagProduct {

    private static final VectorSpecies<Float> SPECIES = LineBlockFft.SPECIES;

    private PackedDemagProduct() {
    }

    /**
     * @param re       A's spectrum, rows {@code pitch} apart (re, im)
     * @param rowBase  offset of the block's first row; its rows at rowBase + rows[q]
     * @param mirror   offsets of the rows -ky of the block's rows ky
     * @param kA       tensor spectra in block layout: element (kx, q) of this block at kOff + kx width + q
     * @param outRe    the block's product as [px][width] (re, im)
     */
    public static void apply(float[] re, float[] im, int rowBase, int[] rows, int[] mirror, int px,
                             float[] kA, float[] kB, float[] kXy, int kOff, float[] outRe, float[] outIm, int width) {
        int v = SPECIES.length();
        for (int kx = 0; kx < px; kx++) {
            int mkx = (px - kx) & (px - 1);
            for (int c = 0; c < width; c += v) {
                FloatVector ar = FloatVector.fromArray(SPECIES, re, rowBase + kx, rows, c);
                FloatVector ai = FloatVector.fromArray(SPECIES, im, rowBase + kx, rows, c);
                FloatVector cr = FloatVector.fromArray(SPECIES, re, mkx, mirror, c);
                FloatVector ci = FloatVector.fromArray(SPECIES, im, mkx, mirror, c).neg();
                int k = kOff + kx * width + c;
                FloatVector a = FloatVector.fromArray(SPECIES, kA, k);
                FloatVector b = FloatVector.fromArray(SPECIES, kB, k);
                FloatVector xy = FloatVector.fromArray(SPECIES, kXy, k);
                a.mul(ar).add(b.mul(cr)).sub(xy.mul(ci)).intoArray(outRe, kx * width + c);
                a.mul(ai).add(b.mul(ci)).add(xy.mul(cr)).intoArray(outIm, kx * width + c);
            }
        }
    }
}
