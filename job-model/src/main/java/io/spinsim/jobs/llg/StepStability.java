package io.spinsim.jobs.llg;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Largest stable fixed step of Heun and RK4 for a spec, from the fastest spin wave of the grid.
 * <p>
 * Linearised about a uniform state, each spin wave of the LLG decays and precesses as e^{lambda t} with
 * lambda = -gamma B_k (alpha + i) / (1 + alpha^2) (the LLG in Landau-Lifshitz form, seed 000 eq.4), where B_k is its
 * stiffness field. The fastest wave is the grid's shortest one (a checkerboard), for which the exchange field
 * 2A/(Ms d^2) (2 - 2 cos k d) per axis dominates. A one-step method with stability function R (Heun:
 * 1 + z + z^2/2, RK4: its 4th-order Taylor polynomial) keeps it bounded only while |R(lambda dt)| <= 1;
 * beyond that the checkerboard grows from round-off until the normalisation of m caps it, leaving a textured
 * state in which the skyrmions move differently (measured: seed 002 material on 2 nm cells at dt 0.1 ps, 1.31 x
 * this limit: the film's exchange energy rose 140-fold within 50 ps, 500 steps, and m_z fell from 0.984 to 0.921).
 * <p>
 * B_k is bounded from above per material: per in-plane axis the largest of a (2 - 2 cos theta) + b |sin theta|
 * over the grid's wave numbers theta = pi j / n (open) or 2 pi j / n (periodic), with a = 2A/(Ms d^2) and
 * b = 2|D|/(Ms d) (interfacial DMI); across planes Gershgorin's bound 2 x 2A/(Ms dz^2) per bulk-coupled neighbour
 * plane and 2 x |sigma|/(Ms dz) per surface-coupled one (seed 001 eq.2); plus 2|Ku|/Ms at the largest |Ku| the
 * gradients reach on the grid, mu0 Ms with demag, and the largest applied |B|. The tolerance on |R| is 1e-3, which
 * lets Heun run at alpha = 0 (where |R| > 1 for every step) up to |lambda dt| = 0.3.
 */
public final class StepStability {

    /** Gyromagnetic ratio of the electron, rad/(s T) (CODATA 2018, as the physics module). */
    static final double GAMMA = 1.7595e11;
    static final double MU0 = 4e-7 * Math.PI;
    static final double R_TOLERANCE = 1e-3;

    private StepStability() {
    }

    /** Largest fixed step of the spec's integrator that keeps every spin wave of the grid bounded; +inf for rk45. */
    public static double maxStepS(LlgSpec spec) {
        RunControl.Integrator integrator = spec.run().integrator();
        if (integrator == RunControl.Integrator.RK45) {
            return Double.POSITIVE_INFINITY;
        }
        double bApplied = spec.field().b_T().norm();
        for (FieldPulse p : spec.field().pulses()) {
            bApplied += p.b_T().norm();
        }
        double limit = Double.POSITIVE_INFINITY;
        // the in-plane bound and the method's radius depend on the material only: once per distinct material
        Map<Material, double[]> perMaterial = new HashMap<>();
        for (int z = 0; z < spec.mesh().nz(); z++) {
            List<Material> materials = new ArrayList<>();
            materials.add(spec.materialOf(z));
            for (Region r : spec.regions()) {
                if (r.material() != null) {
                    materials.add(spec.materialOf(z).with(r.material()));
                }
            }
            for (Material m : materials) {
                double[] inPlaneAndRadius = perMaterial.computeIfAbsent(m,
                        k -> new double[]{inPlaneStiffnessT(spec, k), stableRadius(integrator, k.alpha())});
                double b = inPlaneAndRadius[0] + acrossPlanesT(spec, z, m) + bApplied;
                double lambda = GAMMA * b / Math.sqrt(1 + m.alpha() * m.alpha());
                limit = Math.min(limit, inPlaneAndRadius[1] / lambda);
            }
        }
        return limit;
    }

    /** Upper bound of the stiffness field of the fastest spin wave in plane z of material m, T (see the class). */
    static double stiffnessT(LlgSpec spec, int z, Material m) {
        return inPlaneStiffnessT(spec, m) + acrossPlanesT(spec, z, m);
    }

    /** Gershgorin's share of the couplings to the planes below and above plane z, T. */
    private static double acrossPlanesT(LlgSpec spec, int z, Material m) {
        Mesh mesh = spec.mesh();
        double ms = m.ms_A_per_m();
        double b = 0;
        for (int neighbour : new int[]{z - 1, z + 1}) {
            if (neighbour < 0 || neighbour >= mesh.nz()) {
                continue;
            }
            Double sigma = surfaceCoupling(spec, Math.min(z, neighbour));
            b += sigma != null ? 2 * Math.abs(sigma) / (ms * mesh.dz_m())
                    : 2 * (2 * m.a_J_per_m() / ms) / (mesh.dz_m() * mesh.dz_m());
        }
        return b;
    }

    /** Exchange and DMI along x and y, anisotropy and demag: the part of the bound that is the same in every plane. */
    private static double inPlaneStiffnessT(LlgSpec spec, Material m) {
        Mesh mesh = spec.mesh();
        double ms = m.ms_A_per_m();
        double exchange = 2 * m.a_J_per_m() / ms;
        double dmi = 2 * Math.abs(m.dmi_J_per_m2()) / ms;
        double b = axis(mesh.nx(), mesh.pbc_x(), exchange / (mesh.dx_m() * mesh.dx_m()), dmi / mesh.dx_m())
                + axis(mesh.ny(), mesh.pbc_y(), exchange / (mesh.dy_m() * mesh.dy_m()), dmi / mesh.dy_m());
        double lx = mesh.nx() * mesh.dx_m();
        double ly = mesh.ny() * mesh.dy_m();
        double ku = 0;
        for (double x : new double[]{0, lx}) {
            for (double y : new double[]{0, ly}) {
                ku = Math.max(ku, Math.abs(m.ku_J_per_m3() + (x - m.ku_origin_m().x()) * m.dku_dx_J_per_m4()
                        + (y - m.ku_origin_m().y()) * m.dku_dy_J_per_m4()));
            }
        }
        b += 2 * ku / ms;
        if (spec.demag().mode() != Demag.Mode.NONE) {
            b += MU0 * ms;
        }
        return b;
    }

    /** max over the axis' wave numbers of a (2 - 2 cos theta) + b |sin theta|. */
    static double axis(int n, boolean periodic, double a, double b) {
        double best = 0;
        for (int j = 0; j < n; j++) {
            double theta = (periodic ? 2 : 1) * Math.PI * j / n;
            best = Math.max(best, a * (2 - 2 * Math.cos(theta)) + b * Math.abs(Math.sin(theta)));
        }
        return best;
    }

    private static Double surfaceCoupling(LlgSpec spec, int lower) {
        for (InterlayerCoupling c : spec.interlayer()) {
            if (c.lower_layer() == lower) {
                return c.sigma_J_per_m2();
            }
        }
        return null;
    }

    /**
     * Largest r with |R(r e^{i phi})| <= 1 + 1e-3 along the LLG eigenvalue direction e^{i phi} = -(alpha + i) /
     * sqrt(1 + alpha^2), by bisection after a scan (the region is star-shaped along that ray for both methods).
     */
    static double stableRadius(RunControl.Integrator integrator, double alpha) {
        double norm = Math.sqrt(1 + alpha * alpha);
        double dr = -alpha / norm;
        double di = -1 / norm;
        double step = 1e-3;
        double r = step;
        while (r < 4 && amplification(integrator, r * dr, r * di) <= 1 + R_TOLERANCE) {
            r += step;
        }
        double lo = r - step;
        double hi = r;
        for (int i = 0; i < 40; i++) {
            double mid = (lo + hi) / 2;
            if (amplification(integrator, mid * dr, mid * di) <= 1 + R_TOLERANCE) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** |R(z)| of the method's stability polynomial at z = x + i y. */
    static double amplification(RunControl.Integrator integrator, double x, double y) {
        int order = integrator == RunControl.Integrator.RK4 ? 4 : 2;
        double sumRe = 1;
        double sumIm = 0;
        double termRe = 1;
        double termIm = 0;
        for (int k = 1; k <= order; k++) { // term_k = term_{k-1} z / k
            double re = (termRe * x - termIm * y) / k;
            double im = (termRe * y + termIm * x) / k;
            termRe = re;
            termIm = im;
            sumRe += re;
            sumIm += im;
        }
        return Math.hypot(sumRe, sumIm);
    }
}
