package io.spinsim.physics.torques;

import io.spinsim.jobs.llg.CurrentFlow;

/**
 * In-plane charge current density of a patterned film fed at a source and drained at a sink: the potential solves
 * Laplace's equation div(sigma grad phi) = 0 (uniform sheet conductance; Ohm's law j = -sigma grad phi with
 * div j = 0) on the conducting cells, phi = 1 on the source cells, 0 on the sink cells, no current through the
 * other edges (finite volumes on the cell grid, conjugate gradients with a diagonal preconditioner). The density is
 * scaled so that the total current equals {@code jRef * widthRef} per unit thickness. Edges are open (no
 * periodicity).
 *
 * @param jx x component per cell of the plane, A/m^2 (0 outside the conductor)
 * @param jy y component per cell of the plane, A/m^2
 * @param iterations conjugate-gradient iterations taken
 * @param residual   final relative residual of the potential equation
 */
public record CurrentDensity(double[] jx, double[] jy, int iterations, double residual) {

    /** Relative residual the potential is solved to. */
    static final double TOLERANCE = 1e-10;

    /**
     * @param conductor conducting cells, index ix + nx iy
     * @param source    cells where the current enters (within the conductor)
     * @param sink      cells where it leaves
     * @param jRef      mean density over widthRef, A/m^2 (its sign reverses the flow)
     * @param widthRef  width the total current is referred to, m
     */
    public static CurrentDensity solve(int nx, int ny, double dx, double dy, boolean[] conductor, boolean[] source,
                                       boolean[] sink, double jRef, double widthRef) {
        int n = nx * ny;
        boolean anySource = false;
        boolean anySink = false;
        for (int i = 0; i < n; i++) {
            if (conductor[i] && source[i] && sink[i]) {
                throw new IllegalArgumentException("source and sink overlap at cell " + i);
            }
            anySource |= conductor[i] && source[i];
            anySink |= conductor[i] && sink[i];
        }
        if (!anySource || !anySink) {
            throw new IllegalArgumentException(!anySource ? "the source covers no film cell"
                    : "the sink covers no film cell");
        }
        if (!CurrentFlow.joined(nx, ny, conductor, source, sink)) {
            throw new IllegalArgumentException("no current path joins the source and the sink");
        }
        double gx = dy / dx;
        double gy = dx / dy;
        double[] phi = new double[n];
        boolean[] free = new boolean[n];
        for (int i = 0; i < n; i++) {
            free[i] = conductor[i] && !source[i] && !sink[i];
            phi[i] = conductor[i] && source[i] ? 1 : 0;
        }
        // right-hand side: the fixed potentials' share; diagonal: the conductances to conducting neighbours
        double[] b = new double[n];
        double[] diag = new double[n];
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                int i = ix + nx * iy;
                if (!free[i]) {
                    continue;
                }
                int[] nb = {ix > 0 ? i - 1 : -1, ix < nx - 1 ? i + 1 : -1, iy > 0 ? i - nx : -1,
                        iy < ny - 1 ? i + nx : -1};
                for (int k = 0; k < 4; k++) {
                    int j = nb[k];
                    if (j >= 0 && conductor[j]) {
                        double g = k < 2 ? gx : gy;
                        diag[i] += g;
                        if (!free[j]) {
                            b[i] += g * phi[j];
                        }
                    }
                }
            }
        }
        double[] r = b.clone();
        double[] z = new double[n];
        double[] p = new double[n];
        double[] ap = new double[n];
        double bNorm = Math.sqrt(dot(b, b));
        int iterations = 0;
        double rz = 0;
        for (int i = 0; i < n; i++) {
            z[i] = free[i] && diag[i] > 0 ? r[i] / diag[i] : 0;
            p[i] = z[i];
            rz += r[i] * z[i];
        }
        double residual = bNorm == 0 ? 0 : 1;
        int maxIterations = 20 * n + 100;
        while (residual > TOLERANCE && iterations < maxIterations) {
            apply(nx, ny, gx, gy, conductor, free, diag, p, ap);
            double alpha = rz / dot(p, ap);
            for (int i = 0; i < n; i++) {
                phi[i] += free[i] ? alpha * p[i] : 0;
                r[i] -= alpha * ap[i];
            }
            double rzNew = 0;
            for (int i = 0; i < n; i++) {
                z[i] = free[i] && diag[i] > 0 ? r[i] / diag[i] : 0;
                rzNew += r[i] * z[i];
            }
            for (int i = 0; i < n; i++) {
                p[i] = z[i] + rzNew / rz * p[i];
            }
            rz = rzNew;
            iterations++;
            residual = Math.sqrt(dot(r, r)) / bNorm;
        }
        if (residual > TOLERANCE) {
            throw new IllegalStateException("current density did not converge: residual " + residual);
        }
        return scaled(nx, ny, dx, dy, conductor, source, free, phi, jRef * widthRef, iterations, residual);
    }

    /** ap = A p on the free cells (the conductance Laplacian; fixed cells enter through b). */
    private static void apply(int nx, int ny, double gx, double gy, boolean[] conductor, boolean[] free,
                              double[] diag, double[] p, double[] ap) {
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                int i = ix + nx * iy;
                if (!free[i]) {
                    ap[i] = 0;
                    continue;
                }
                double s = diag[i] * p[i];
                if (ix > 0 && free[i - 1]) {
                    s -= gx * p[i - 1];
                }
                if (ix < nx - 1 && free[i + 1]) {
                    s -= gx * p[i + 1];
                }
                if (iy > 0 && free[i - nx]) {
                    s -= gy * p[i - nx];
                }
                if (iy < ny - 1 && free[i + nx]) {
                    s -= gy * p[i + nx];
                }
                ap[i] = s;
            }
        }
    }

    /**
     * Cell-centred -grad(phi) from the face values (a face to vacuum carries none; a source or sink cell takes the
     * mean of its faces to the film, its lead supplying the rest), scaled to the total current.
     */
    private static CurrentDensity scaled(int nx, int ny, double dx, double dy, boolean[] conductor, boolean[] source,
                                         boolean[] free, double[] phi, double current, int iterations, double residual) {
        int n = nx * ny;
        double[] fx = new double[(nx + 1) * ny];
        double[] fy = new double[nx * (ny + 1)];
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix + 1 < nx; ix++) {
                int i = ix + nx * iy;
                if (conductor[i] && conductor[i + 1]) {
                    fx[ix + 1 + (nx + 1) * iy] = (phi[i] - phi[i + 1]) / dx;
                }
            }
        }
        for (int iy = 0; iy + 1 < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                int i = ix + nx * iy;
                if (conductor[i] && conductor[i + nx]) {
                    fy[ix + nx * (iy + 1)] = (phi[i] - phi[i + nx]) / dy;
                }
            }
        }
        // total current out of the source cells into the rest of the film, per unit sheet conductance
        double total = 0;
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                int i = ix + nx * iy;
                if (!conductor[i] || !source[i]) {
                    continue;
                }
                if (ix + 1 < nx && conductor[i + 1] && !source[i + 1]) {
                    total += fx[ix + 1 + (nx + 1) * iy] * dy;
                }
                if (ix > 0 && conductor[i - 1] && !source[i - 1]) {
                    total -= fx[ix + (nx + 1) * iy] * dy;
                }
                if (iy + 1 < ny && conductor[i + nx] && !source[i + nx]) {
                    total += fy[ix + nx * (iy + 1)] * dx;
                }
                if (iy > 0 && conductor[i - nx] && !source[i - nx]) {
                    total -= fy[ix + nx * iy] * dx;
                }
            }
        }
        if (!(total > 0)) {
            throw new IllegalArgumentException("no current path joins the source and the sink");
        }
        double scale = current / total;
        double[] jx = new double[n];
        double[] jy = new double[n];
        for (int iy = 0; iy < ny; iy++) {
            for (int ix = 0; ix < nx; ix++) {
                int i = ix + nx * iy;
                if (!conductor[i]) {
                    continue;
                }
                jx[i] = scale * cellMean(fx[ix + (nx + 1) * iy], fx[ix + 1 + (nx + 1) * iy],
                        ix > 0 && conductor[i - 1], ix + 1 < nx && conductor[i + 1], !free[i]);
                jy[i] = scale * cellMean(fy[ix + nx * iy], fy[ix + nx * (iy + 1)],
                        iy > 0 && conductor[i - nx], iy + 1 < ny && conductor[i + nx], !free[i]);
            }
        }
        return new CurrentDensity(jx, jy, iterations, residual);
    }

    private static double cellMean(double low, double high, boolean lowFilm, boolean highFilm, boolean fixed) {
        if (fixed && lowFilm != highFilm) {
            return lowFilm ? low : high;
        }
        return 0.5 * (low + high);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
