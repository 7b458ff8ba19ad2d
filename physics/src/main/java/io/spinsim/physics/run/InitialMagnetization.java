package io.spinsim.physics.run;

import io.spinsim.jobs.llg.InitialState;
import io.spinsim.jobs.llg.LlgSpec;
import io.spinsim.jobs.llg.Material;
import io.spinsim.jobs.llg.SkyrmionSeed;
import io.spinsim.jobs.llg.Vec3;
import io.spinsim.physics.geometry.Grid;

import java.util.SplittableRandom;

/**
 * The state at t = 0 from {@link InitialState}: a uniform direction (per plane if given) or seeded random directions,
 * then the requested skyrmions written on top.
 * <p>
 * A skyrmion is the Neel profile theta(r) = 2 atan(exp(-(r - R)/w)) (theta = pi at the centre, pi/2 at r = R),
 * m = (h s sin(theta) r_hat, s cos(theta)) with s the sign of the background m_z and h = sign(D). For the DMI energy
 * of seed 000 eq.6 a wall in which m_z turns from +1 to -1 along x costs D c pi with c = m_x / sin(theta), so D > 0
 * prefers c = -1, i.e. an in-plane component pointing out of a core-down skyrmion (h s = +1); m -> -m leaves the
 * energy unchanged, which fixes h s for a core-up skyrmion. w = sqrt(A / Ku), kept within [dx, R].
 */
public final class InitialMagnetization {

    private InitialMagnetization() {
    }

    public static double[] of(LlgSpec spec, Grid grid) {
        InitialState initial = spec.initial();
        int n = grid.cells();
        double[] m = new double[3 * n];
        SplittableRandom random = new SplittableRandom(initial.seed());
        for (int i = 0; i < n; i++) {
            double[] v = initial.kind() == InitialState.Kind.RANDOM ? randomUnit(random)
                    : unit(initial.directionOf(grid.layerOf(i)));
            for (int c = 0; c < 3; c++) {
                m[c * n + i] = v[c];
            }
        }
        for (SkyrmionSeed seed : initial.skyrmions()) {
            for (int layer = 0; layer < grid.nz(); layer++) {
                if (seed.onLayer(layer)) {
                    write(m, grid, layer, seed, spec.materialOf(layer));
                }
            }
        }
        return m;
    }

    private static void write(double[] m, Grid g, int layer, SkyrmionSeed seed, Material material) {
        int n = g.cells();
        double radius = seed.radius_m();
        double w = material.ku_J_per_m3() > 0 ? Math.sqrt(material.a_J_per_m() / material.ku_J_per_m3()) : radius / 4;
        w = Math.max(g.dx(), Math.min(radius, w));
        double h = material.dmi_J_per_m2() < 0 ? -1 : 1;
        for (int iy = 0; iy < g.ny(); iy++) {
            for (int ix = 0; ix < g.nx(); ix++) {
                double dx = g.x(ix) - seed.center_m().x();
                double dy = g.y(iy) - seed.center_m().y();
                double r = Math.hypot(dx, dy);
                if (r > radius + 6 * w) {
                    continue;
                }
                int i = g.index(ix, iy, layer);
                double s = m[2 * n + i] < 0 ? -1 : 1;
                double theta = 2 * Math.atan(Math.exp(-(r - radius) / w));
                double inPlane = r > 0 ? h * s * Math.sin(theta) / r : 0;
                m[i] = inPlane * dx;
                m[n + i] = inPlane * dy;
                m[2 * n + i] = s * Math.cos(theta);
            }
        }
    }

    private static double[] unit(Vec3 v) {
        double norm = v.norm();
        return new double[]{v.x() / norm, v.y() / norm, v.z() / norm};
    }

    private static double[] randomUnit(SplittableRandom random) {
        double z = 2 * random.nextDouble() - 1;
        double phi = 2 * Math.PI * random.nextDouble();
        double r = Math.sqrt(1 - z * z);
        return new double[]{r * Math.cos(phi), r * Math.sin(phi), z};
    }
}
