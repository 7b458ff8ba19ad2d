package io.spinsim.physics.outputs;

import io.spinsim.physics.geometry.Grid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds skyrmions (and other reversed domains) in one layer: the background sign s is that of the layer's mean m_z;
 * a skyrmion is a 4-connected cluster of cells with s m_z < 0 (its core, bounded by the m_z = 0 contour). For each:
 * centre = centroid of the core weighted by (1 - s m_z)/2, radius = sqrt(core area / pi), and its own charge: the
 * Berg-Luscher solid angles of the squares nearer to its centre than to any other skyrmion's and within
 * {@value #REACH} radii (at least {@value #MIN_REACH_CELLS} cells) of it, so that tails count and edge canting far
 * away does not.
 */
public final class SkyrmionDetector {

    static final double REACH = 3;
    static final int MIN_REACH_CELLS = 10;

    /**
     * @param layer    z plane
     * @param x_m      centre x
     * @param y_m      centre y
     * @param radius_m radius of the m_z = 0 contour (equivalent disk)
     * @param q        topological charge of the skyrmion (lattice form)
     * @param cells    core cells
     */
    public record Skyrmion(int layer, double x_m, double y_m, double radius_m, double q, int cells) {
    }

    private SkyrmionDetector() {
    }

    public static List<Skyrmion> detect(Snapshot s, int layer) {
        Grid g = s.grid();
        double sign = Math.signum(meanMz(s, layer));
        double background = sign == 0 ? 1 : sign;
        int[] label = new int[g.cellsPerLayer()];
        List<Skyrmion> cores = new ArrayList<>();
        for (int iy = 0; iy < g.ny(); iy++) {
            for (int ix = 0; ix < g.nx(); ix++) {
                if (label[ix + g.nx() * iy] == 0 && reversed(s, layer, ix, iy, background)) {
                    cores.add(core(s, layer, ix, iy, background, label, cores.size() + 1));
                }
            }
        }
        double[] q = charges(s, layer, cores);
        List<Skyrmion> found = new ArrayList<>();
        for (int k = 0; k < cores.size(); k++) {
            Skyrmion c = cores.get(k);
            found.add(new Skyrmion(layer, c.x_m(), c.y_m(), c.radius_m(), q[k], c.cells()));
        }
        return found;
    }

    private static Skyrmion core(Snapshot s, int layer, int x0, int y0, double background, int[] label, int id) {
        Grid g = s.grid();
        List<int[]> core = flood(s, layer, x0, y0, background, label, id);
        double weight = 0;
        double cx = 0;
        double cy = 0;
        for (int[] c : core) {
            double w = (1 - background * s.component(2, g.index(c[0], c[1], layer))) / 2;
            weight += w;
            cx += w * g.x(c[0]);
            cy += w * g.y(c[1]);
        }
        double area = core.size() * g.dx() * g.dy();
        return new Skyrmion(layer, cx / weight, cy / weight, Math.sqrt(area / Math.PI), 0, core.size());
    }

    /** Charge of each core: solid angles of the squares (centre at the shared corner) assigned to it. */
    private static double[] charges(Snapshot s, int layer, List<Skyrmion> cores) {
        Grid g = s.grid();
        double[] q = new double[cores.size()];
        if (cores.isEmpty()) {
            return q;
        }
        for (int iy = 0; iy < g.ny(); iy++) {
            for (int ix = 0; ix < g.nx(); ix++) {
                double x = g.x(ix) + g.dx() / 2;
                double y = g.y(iy) + g.dy() / 2;
                int nearest = -1;
                double best = Double.POSITIVE_INFINITY;
                for (int k = 0; k < cores.size(); k++) {
                    Skyrmion c = cores.get(k);
                    double d = Math.hypot(x - c.x_m(), y - c.y_m());
                    double reach = Math.max(REACH * c.radius_m(), MIN_REACH_CELLS * Math.max(g.dx(), g.dy()));
                    if (d < best && d <= reach) {
                        best = d;
                        nearest = k;
                    }
                }
                if (nearest >= 0) {
                    q[nearest] += TopologicalCharge.plaquette(s, ix, iy, layer) / (4 * Math.PI);
                }
            }
        }
        return q;
    }

    /** Cells 4-connected to (x0, y0) with s m_z < 0; marks them in label. */
    private static List<int[]> flood(Snapshot s, int layer, int x0, int y0, double background, int[] label, int id) {
        Grid g = s.grid();
        List<int[]> cells = new ArrayList<>();
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[]{x0, y0});
        label[x0 + g.nx() * y0] = id;
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!queue.isEmpty()) {
            int[] c = queue.poll();
            cells.add(c);
            for (int[] d : steps) {
                int x = c[0] + d[0];
                int y = c[1] + d[1];
                if (x >= 0 && y >= 0 && x < g.nx() && y < g.ny() && label[x + g.nx() * y] == 0
                        && reversed(s, layer, x, y, background)) {
                    label[x + g.nx() * y] = id;
                    queue.add(new int[]{x, y});
                }
            }
        }
        return cells;
    }

    private static boolean reversed(Snapshot s, int layer, int ix, int iy, double background) {
        int i = s.grid().index(ix, iy, layer);
        return s.magnetic(i) && background * s.component(2, i) < 0;
    }

    static double meanMz(Snapshot s, int layer) {
        Grid g = s.grid();
        double sum = 0;
        for (int p = 0; p < g.cellsPerLayer(); p++) {
            int i = p + layer * g.cellsPerLayer();
            if (s.magnetic(i)) {
                sum += s.component(2, i);
            }
        }
        return sum;
    }
}
