package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A 3-vector written as a JSON array {@code [x, y, z]}; finite components only. */
public record Vec3(double x, double y, double z) {

    public static final Vec3 ZERO = new Vec3(0, 0, 0);
    public static final Vec3 Z = new Vec3(0, 0, 1);

    public Vec3 {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
            throw new IllegalArgumentException("vector components must be finite numbers");
        }
    }

    /** Reads {@code [x, y, z]}; any other length is rejected with a message naming the expected shape. */
    @JsonCreator
    public static Vec3 of(double[] xyz) {
        if (xyz == null || xyz.length != 3) {
            throw new IllegalArgumentException("must be an array of exactly 3 numbers [x, y, z]");
        }
        return new Vec3(xyz[0], xyz[1], xyz[2]);
    }

    @JsonValue
    double[] toArray() {
        return new double[]{x, y, z};
    }

    public double norm() {
        return Math.sqrt(x * x + y * y + z * z);
    }
}
