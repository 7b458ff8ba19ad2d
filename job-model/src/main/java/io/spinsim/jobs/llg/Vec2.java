package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A point in the film plane written as a JSON array {@code [x, y]}, metres from the grid's lower-left corner. */
public record Vec2(double x, double y) {

    public Vec2 {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point coordinates must be finite numbers");
        }
    }

    /** Reads {@code [x, y]}; any other length is rejected with a message naming the expected shape. */
    @JsonCreator
    public static Vec2 of(double[] xy) {
        if (xy == null || xy.length != 2) {
            throw new IllegalArgumentException("must be an array of exactly 2 numbers [x, y]");
        }
        return new Vec2(xy[0], xy[1]);
    }

    @JsonValue
    double[] toArray() {
        return new double[]{x, y};
    }
}
