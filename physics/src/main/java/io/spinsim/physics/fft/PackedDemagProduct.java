package io.spinsim.physics.fft;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The in-plane product of the packed film convolution (terms/FilmDemagFft.java, kernel/DemagFftKernel64.java) for a
 * block of spectrum rows with SIMD gathers: FFT(B_x + i B_y)(k) = kA A(k) + (kB + i kXy) conj A(-k), with
 * kA = (Kxx + Kyy)/2, kB = (Kxx - Kyy)/2, kXy = Kxy real (seed 000 eq.5 in Fourier space). Load only where
 * {@link SimdSupport#available()}.
 */
public final class PackedDemagProduct {

    private static final VectorSpecies<Float> SPECIES = LineBlockFft.SPECIES;
    /** Lane l <- lane (L - l) mod L: the rows -ky of a block's rows ky, with lane 0 taken from the next block. */
    private static final VectorShuffle<Float> MIRROR_LANES = VectorShuffle.fromOp(SPECIES,
            l -> (SPECIES.length() - l) & (SPECIES.length() - 1));
    private static final VectorMask<Float> LANE_0 = VectorMask.fromLong(SPECIES, 1L);

    private PackedDemagProduct() {
    }

    /**
     * The stored column of kx: the film's tensor spectra are even in kx and kXy is odd (Kxx, Kyy, Kzz even in x,
     * Kxy odd in x), so only kx <= px/2 is kept and kXy changes sign beyond it.
     */
    public static int column(int kx, int px) {
        return kx <= px / 2 ? kx : px - kx;
    }

    /** The sign of kXy at kx relative to its stored {@link #column}: -1 beyond px/2, where it is mirrored. */
    private static float xySign(int kx, int px) {
        return kx <= px / 2 ? 1f : -1f;
    }

    /**
     * @param re       A's spectrum, rows {@code pitch} apart (re, im)
     * @param rowBase  offset of the block's first row; its rows at rowBase + rows[q]
     * @param mirror   offsets of the rows -ky of the block's rows ky
     * @param kA       tensor spectra in block layout, columns kx <= px/2: element (kx, q) of this block at
     *                 kOff + kx width + q ({@link #column})
     * @param out      holds the block's product as [px][width] at outRe and outIm
     */
    public static void apply(float[] re, float[] im, int rowBase, int[] rows, int[] mirror, int px,
                             float[] kA, float[] kB, float[] kXy, int kOff, float[] out, int outRe, int outIm,
                             int width) {
        int v = SPECIES.length();
        for (int kx = 0; kx < px; kx++) {
            int mkx = (px - kx) & (px - 1);
            int kc = kOff + column(kx, px) * width;
            float odd = xySign(kx, px);
            for (int c = 0; c < width; c += v) {
                FloatVector ar = FloatVector.fromArray(SPECIES, re, rowBase + kx, rows, c);
                FloatVector ai = FloatVector.fromArray(SPECIES, im, rowBase + kx, rows, c);
                FloatVector cr = FloatVector.fromArray(SPECIES, re, mkx, mirror, c);
                FloatVector ci = FloatVector.fromArray(SPECIES, im, mkx, mirror, c).neg();
                int k = kc + c;
                FloatVector a = FloatVector.fromArray(SPECIES, kA, k);
                FloatVector b = FloatVector.fromArray(SPECIES, kB, k);
                FloatVector xy = FloatVector.fromArray(SPECIES, kXy, k).mul(odd);
                a.mul(ar).add(b.mul(cr)).sub(xy.mul(ci)).intoArray(out, outRe + kx * width + c);
                a.mul(ai).add(b.mul(ci)).add(xy.mul(cr)).intoArray(out, outIm + kx * width + c);
            }
        }
    }

    /**
     * The product for row block rb of A's x-transformed spectrum held in block layout (block b, column kx, row q of
     * the block at (b px + kx) width + q, {@code blocks} = py / width blocks), with width equal to the SIMD lane
     * count: row -ky of the block's row ky = rb width + q is lane width - q of block blocks - rb - 1 for q >= 1 and
     * lane 0 of block (blocks - rb) mod blocks for q = 0, so the mirror rows come from two contiguous vectors by a
     * lane permutation instead of gathers. re and im hold their block layout from index {@code off}; kA, kB, kXy
     * hold this block's columns kx <= px/2 from {@code kOff} ({@link #column}).
     */
    public static void applyBlocked(float[] re, float[] im, int off, int rb, int blocks, int px, float[] kA,
                                    float[] kB, float[] kXy, int kOff, float[] out, int outRe, int outIm,
                                    int width) {
        if (width != SPECIES.length()) {
            throw new IllegalArgumentException("block width " + width + " must equal the lane count " + SPECIES.length());
        }
        int base = off + rb * px * width;
        int b1 = off + (blocks - rb - 1) * px * width;
        int b0 = off + ((blocks - rb) % blocks) * px * width;
        for (int kx = 0; kx < px; kx++) {
            int mkx = ((px - kx) & (px - 1)) * width;
            int at = base + kx * width;
            FloatVector ar = FloatVector.fromArray(SPECIES, re, at);
            FloatVector ai = FloatVector.fromArray(SPECIES, im, at);
            FloatVector cr = FloatVector.fromArray(SPECIES, re, b1 + mkx).rearrange(MIRROR_LANES)
                    .blend(FloatVector.fromArray(SPECIES, re, b0 + mkx), LANE_0);
            FloatVector ci = FloatVector.fromArray(SPECIES, im, b1 + mkx).rearrange(MIRROR_LANES)
                    .blend(FloatVector.fromArray(SPECIES, im, b0 + mkx), LANE_0).neg();
            int k = kOff + column(kx, px) * width;
            FloatVector a = FloatVector.fromArray(SPECIES, kA, k);
            FloatVector b = FloatVector.fromArray(SPECIES, kB, k);
            FloatVector xy = FloatVector.fromArray(SPECIES, kXy, k).mul(xySign(kx, px));
            a.mul(ar).add(b.mul(cr)).sub(xy.mul(ci)).intoArray(out, outRe + kx * width);
            a.mul(ai).add(b.mul(ci)).add(xy.mul(cr)).intoArray(out, outIm + kx * width);
        }
    }
}
