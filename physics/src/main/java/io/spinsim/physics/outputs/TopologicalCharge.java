package io.spinsim.physics.outputs;

import io.spinsim.physics.geometry.Grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Topological charge Q of each layer (seed 000 eq.1), in two discretizations:
 * <ul>
 *   <li>continuum: Q = (1/4pi) sum_cells m . (d_x m x d_y m) dx dy with central differences (one-sided next to a
 *       free edge); close to an integer only for textures much wider than a cell;</li>
 *   <li>lattice (Berg and Luscher, Nucl. Phys. B 190, 412 (1981)): each square of four neighbouring magnetic cells
 *       is split into two triangles whose signed solid angles
 *       Omega = 2 atan2(m1 . (m2 x m3), 1 + m1.m2 + m2.m3 + m3.m1) are summed, Q = sum Omega / 4pi; an exact integer
 *       for any texture whose boundary is uniform.</li>
 * </ul>
 */
public final class TopologicalCharge implements Quantity {

    private final int layers;

    public TopologicalCharge(int layers) {
        this.layers = layers;
    }

    @Override
    public List<String> columns() {
        List<String> names = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            String suffix = layers == 1 ? "" : "_layer" + l;
            names.add("Q" + suffix);
            names.add("Q_lattice" + suffix);
        }
        return names;
    }

    @Override
    public double[] values(Snapshot s) {
        double[] v = new double[2 * layers];
        for (int l = 0; l < layers; l++) {
            v[2 * l] = continuum(s, l);
            v[2 * l + 1] = lattice(s, l);
        }
        return v;
    }

    /** Continuum Q of plane layer. */
    public static double continuum(Snapshot s, int layer) {
        Grid g = s.grid();
        double sum = 0;
        for (int iy = 0; iy < g.ny(); iy++) {
            for (int ix = 0; ix < g.nx(); ix++) {
                int i = g.index(ix, iy, layer);
                if (s.magnetic(i)) {
                    sum += density(s, ix, iy, layer);
                }
            }
        }
        return sum / (4 * Math.PI);
    }

    /** m . (d_x m x d_y m) dx dy at a magnetic cell (the derivatives times the cell sides). */
    static double density(Snapshot s, int ix, int iy, int layer) {
        double[] m = vector(s, s.grid().index(ix, iy, layer));
        double[] dx = difference(s, ix, iy, layer, 1, 0);
        double[] dy = difference(s, ix, iy, layer, 0, 1);
        return m[0] * (dx[1] * dy[2] - dx[2] * dy[1]) + m[1] * (dx[2] * dy[0] - dx[0] * dy[2])
                + m[2] * (dx[0] * dy[1] - dx[1] * dy[0]);
    }

    /** Derivative along (sx, sy) times the cell side: central, or one-sided at free edges, 0 if isolated. */
    private static double[] difference(Snapshot s, int ix, int iy, int layer, int sx, int sy) {
        int[] plus = neighbour(s, ix + sx, iy + sy, layer);
        int[] minus = neighbour(s, ix - sx, iy - sy, layer);
        double[] d = new double[3];
        if (plus == null && minus == null) {
            return d;
        }
        double[] a = plus == null ? vector(s, s.grid().index(ix, iy, layer)) : vector(s, plus[0]);
        double[] b = minus == null ? vector(s, s.grid().index(ix, iy, layer)) : vector(s, minus[0]);
        double span = plus != null && minus != null ? 2 : 1;
        for (int c = 0; c < 3; c++) {
            d[c] = (a[c] - b[c]) / span;
        }
        return d;
    }

    private static int[] neighbour(Snapshot s, int ix, int iy, int layer) {
        Grid g = s.grid();
        int x = wrap(ix, g.nx(), g.pbcX());
        int y = wrap(iy, g.ny(), g.pbcY());
        if (x < 0 || y < 0 || !s.magnetic(g.index(x, y, layer))) {
            return null;
        }
        return new int[]{g.index(x, y, layer)};
    }

    /** The index inside [0, n) across a periodic boundary, -1 outside an open one. */
    static int wrap(int i, int n, boolean periodic) {
        if (i >= 0 && i < n) {
            return i;
        }
        return periodic ? Math.floorMod(i, n) : -1;
    }

    /** Berg-Luscher Q of plane layer (squares across periodic boundaries included). */
    public static double lattice(Snapshot s, int layer) {
        Grid g = s.grid();
        double sum = 0;
        for (int iy = 0; iy < g.ny(); iy++) {
            for (int ix = 0; ix < g.nx(); ix++) {
                sum += plaquette(s, ix, iy, layer);
            }
        }
        return sum / (4 * Math.PI);
    }

    /**
     * Solid angle of the square with lower-left cell (ix, iy); 0 unless all four cells exist (inside the grid or
     * across a periodic boundary) and are magnetic.
     */
    static double plaquette(Snapshot s, int ix, int iy, int layer) {
        Grid g = s.grid();
        int x1 = wrap(ix + 1, g.nx(), g.pbcX());
        int y1 = wrap(iy + 1, g.ny(), g.pbcY());
        if (x1 < 0 || y1 < 0) {
            return 0;
        }
        int a = g.index(ix, iy, layer);
        int b = g.index(x1, iy, layer);
        int c = g.index(x1, y1, layer);
        int d = g.index(ix, y1, layer);
        if (!s.magnetic(a) || !s.magnetic(b) || !s.magnetic(c) || !s.magnetic(d)) {
            return 0;
        }
        double[] ma = vector(s, a);
        double[] mc = vector(s, c);
        return solidAngle(ma, vector(s, b), mc) + solidAngle(ma, mc, vector(s, d));
    }

    static double solidAngle(double[] m1, double[] m2, double[] m3) {
        double triple = m1[0] * (m2[1] * m3[2] - m2[2] * m3[1]) + m1[1] * (m2[2] * m3[0] - m2[0] * m3[2])
                + m1[2] * (m2[0] * m3[1] - m2[1] * m3[0]);
        double denominator = 1 + dot(m1, m2) + dot(m2, m3) + dot(m3, m1);
        return 2 * Math.atan2(triple, denominator);
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] vector(Snapshot s, int cell) {
        return new double[]{s.component(0, cell), s.component(1, cell), s.component(2, cell)};
    }
}
