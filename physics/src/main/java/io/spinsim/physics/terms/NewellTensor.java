package io.spinsim.physics.terms;

/**
 * Demagnetizing tensor between two uniformly magnetized rectangular cells of size dx x dy x dz at offset (X, Y, Z):
 * H = -N M. Near cells use the exact expressions of Newell, Williams and Dunlop, J. Geophys. Res. 98, 9551 (1993)
 * (functions f and g and their 27-point second difference); far cells, where those differences lose precision to
 * cancellation, use the point-dipole tensor N_ab = -V (3 r_a r_b / r^5 - delta_ab / r^3) / (4 pi), whose relative
 * error at the switch-over distance ({@link #NEAR_CELLS} cells) is of order (d/r)^2 ~ 1e-3 of an already small
 * value.
 */
public final class NewellTensor {

    /** Offsets up to this many cells (in every direction) use the exact Newell expressions. */
    public static final int NEAR_CELLS = 32;

    private final double dx;
    private final double dy;
    private final double dz;

    public NewellTensor(double dx, double dy, double dz) {
        this.dx = dx;
        this.dy = dy;
        this.dz = dz;
    }

    /** {Nxx, Nyy, Nzz, Nxy, Nxz, Nyz} at cell offset (i, j, k). */
    public double[] components(int i, int j, int k) {
        double x = i * dx;
        double y = j * dy;
        double z = k * dz;
        if (Math.max(Math.abs(i), Math.max(Math.abs(j), Math.abs(k))) > NEAR_CELLS) {
            return dipole(x, y, z);
        }
        double v = dx * dy * dz;
        double scale = 1 / (4 * Math.PI * v);
        return new double[]{
                scale * secondDifference(x, y, z, dx, dy, dz, 0),
                scale * secondDifference(y, x, z, dy, dx, dz, 0),
                scale * secondDifference(z, y, x, dz, dy, dx, 0),
                scale * secondDifference(x, y, z, dx, dy, dz, 1),
                scale * secondDifference(x, z, y, dx, dz, dy, 1),
                scale * secondDifference(y, z, x, dy, dz, dx, 1)};
    }

    private double[] dipole(double x, double y, double z) {
        double r2 = x * x + y * y + z * z;
        double r = Math.sqrt(r2);
        double c = -dx * dy * dz / (4 * Math.PI * r2 * r);
        return new double[]{
                c * (3 * x * x / r2 - 1), c * (3 * y * y / r2 - 1), c * (3 * z * z / r2 - 1),
                c * 3 * x * y / r2, c * 3 * x * z / r2, c * 3 * y * z / r2};
    }

    /**
     * Sum over the 27 neighbours of the offset of w_a w_b w_c F(x + a hx, y + b hy, z + c hz) with w_0 = 2,
     * w_+-1 = -1 (Newell eq. 19 and 28); F = f for diagonal (kind 0), g for off-diagonal (kind 1) elements.
     */
    private static double secondDifference(double x, double y, double z, double hx, double hy, double hz, int kind) {
        double sum = 0;
        for (int a = -1; a <= 1; a++) {
            for (int b = -1; b <= 1; b++) {
                for (int c = -1; c <= 1; c++) {
                    double w = weight(a) * weight(b) * weight(c);
                    double xa = x + a * hx;
                    double yb = y + b * hy;
                    double zc = z + c * hz;
                    sum += w * (kind == 0 ? f(xa, yb, zc) : g(xa, yb, zc));
                }
            }
        }
        return sum;
    }

    private static double weight(int a) {
        return a == 0 ? 2 : -1;
    }

    /** Newell f (eq. 27), even in each argument, symmetric in y and z. */
    static double f(double x, double y, double z) {
        x = Math.abs(x);
        y = Math.abs(y);
        z = Math.abs(z);
        double x2 = x * x;
        double y2 = y * y;
        double z2 = z * z;
        double r = Math.sqrt(x2 + y2 + z2);
        double result = (2 * x2 - y2 - z2) * r / 6;
        if (y > 0) {
            result += y / 2 * (z2 - x2) * asinh(y, x2 + z2);
        }
        if (z > 0) {
            result += z / 2 * (y2 - x2) * asinh(z, x2 + y2);
        }
        if (x > 0 && y > 0 && z > 0) {
            result -= x * y * z * Math.atan(y * z / (x * r));
        }
        return result;
    }

    /** Newell g (eq. 32), odd in x and y, even in z. */
    static double g(double x, double y, double z) {
        double sign = Math.signum(x) * Math.signum(y);
        if (sign == 0) {
            return 0;
        }
        x = Math.abs(x);
        y = Math.abs(y);
        z = Math.abs(z);
        double x2 = x * x;
        double y2 = y * y;
        double z2 = z * z;
        double r = Math.sqrt(x2 + y2 + z2);
        double result = -x * y * r / 3;
        if (z > 0) {
            result += x * y * z * asinh(z, x2 + y2);
            result -= z * z2 / 6 * Math.atan(x * y / (z * r));
            result -= z * y2 / 2 * Math.atan(x * z / (y * r));
            result -= z * x2 / 2 * Math.atan(y * z / (x * r));
        }
        result += y / 6 * (3 * z2 - y2) * asinh(x, y2 + z2);
        result += x / 6 * (3 * z2 - x2) * asinh(y, x2 + z2);
        return sign * result;
    }

    /**
     * asinh(u / sqrt(w2)). Where w2 = 0 every term using it carries an exactly vanishing factor (Newell's limits),
     * so 0 is returned to avoid inf * 0.
     */
    private static double asinh(double u, double w2) {
        if (w2 == 0) {
            return 0;
        }
        double t = u / Math.sqrt(w2);
        return Math.log(t + Math.sqrt(t * t + 1));
    }
}
