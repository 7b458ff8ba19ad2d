package io.spinsim.physics.fft;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Complex fp32 FFTs of a block of {@link #TILE} lines of power-of-two length at once, the lines interleaved
 * ([length][TILE], element t of line c at t TILE + c), so that every butterfly works on whole SIMD vectors of
 * neighbouring lines (jdk.incubator.vector; load this class only where {@link SimdSupport#available()}).
 * Stockham autosort radix-4 stages with one radix-2 stage when log2 of the length is odd, as the device kernel
 * (kernel/DemagFftKernel64.java); X(k) = sum_t x(t) e^{-2 pi i sign k t / L}, unnormalized.
 * The line count is the compile-time {@link #TILE}, so that C2 unrolls the loop over a butterfly's lanes: measured on
 * an AVX-512 Xeon core (2026-12-07) 1.13 ns per line point at 1024 points and 1.35 at 2048, against 1.8 and 2.12
 * when the width was an instance field (2026-12-03: 8.2-9.7 ns for the same loops in scalar Java, which C2 did not
 * vectorize; 2026-12-04, AMD EPYC (Zen 4): blocks 16 bytes off a cache line cost 1.5x, hence the aligned
 * {@link Scratch}). A radix-8 stage was tried and dropped: C2 compiled its 60 live vectors well in some JVM runs and
 * two to three times slower in others.
 */
public final class LineBlockFft {

    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** Lines of a block in the film convolution, and the side of its transposed tiles: 16, a multiple of the lanes. */
    public static final int TILE = 16;
    /** j TILE for j < TILE: the gather offsets down one column of a TILE-wide block. */
    private static final int[] STRIDE = IntStream.range(0, TILE).map(j -> j * TILE).toArray();

    /**
     * Four line blocks of {@code len} floats, the ping-pong pairs of a transform, as aligned slices of one array
     * ({@link AlignedFloats}): block i at {@link #at}(i); a transform and the copies around it use one scratch from
     * start to end. One per running task: {@link Workspaces} hands them out.
     */
    public static final class Scratch {
        public final float[] a;
        private final int len;

        public Scratch(int len) {
            this.len = AlignedFloats.roundToLine(len);
            a = AlignedFloats.allocate(4 * this.len + TILE * TILE);
        }

        /** Offset in {@link #a} of a TILE x TILE tile after the four blocks, for {@link #rowsIn}. */
        int tileAt() {
            return AlignedFloats.OFFSET + 4 * len;
        }

        /** Offset of block i (0 .. 3) in {@link #a}. */
        public int at(int i) {
            return AlignedFloats.OFFSET + i * len;
        }
    }

    private final int length;
    private final float[] twr;
    private final float[] twi;

    /** Transforms of blocks of {@link #TILE} lines of this length. */
    public LineBlockFft(int length) {
        if (Integer.bitCount(length) != 1 || length < 2) {
            throw new IllegalArgumentException("length must be a power of two >= 2, got " + length);
        }
        this.length = length;
        twr = new float[length];
        twi = new float[length];
        for (int t = 0; t < length; t++) {
            twr[t] = (float) Math.cos(-2 * Math.PI * t / length);
            twi[t] = (float) Math.sin(-2 * Math.PI * t / length);
        }
    }

    /** SIMD lanes of fp32 on this machine (16 with AVX-512, 8 with AVX2). */
    public static int lanes() {
        return SPECIES.length();
    }

    /**
     * Transforms the block held in scratch blocks {@code from} (re) and {@code from + 1} (im), {@code from} 0 or 2,
     * using the other pair as the ping-pong pair; sign +1 forward, -1 inverse.
     *
     * @return 0 when the result is in blocks (0, 1), 2 when in blocks (2, 3)
     */
    public int transform(Scratch buf, int from, int sign) {
        float sg = sign;
        float[] a = buf.a;
        int in = from;
        int ns = 1;
        int log = Integer.numberOfTrailingZeros(length);
        for (int s = 0; s < log / 2; s++) {
            radix4(a, buf.at(in), buf.at(in + 1), buf.at(2 - in), buf.at(3 - in), ns, sg);
            in = 2 - in;
            ns <<= 2;
        }
        if (log % 2 == 1) {
            radix2(a, buf.at(in), buf.at(in + 1), buf.at(2 - in), buf.at(3 - in), ns, sg);
            in = 2 - in;
        }
        return in;
    }

    private void radix4(float[] a, int sr, int si, int dr, int di, int ns, float sg) {
        int qn = length >> 2;
        int st = qn * TILE;
        int os = ns * TILE;
        int v = SPECIES.length();
        for (int j = 0; j < qn; j++) {
            int k = j & (ns - 1);
            int t1 = k * (length / (ns << 2));
            float w1r = twr[t1];
            float w1i = sg * twi[t1];
            float w2r = twr[2 * t1];
            float w2i = sg * twi[2 * t1];
            float w3r = twr[3 * t1];
            float w3i = sg * twi[3 * t1];
            int i0 = j * TILE;
            int o0 = (((j - k) << 2) + k) * TILE;
            for (int c = 0; c < TILE; c += v) {
                FloatVector x0r = FloatVector.fromArray(SPECIES, a, sr + i0 + c);
                FloatVector x0i = FloatVector.fromArray(SPECIES, a, si + i0 + c);
                FloatVector y1r = FloatVector.fromArray(SPECIES, a, sr + i0 + st + c);
                FloatVector y1i = FloatVector.fromArray(SPECIES, a, si + i0 + st + c);
                FloatVector y2r = FloatVector.fromArray(SPECIES, a, sr + i0 + 2 * st + c);
                FloatVector y2i = FloatVector.fromArray(SPECIES, a, si + i0 + 2 * st + c);
                FloatVector y3r = FloatVector.fromArray(SPECIES, a, sr + i0 + 3 * st + c);
                FloatVector y3i = FloatVector.fromArray(SPECIES, a, si + i0 + 3 * st + c);
                FloatVector x1r = y1r.mul(w1r).sub(y1i.mul(w1i));
                FloatVector x1i = y1r.mul(w1i).add(y1i.mul(w1r));
                FloatVector x2r = y2r.mul(w2r).sub(y2i.mul(w2i));
                FloatVector x2i = y2r.mul(w2i).add(y2i.mul(w2r));
                FloatVector x3r = y3r.mul(w3r).sub(y3i.mul(w3i));
                FloatVector x3i = y3r.mul(w3i).add(y3i.mul(w3r));
                FloatVector s02r = x0r.add(x2r);
                FloatVector s02i = x0i.add(x2i);
                FloatVector d02r = x0r.sub(x2r);
                FloatVector d02i = x0i.sub(x2i);
                FloatVector s13r = x1r.add(x3r);
                FloatVector s13i = x1i.add(x3i);
                FloatVector e13r = x1i.sub(x3i).mul(sg); // sg Im(x1 - x3)
                FloatVector e13i = x1r.sub(x3r).mul(sg); // sg Re(x1 - x3)
                s02r.add(s13r).intoArray(a, dr + o0 + c);
                s02i.add(s13i).intoArray(a, di + o0 + c);
                d02r.add(e13r).intoArray(a, dr + o0 + os + c);
                d02i.sub(e13i).intoArray(a, di + o0 + os + c);
                s02r.sub(s13r).intoArray(a, dr + o0 + 2 * os + c);
                s02i.sub(s13i).intoArray(a, di + o0 + 2 * os + c);
                d02r.sub(e13r).intoArray(a, dr + o0 + 3 * os + c);
                d02i.add(e13i).intoArray(a, di + o0 + 3 * os + c);
            }
        }
    }

    private void radix2(float[] a, int sr, int si, int dr, int di, int ns, float sg) {
        int qn = length >> 1;
        int st = qn * TILE;
        int os = ns * TILE;
        int v = SPECIES.length();
        for (int j = 0; j < qn; j++) {
            int k = j & (ns - 1);
            int t1 = k * (length / (ns << 1));
            float w1r = twr[t1];
            float w1i = sg * twi[t1];
            int i0 = j * TILE;
            int o0 = (((j - k) << 1) + k) * TILE;
            for (int c = 0; c < TILE; c += v) {
                FloatVector x0r = FloatVector.fromArray(SPECIES, a, sr + i0 + c);
                FloatVector x0i = FloatVector.fromArray(SPECIES, a, si + i0 + c);
                FloatVector yr = FloatVector.fromArray(SPECIES, a, sr + i0 + st + c);
                FloatVector yi = FloatVector.fromArray(SPECIES, a, si + i0 + st + c);
                FloatVector x1r = yr.mul(w1r).sub(yi.mul(w1i));
                FloatVector x1i = yr.mul(w1i).add(yi.mul(w1r));
                x0r.add(x1r).intoArray(a, dr + o0 + c);
                x0i.add(x1i).intoArray(a, di + o0 + c);
                x0r.sub(x1r).intoArray(a, dr + o0 + os + c);
                x0i.sub(x1i).intoArray(a, di + o0 + os + c);
            }
        }
    }

    /**
     * Ms m of rows q < TILE (the field rows at offsets q pitch from mOff, Ms's from msOff) for columns x < whole (a
     * multiple of TILE) into the line block at dst of s, as [x][TILE]: each 16 x 16 tile read row by row into the
     * scratch's tile and transposed out of it with SIMD gathers, so that the field is read along its rows (a gather
     * straight across 16 rows of a 4 KiB row pitch would keep them all in one cache set).
     */
    public static void rowsIn(float[] ms, int msOff, float[] m, int mOff, int pitch, int whole, Scratch s, int dst) {
        int v = SPECIES.length();
        float[] a = s.a;
        int tile = s.tileAt();
        for (int x0 = 0; x0 < whole; x0 += TILE) {
            for (int q = 0; q < TILE; q++) {
                int row = q * pitch + x0;
                for (int c = 0; c < TILE; c += v) {
                    FloatVector.fromArray(SPECIES, ms, msOff + row + c)
                            .mul(FloatVector.fromArray(SPECIES, m, mOff + row + c))
                            .intoArray(a, tile + q * TILE + c);
                }
            }
            for (int c = 0; c < TILE; c++) {
                for (int q = 0; q < TILE; q += v) {
                    FloatVector.fromArray(SPECIES, a, tile + c, STRIDE, q).intoArray(a, dst + (x0 + c) * TILE + q);
                }
            }
        }
    }

    /**
     * The line block [blocks TILE][TILE] at src of a (column kx = cb TILE + c, row q) into column blocks of a row-pass
     * layout: element (c, q) of column block cb at dst[dstOff + cb blockStride + q TILE + c], tile by tile with SIMD
     * gathers.
     */
    public static void tilesOut(float[] a, int src, float[] dst, int dstOff, int blockStride, int blocks) {
        int v = SPECIES.length();
        for (int cb = 0; cb < blocks; cb++) {
            int from = src + cb * TILE * TILE;
            int to = dstOff + cb * blockStride;
            for (int q = 0; q < TILE; q++) {
                for (int c = 0; c < TILE; c += v) {
                    FloatVector.fromArray(SPECIES, a, from + q, STRIDE, c).intoArray(dst, to + q * TILE + c);
                }
            }
        }
    }

    /** The inverse of {@link #tilesOut}: column blocks of a row-pass layout into the line block at dst of a. */
    public static void tilesIn(float[] src, int srcOff, int blockStride, int blocks, float[] a, int dst) {
        int v = SPECIES.length();
        for (int cb = 0; cb < blocks; cb++) {
            int from = srcOff + cb * blockStride;
            int to = dst + cb * TILE * TILE;
            for (int c = 0; c < TILE; c++) {
                for (int q = 0; q < TILE; q += v) {
                    FloatVector.fromArray(SPECIES, src, from + c, STRIDE, q).intoArray(a, to + c * TILE + q);
                }
            }
        }
    }

    /**
     * b[bOff + q pitch + x] = scale a[src + x TILE + q] for q < count and x < whole (a multiple of the lane count):
     * the lines of a block out into the field rows, one SIMD gather along x per vector.
     */
    public static void rowsOut(float[] a, int src, float scale, float[] b, int bOff, int pitch, int count,
                               int whole) {
        int v = SPECIES.length();
        for (int q = 0; q < count; q++) {
            int row = bOff + q * pitch;
            for (int x = 0; x < whole; x += v) {
                FloatVector.fromArray(SPECIES, a, src + x * TILE + q, STRIDE, 0).mul(scale).intoArray(b, row + x);
            }
        }
    }

    /**
     * Splits the x transform C of a block holding two real row blocks, c = z1 + i z2 ([length][TILE] at (cr, ci)
     * of a), into their spectra for columns kx < cols, Z1(k) = (C(k) + conj C(-k)) / 2 and
     * Z2(k) = (C(k) - conj C(-k)) / (2 i), as [padCols][TILE] blocks at (z1r, z1i) and (z2r, z2i) of a, with columns
     * cols .. padCols 0.
     */
    public static void splitRealPair(float[] a, int cr, int ci, int cols, int padCols, int length, int z1r, int z1i,
                                     int z2r, int z2i) {
        int v = SPECIES.length();
        for (int kx = 0; kx < cols; kx++) {
            int e = kx * TILE;
            int me = ((length - kx) & (length - 1)) * TILE;
            for (int c = 0; c < TILE; c += v) {
                FloatVector ar = FloatVector.fromArray(SPECIES, a, cr + e + c);
                FloatVector ai = FloatVector.fromArray(SPECIES, a, ci + e + c);
                FloatVector br = FloatVector.fromArray(SPECIES, a, cr + me + c);
                FloatVector bi = FloatVector.fromArray(SPECIES, a, ci + me + c);
                ar.add(br).mul(0.5f).intoArray(a, z1r + e + c);
                ai.sub(bi).mul(0.5f).intoArray(a, z1i + e + c);
                ai.add(bi).mul(0.5f).intoArray(a, z2r + e + c);
                br.sub(ar).mul(0.5f).intoArray(a, z2i + e + c);
            }
        }
        Arrays.fill(a, z1r + cols * TILE, z1r + padCols * TILE, 0f);
        Arrays.fill(a, z1i + cols * TILE, z1i + padCols * TILE, 0f);
        Arrays.fill(a, z2r + cols * TILE, z2r + padCols * TILE, 0f);
        Arrays.fill(a, z2i + cols * TILE, z2i + padCols * TILE, 0f);
    }

    /**
     * The inverse of {@link #splitRealPair} from a row-pass layout: Z1 + i Z2 over all columns kx < length into blocks
     * (outRe, outIm) of a, Z1's row q of column kx <= length/2 at (zr, zi)[off + cb blockStride + q TILE + c]
     * (kx = cb TILE + c), Z2's TILE rows further, columns kx > length/2 from the Hermitian mirrors
     * Z(kx) = conj Z(length - kx); Z2 = 0 without {@code second}. Its inverse transform has z1 in the real part and z2
     * in the imaginary part.
     */
    public static void combineRealPair(float[] zr, float[] zi, int off, boolean second, int blockStride, int length,
                                       float[] a, int outRe, int outIm) {
        int v = SPECIES.length();
        int z2 = TILE * TILE;
        for (int kx = 0; kx < length; kx++) {
            boolean direct = kx <= length / 2;
            int col = direct ? kx : length - kx;
            float sign = direct ? 1f : -1f;
            int from = off + col / TILE * blockStride + col % TILE;
            int e = kx * TILE;
            for (int q = 0; q < TILE; q += v) {
                FloatVector ar = FloatVector.fromArray(SPECIES, zr, from, STRIDE, q);
                FloatVector ai = FloatVector.fromArray(SPECIES, zi, from, STRIDE, q).mul(sign);
                if (second) {
                    FloatVector br = FloatVector.fromArray(SPECIES, zr, from + z2, STRIDE, q);
                    FloatVector bi = FloatVector.fromArray(SPECIES, zi, from + z2, STRIDE, q).mul(sign);
                    ar.sub(bi).intoArray(a, outRe + e + q);
                    ai.add(br).intoArray(a, outIm + e + q);
                } else {
                    ar.intoArray(a, outRe + e + q);
                    ai.intoArray(a, outIm + e + q);
                }
            }
        }
    }

    /**
     * Multiplies line t of blocks (re, im) of a, [length][TILE], by the real k[kOff + t' TILE + c] with
     * t' = min(t, length - t): a spectrum even in its line index stored for t <= length/2 only.
     */
    public static void multiplyRows(float[] a, int re, int im, int length, float[] k, int kOff) {
        int v = SPECIES.length();
        for (int t = 0; t < length; t++) {
            int row = kOff + Math.min(t, length - t) * TILE;
            for (int c = 0; c < TILE; c += v) {
                FloatVector kv = FloatVector.fromArray(SPECIES, k, row + c);
                FloatVector.fromArray(SPECIES, a, re + t * TILE + c).mul(kv).intoArray(a, re + t * TILE + c);
                FloatVector.fromArray(SPECIES, a, im + t * TILE + c).mul(kv).intoArray(a, im + t * TILE + c);
            }
        }
    }
}
