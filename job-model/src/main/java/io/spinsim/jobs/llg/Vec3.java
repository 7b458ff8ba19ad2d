package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonFormat;

/** A 3-vector written as a JSON array {@code [x, y, z]}; finite components only. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);
    public static final Vec3 Z = new Vec3(0, 0, 1);

    public Vec3 {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("vector components must be finite numbers");
        }
    }

    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }
}
