package io.spinsim.devices.magnetization;

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
        java.util.Arrays.fill(mx, x);
        java.util.Arrays.fill(my, y);
        java.util.Arrays.fill(mz, z);
        return new MagnetizationMap(nx, ny, dxM, dyM, mx, my, mz);
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
