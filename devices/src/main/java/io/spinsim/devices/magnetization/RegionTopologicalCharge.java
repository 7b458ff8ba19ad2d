package io.spinsim.devices.magnetization;

/**
 * Topological charge Q = (1/4 pi) int m . (dm/dx x dm/dy) dx dy (seed 000 eq.1) of a region, in the lattice form of
 * Berg and Luscher (Nucl. Phys. B 190, 412 (1981)): each plaquette is split into two triangles whose signed solid
 * angles Omega satisfy tan(Omega/2) = m1.(m2 x m3) / (1 + m1.m2 + m2.m3 + m3.m1). Integer for any smooth texture
 * that is uniform on the region's border.
 */
public final class RegionTopologicalCharge {

    private RegionTopologicalCharge() {
    }

    /** Q over the plaquettes whose four corners (cell centres) lie in the region. */
    public static double of(MagnetizationMap map, CellRegion region) {
        double sum = 0;
        for (int y = region.y0(); y < region.y1() - 1; y++) {
            for (int x = region.x0(); x < region.x1() - 1; x++) {
                int a = map.index(x, y);
                int b = map.index(x + 1, y);
                int c = map.index(x + 1, y + 1);
                int d = map.index(x, y + 1);
                sum += solidAngle(map, a, b, c) + solidAngle(map, a, c, d);
            }
        }
        return sum / (4 * Math.PI);
    }

    private static double solidAngle(MagnetizationMap m, int i, int j, int k) {
        double[] x = m.mx();
        double[] y = m.my();
        double[] z = m.mz();
        double triple = x[i] * (y[j] * z[k] - z[j] * y[k]) + y[i] * (z[j] * x[k] - x[j] * z[k])
                + z[i] * (x[j] * y[k] - y[j] * x[k]);
        double dots = 1 + (x[i] * x[j] + y[i] * y[j] + z[i] * z[j]) + (x[j] * x[k] + y[j] * y[k] + z[j] * z[k])
                + (x[k] * x[i] + y[k] * y[i] + z[k] * z[i]);
        return 2 * Math.atan2(triple, dots);
    }
}
