package io.spinsim.physics.outputs;

import io.spinsim.physics.geometry.Grid;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Detection on synthetic Neel profiles theta(r) = 2 atan(exp(-(r - R)/w)) whose m_z = 0 contour is r = R exactly. */
class SkyrmionDetectorTest {

    private static void write(double[] m, Grid g, double cx, double cy, double radius, double w) {
        int n = g.cells();
        for (int iy = 0; iy < g.ny(); iy++) {
            for (int ix = 0; ix < g.nx(); ix++) {
                double dx = g.x(ix) - cx;
                double dy = g.y(iy) - cy;
                double r = Math.hypot(dx, dy);
                if (r < radius + 8 * w) {
                    double theta = 2 * Math.atan(Math.exp(-(r - radius) / w));
                    int i = g.index(ix, iy, 0);
                    m[i] = r > 0 ? Math.sin(theta) * dx / r : 0;
                    m[n + i] = r > 0 ? Math.sin(theta) * dy / r : 0;
                    m[2 * n + i] = Math.cos(theta);
                }
            }
        }
    }

    /**
     * Two skyrmions of radii 8 and 12 nm on 0.5 nm cells: centres within 0.1 nm, radii (equivalent disk of the core
     * cells) within half a cell, and each carries its own charge -1 (squares assigned to the nearer centre; the
     * profiles overlap only in their exponential tails).
     */
    @Test
    void findsCentresRadiiAndChargeOfEachSkyrmion() {
        Grid g = new Grid(200, 120, 1, 0.5e-9, 0.5e-9, 1e-9);
        int n = g.cells();
        double[] m = new double[3 * n];
        Arrays.fill(m, 2 * n, 3 * n, 1);
        write(m, g, 30e-9, 30e-9, 8e-9, 1.5e-9);
        write(m, g, 70e-9, 28e-9, 12e-9, 1.5e-9);
        List<SkyrmionDetector.Skyrmion> found = SkyrmionDetector.detect(new Snapshot(0, g, m, null, filled(n)), 0);
        assertThat(found).hasSize(2);
        SkyrmionDetector.Skyrmion small = found.stream().filter(s -> s.x_m() < 50e-9).findFirst().orElseThrow();
        SkyrmionDetector.Skyrmion large = found.stream().filter(s -> s.x_m() > 50e-9).findFirst().orElseThrow();
        assertThat(small.x_m()).isCloseTo(30e-9, within(0.1e-9));
        assertThat(small.y_m()).isCloseTo(30e-9, within(0.1e-9));
        assertThat(small.radius_m()).isCloseTo(8e-9, within(0.25e-9));
        assertThat(large.radius_m()).isCloseTo(12e-9, within(0.25e-9));
        assertThat(small.q()).isCloseTo(-1, within(0.01));
        assertThat(large.q()).isCloseTo(-1, within(0.01));
    }

    private static int[] filled(int n) {
        int[] regions = new int[n];
        Arrays.fill(regions, 1);
        return regions;
    }
}
