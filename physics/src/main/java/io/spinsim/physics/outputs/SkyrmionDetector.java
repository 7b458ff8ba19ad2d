package io.spinsim.physics.outputs;

import io.spinsim.physics.geometry.Grid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds skyrmions (and other reversed domains) in one layer: the background sign s is that of the layer's mean m_z;
 * a skyrmion is a 4-connected cluster of cells with s m_z < 0 (its core, bounded by the m_z = 0 contour). For each:
 * centre = centroid of the core weighted by (1 - s m_z)/2, radius = sqrt(core area / pi), and its own Berg-Luscher
 * charge summed over the squares that touch the core grown by the wall (cells with s m_z < {@value #WALL_EDGE}).
 */
public final class SkyrmionDetector {

    /** Cells with s m_z below this belong to the skyrmion's wall when its charge is summed. */
    static final double WALL_EDGE = 0.9;

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
        List<Skyrmion> found = new ArrayList<>();
        for (int iy = 0; iy < g.ny(); iy++) {
            for (int ix = 0; ix < g.nx(); ix++) {
                int p = ix + g.nx() * iy;
                if (label[p] == 0 && reversed(s, layer, ix, iy, background, 0)) {
                    found.add(cluster(s, layer, ix, iy, background, label, found.size() + 1));
                }
            }
        }
        return found;
    }

    private static Skyrmion cluster(Snapshot s, int layer, int x0, int y0, double background, int[] label, int id) {
        Grid g = s.grid();
        List<int[]> core = flood(s, layer, x0, y0, background, 0, label, id);
        double weight = 0;
        double cx = 0;
        double cy = 0;
        for (int[] c : core) {
            double w = (1 - background * s.component(2, g.index(c[0], c[1], layer))) / 2;
            weight += w;
            cx += w * g.x(c[0]);
            cy += w * g.y(c[1]);
        }
        int[] wallLabel = new int[g.cellsPerLayer()];
        List<int[]> extended = flood(s, layer, x0, y0, background, WALL_EDGE, wallLabel, 1);
        boolean[] counted = new boolean[g.cellsPerLayer()];
        double q = 0;
        for (int[] c : extended) {
            for (int sx = -1; sx <= 0; sx++) {
                for (int sy = -1; sy <= 0; sy++) {
                    int px = c[0] + sx;
                    int py = c[1] + sy;
                    if (px >= 0 && py >= 0 && !counted[px + g.nx() * py]) {
                        counted[px + g.nx() * py] = true;
                        q += TopologicalCharge.plaquette(s, px, py, layer);
                    }
                }
            }
        }
        double area = core.size() * g.dx() * g.dy();
        return new Skyrmion(layer, cx / weight, cy / weight, Math.sqrt(area / Math.PI), q / (4 * Math.PI),
                core.size());
    }

    /** Cells 4-connected to (x0, y0) with s m_z < threshold; marks them in label. */
    private static List<int[]> flood(Snapshot s, int layer, int x0, int y0, double background, double threshold,
                                     int[] label, int id) {
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
                        && reversed(s, layer, x, y, background, threshold)) {
                    label[x + g.nx() * y] = id;
                    queue.add(new int[]{x, y});
                }
            }
        }
        return cells;
    }

    private static boolean reversed(Snapshot s, int layer, int ix, int iy, double background, double threshold) {
        int i = s.grid().index(ix, iy, layer);
        return s.magnetic(i) && background * s.component(2, i) < threshold;
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
