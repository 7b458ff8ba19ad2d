package io.spinsim.physics.relax;

import io.spinsim.physics.engine.LlgEngine;

/**
 * Energy minimization by steepest descent with Barzilai-Borwein step lengths (J. Barzilai and J. M. Borwein, IMA J.
 * Numer. Anal. 8, 141 (1988); the scheme of mumax3's Minimize, Exl et al., J. Appl. Phys. 115, 17D118 (2014)):
 * m <- normalize(m + h d) with the descent direction d = B - m (m . B) (T) and h alternating between the two BB
 * estimates s.s / s.y and s.y / y.y (s the step, y the change of the gradient -d). Unlike damped dynamics it is not
 * bound by the stability limit of the stiffest exchange mode, so fine meshes relax in few iterations. Precession,
 * thermal noise and time-dependent drives are off; the run's clock is not advanced.
 */
public final class Minimizer {

    /** First step: moves m by at most this angle (rad) in the steepest cell. */
    private static final double FIRST_ANGLE = 1e-3;
    private static final double MAX_ANGLE = 0.5;

    private Minimizer() {
    }

    /**
     * @param maxTorqueT stop when max |m x B| < this, T
     * @param maxIterations give up after this many descent steps
     */
    public static Relaxer.Result minimize(LlgEngine engine, double maxTorqueT, long maxIterations) {
        engine.setRelaxing(true);
        double[] m = engine.magnetization();
        double[] d = engine.descentDirection();
        double torque = maxNorm(d);
        double h = FIRST_ANGLE / Math.max(torque, 1e-30);
        long iterations = 0;
        while (torque > maxTorqueT && iterations < maxIterations) {
            h = Math.min(h, MAX_ANGLE / torque);
            double[] next = step(m, d, h);
            engine.setMagnetization(next);
            double[] dNext = engine.descentDirection();
            double ss = 0;
            double sy = 0;
            double yy = 0;
            for (int i = 0; i < m.length; i++) {
                double s = next[i] - m[i];
                double y = d[i] - dNext[i];
                ss += s * s;
                sy += s * y;
                yy += y * y;
            }
            iterations++;
            h = sy <= 0 ? 2 * h : (iterations % 2 == 0 ? ss / sy : sy / yy);
            m = next;
            d = dNext;
            torque = maxNorm(d);
        }
        engine.setRelaxing(false);
        return new Relaxer.Result(torque, 0, iterations, torque <= maxTorqueT);
    }

    private static double[] step(double[] m, double[] d, double h) {
        int n = m.length / 3;
        double[] next = new double[m.length];
        for (int i = 0; i < n; i++) {
            double x = m[i] + h * d[i];
            double y = m[n + i] + h * d[n + i];
            double z = m[2 * n + i] + h * d[2 * n + i];
            double norm = Math.sqrt(x * x + y * y + z * z);
            double inv = norm > 0 ? 1 / norm : 0;
            next[i] = x * inv;
            next[n + i] = y * inv;
            next[2 * n + i] = z * inv;
        }
        return next;
    }

    static double maxNorm(double[] d) {
        int n = d.length / 3;
        double max = 0;
        for (int i = 0; i < n; i++) {
            max = Math.max(max, Math.sqrt(d[i] * d[i] + d[n + i] * d[n + i] + d[2 * n + i] * d[2 * n + i]));
        }
        return max;
    }
}
