package io.spinsim.physics.fft;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The line-block FFT against the O(L^2) DFT in double precision, X(k) = sum_t x(t) e^{-2 pi i sign k t / L}, for
 * every stage mix (radix-4 stages only, and with the radix-2 stage of an odd log2 L), both signs, input in either
 * ping-pong pair, on random complex lines. Tolerance 2e-6 of the largest |X|: fp32 epsilon 6e-8 times the ~log2 L
 * stages times the sqrt(L) growth of the rounding sum, with room; an index or twiddle error is of order 1.
 */
class LineBlockFftTest {

    @BeforeEach
    void simd() {
        Assumptions.assumeTrue(SimdSupport.available(), "run with --add-modules jdk.incubator.vector");
    }

    @ParameterizedTest
    @CsvSource({"2, 1, 0", "4, 1, 2", "8, -1, 0", "32, 1, 0", "64, -1, 2", "512, 1, 2", "1024, -1, 0", "2048, 1, 0"})
    void matchesTheDirectDft(int length, int sign, int from) {
        int width = LineBlockFft.TILE;
        LineBlockFft fft = new LineBlockFft(length);
        LineBlockFft.Scratch s = new LineBlockFft.Scratch(length * width);
        Random random = new Random(length * 31L + sign + from);
        double[][] re = new double[width][length];
        double[][] im = new double[width][length];
        for (int c = 0; c < width; c++) {
            for (int t = 0; t < length; t++) {
                re[c][t] = random.nextDouble() - 0.5;
                im[c][t] = random.nextDouble() - 0.5;
                s.a[s.at(from) + t * width + c] = (float) re[c][t];
                s.a[s.at(from + 1) + t * width + c] = (float) im[c][t];
            }
        }
        int o = fft.transform(s, from, sign);
        assertThat(o).isIn(0, 2);
        double largest = 0;
        double worst = 0;
        for (int c = 0; c < width; c++) {
            for (int k = 0; k < length; k++) {
                double xr = 0;
                double xi = 0;
                for (int t = 0; t < length; t++) {
                    double phase = -2 * Math.PI * sign * ((long) k * t % length) / length;
                    xr += re[c][t] * Math.cos(phase) - im[c][t] * Math.sin(phase);
                    xi += re[c][t] * Math.sin(phase) + im[c][t] * Math.cos(phase);
                }
                largest = Math.max(largest, Math.hypot(xr, xi));
                worst = Math.max(worst, Math.hypot(xr - s.a[s.at(o) + k * width + c],
                        xi - s.a[s.at(o + 1) + k * width + c]));
            }
        }
        assertThat(worst).as("largest deviation from the direct DFT, of |X| up to %s", largest)
                .isLessThan(2e-6 * largest);
    }

    @Test
    void scratchBlocksAreWholeCacheLinesApart() {
        LineBlockFft.Scratch small = new LineBlockFft.Scratch(16);
        LineBlockFft.Scratch large = new LineBlockFft.Scratch(1000);
        assertThat(large.at(1) - large.at(0)).isGreaterThanOrEqualTo(1000);
        for (int i = 0; i < 4; i++) {
            assertThat((large.at(i) - AlignedFloats.OFFSET) % 16).isZero();
        }
        assertThat(large.a.length).isGreaterThanOrEqualTo(large.at(3) + 1000);
        assertThat(large.tileAt()).as("the transpose tile after the four blocks, on a line")
                .isGreaterThanOrEqualTo(large.at(3) + 1000);
        assertThat((large.tileAt() - AlignedFloats.OFFSET) % 16).isZero();
        assertThat(large.a.length).isGreaterThanOrEqualTo(large.tileAt() + LineBlockFft.TILE * LineBlockFft.TILE);
        assertThat(small.a.length).isGreaterThanOrEqualTo(small.at(3) + 16);
    }

    /** The pom's second run of these tests asks for 8-lane vectors (-XX:UseAVX=2) and says so in this property. */
    @Test
    void runsWithTheLanesItWasStartedFor() {
        String most = System.getProperty("spinsim.test.maxLanes");
        Assumptions.assumeTrue(most != null, "only in the 8-lane run");
        assertThat(LineBlockFft.lanes()).isLessThanOrEqualTo(Integer.parseInt(most));
        assertThat(LineBlockFft.TILE % LineBlockFft.lanes()).isZero();
    }

    @Test
    void alignedArraysHoldTheirLengthFromTheOffset() {
        assertThat(AlignedFloats.OFFSET).isBetween(0, 15);
        assertThat(AlignedFloats.allocate(10).length).isGreaterThanOrEqualTo(AlignedFloats.OFFSET + 10);
        assertThat(AlignedFloats.allocate(100_000).length).isGreaterThanOrEqualTo(AlignedFloats.OFFSET + 100_000);
        assertThat(AlignedFloats.roundToLine(17)).isEqualTo(32);
        assertThat(AlignedFloats.roundToLine(32)).isEqualTo(32);
    }
}
