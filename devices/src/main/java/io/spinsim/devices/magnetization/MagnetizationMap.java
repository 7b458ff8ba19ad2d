package io.spinsim.devices.magnetization;

import io.spinsim.physics.geometry.Grid;
import io.spinsim.physics.outputs.Snapshot;

import java.util.Arrays;

/**
 * Normalized magnetization of one layer on an nx x ny grid of dx x dy cells, x fastest (index = y * nx + x). What
 * the resistance models read; an LLG state or a synthetic skyrmion map.
 */
public record MagnetizationMap(int nx, int ny, double dxM, double dyM, double[] mx, double[] my, double[] mz) {

    public MagnetizationMap {
        int n = nx * ny;
        if (nx < 1 || ny < 1 || mx.length != n || my.length != n || mz.length != n) {
            throw new IllegalArgumentException("component arrays must hold nx * ny = " + n + " cells");
        }
    }

    /** Uniform map along (x, y, z), which must be a unit vector. */
    public static MagnetizationMap uniform(int nx, int ny, double dxM, double dyM, double x, double y, double z) {
        int n = nx * ny;
        double[] mx = new double[n];
        double[] my = new double[n];
        double[] mz = new double[n];
        Arrays.fill(mx, x);
        Arrays.fill(my, y);
        Arrays.fill(mz, z);
        return new MagnetizationMap(nx, ny, dxM, dyM, mx, my, mz);
    }

    /** The cells of a region of one plane of a micromagnetic snapshot, as a map of the region's size. */
    public static MagnetizationMap ofLayer(Snapshot s, int layer, CellRegion region) {
        Grid g = s.grid();
        int nx = region.x1() - region.x0();
        int ny = region.y1() - region.y0();
        double[][] m = new double[3][nx * ny];
        for (int y = 0; y < ny; y++) {
            for (int x = 0; x < nx; x++) {
                int cell = g.index(region.x0() + x, region.y0() + y, layer);
                for (int c = 0; c < 3; c++) {
                    m[c][y * nx + x] = s.component(c, cell);
                }
            }
        }
        return new MagnetizationMap(nx, ny, g.dx(), g.dy(), m[0], m[1], m[2]);
    }

    /** This map as a one-layer snapshot at time t, every cell magnetic. */
    public Snapshot toSnapshot(double tS, double thicknessM) {
        int n = nx * ny;
        double[] m = new double[3 * n];
        System.arraycopy(mx, 0, m, 0, n);
        System.arraycopy(my, 0, m, n, n);
        System.arraycopy(mz, 0, m, 2 * n, n);
        int[] regions = new int[n];
        Arrays.fill(regions, 1);
        return new Snapshot(tS, new Grid(nx, ny, 1, dxM, dyM, thicknessM), m, null, regions);
    }

    public int index(int x, int y) {
        return y * nx + x;
    }

    public double cellAreaM2() {
        return dxM * dyM;
    }

    /** The whole map as a region. */
    public CellRegion all() {
        return new CellRegion(0, 0, nx, ny);
    }

    /** Cosine of the angle between cell i and a unit reference direction. */
    public double cosTo(int i, double rx, double ry, double rz) {
        return mx[i] * rx + my[i] * ry + mz[i] * rz;
    }

    /** Mean of m . ref over a region. */
    public double meanCosTo(CellRegion region, double rx, double ry, double rz) {
        double sum = 0;
        for (int y = region.y0(); y < region.y1(); y++) {
            for (int x = region.x0(); x < region.x1(); x++) {
                sum += cosTo(index(x, y), rx, ry, rz);
            }
        }
        return sum / region.cells();
    }
}
