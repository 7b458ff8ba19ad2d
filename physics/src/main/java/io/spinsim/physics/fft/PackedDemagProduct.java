package io.spinsim.physics.fft;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The in-plane product of the packed film convolution (terms/FilmDemagFft.java, kernel/DemagFftKernel64.java) for a
 * column block of the spectrum: FFT(B_x + i B_y)(k) = kA A(k) + (kB + i kXy) conj A(-k), with kA = (Kxx + Kyy)/2,
 * kB = (Kxx - Kyy)/2, kXy = Kxy real (seed 000 eq.5 in Fourier space). Load only where {@link SimdSupport#available()}.
 */
public final class PackedDemagProduct {

    private static final VectorSpecies<Float> SPECIES = LineBlockFft.SPECIES;
    private static final int TILE = LineBlockFft.TILE;
    /** Lane l <- lane (L - l) mod L: reversed lanes, lane 0 kept (and replaced by a blend). */
    private static final VectorShuffle<Float> MIRROR_LANES = VectorShuffle.fromOp(SPECIES,
            l -> (SPECIES.length() - l) & (SPECIES.length() - 1));
    private static final VectorMask<Float> LANE_0 = VectorMask.fromLong(SPECIES, 1L);

    private PackedDemagProduct() {
    }

    /**
     * The product for column block cb of A's spectrum held by column blocks (element (kx = b TILE + c, ky) at
     * off + (b rows + ky) TILE + c, {@code blocks} blocks of TILE columns): row -ky is in the same block, and column
     * -kx of column c >= 1 is column TILE - c of block blocks - cb - 1 (column 0's is column 0 of block
     * (blocks - cb) mod blocks), so each vector of mirror columns is one lane permutation of a vector of the mirror
     * block's row with lane 0 blended in. The tensor spectra (same layout, rows ky <= rows/2 only: even in ky, kXy
     * odd) hold this block's columns from {@code kOff}. The block's product goes to (outRe, outIm) of out as
     * [rows][TILE].
     */
    public static void apply(float[] re, float[] im, int off, int cb, int blocks, int rows, float[] kA, float[] kB,
                             float[] kXy, int kOff, float[] out, int outRe, int outIm) {
        int v = SPECIES.length();
        int base = off + cb * rows * TILE;
        int b1 = off + (blocks - cb - 1) * rows * TILE;
        int b0 = off + ((blocks - cb) % blocks) * rows * TILE;
        for (int ky = 0; ky < rows; ky++) {
            int mky = ((rows - ky) & (rows - 1)) * TILE;
            boolean direct = ky <= rows / 2;
            int k0 = kOff + (direct ? ky : rows - ky) * TILE;
            float odd = direct ? 1f : -1f;
            for (int c = 0; c < TILE; c += v) {
                int at = base + ky * TILE + c;
                FloatVector ar = FloatVector.fromArray(SPECIES, re, at);
                FloatVector ai = FloatVector.fromArray(SPECIES, im, at);
                int mirror = b1 + mky + TILE - v - c;
                int lane0 = c == 0 ? b0 + mky : b1 + mky + TILE - c;
                FloatVector cr = FloatVector.fromArray(SPECIES, re, mirror).rearrange(MIRROR_LANES)
                        .blend(FloatVector.fromArray(SPECIES, re, lane0), LANE_0);
                FloatVector ci = FloatVector.fromArray(SPECIES, im, mirror).rearrange(MIRROR_LANES)
                        .blend(FloatVector.fromArray(SPECIES, im, lane0), LANE_0).neg();
                int k = k0 + c;
                FloatVector a = FloatVector.fromArray(SPECIES, kA, k);
                FloatVector b = FloatVector.fromArray(SPECIES, kB, k);
                FloatVector xy = FloatVector.fromArray(SPECIES, kXy, k).mul(odd);
                a.mul(ar).add(b.mul(cr)).sub(xy.mul(ci)).intoArray(out, outRe + ky * TILE + c);
                a.mul(ai).add(b.mul(ci)).add(xy.mul(cr)).intoArray(out, outIm + ky * TILE + c);
            }
        }
    }
}
