package io.spinsim.jobs.llg;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;

/**
 * A region of the film plane (metres from the grid's lower-left corner); a cell belongs to it when its centre does.
 *
 * @param kind       rectangle, disk or polygon
 * @param x_min_m    rectangle: left edge
 * @param x_max_m    rectangle: right edge
 * @param y_min_m    rectangle: bottom edge
 * @param y_max_m    rectangle: top edge
 * @param center_m   disk: centre [x, y]
 * @param radius_m   disk: radius
 * @param vertices_m polygon: 3 to {@value #MAX_VERTICES} vertices [[x, y], ...] in order (even-odd rule)
 */
public record Shape(
        @NotNull Kind kind,
        @InRange(min = -1e-3, max = 1e-3, unit = "m") Double x_min_m,
        @InRange(min = -1e-3, max = 1e-3, unit = "m") Double x_max_m,
        @InRange(min = -1e-3, max = 1e-3, unit = "m") Double y_min_m,
        @InRange(min = -1e-3, max = 1e-3, unit = "m") Double y_max_m,
        Vec2 center_m,
        @InRange(min = 0, max = 1e-3, unit = "m") Double radius_m,
        @Size(max = MAX_VERTICES) List<Vec2> vertices_m) {

    public static final int MAX_VERTICES = 1000;

    public enum Kind {
        @JsonProperty("rectangle") RECTANGLE,
        @JsonProperty("disk") DISK,
        @JsonProperty("polygon") POLYGON
    }

    public static Shape rectangle(double xMin, double xMax, double yMin, double yMax) {
        return new Shape(Kind.RECTANGLE, xMin, xMax, yMin, yMax, null, null, null);
    }

    public static Shape disk(double x, double y, double radius) {
        return new Shape(Kind.DISK, null, null, null, null, new Vec2(x, y), radius, null);
    }

    /** Whether the point (x, y) lies inside. */
    public boolean contains(double x, double y) {
        return switch (kind) {
            case RECTANGLE -> x >= x_min_m && x <= x_max_m && y >= y_min_m && y <= y_max_m;
            case DISK -> sq(x - center_m.x()) + sq(y - center_m.y()) <= sq(radius_m);
            case POLYGON -> insidePolygon(x, y);
        };
    }

    private boolean insidePolygon(double x, double y) {
        boolean inside = false;
        for (int i = 0, j = vertices_m.size() - 1; i < vertices_m.size(); j = i++) {
            Vec2 a = vertices_m.get(i);
            Vec2 b = vertices_m.get(j);
            if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                inside = !inside;
            }
        }
        return inside;
    }

    private static double sq(double v) {
        return v * v;
    }

    /** The fields each kind needs, and only those. */
    public List<FieldViolation> violations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        boolean rect = kind == Kind.RECTANGLE;
        boolean disk = kind == Kind.DISK;
        boolean poly = kind == Kind.POLYGON;
        need(v, path + ".x_min_m", x_min_m, rect);
        need(v, path + ".x_max_m", x_max_m, rect);
        need(v, path + ".y_min_m", y_min_m, rect);
        need(v, path + ".y_max_m", y_max_m, rect);
        need(v, path + ".center_m", center_m, disk);
        need(v, path + ".radius_m", radius_m, disk);
        need(v, path + ".vertices_m", vertices_m, poly);
        if (rect && v.isEmpty() && (x_max_m <= x_min_m || y_max_m <= y_min_m)) {
            v.add(new FieldViolation(path, "rectangle is empty", "x_min_m < x_max_m and y_min_m < y_max_m"));
        }
        if (poly && vertices_m != null && vertices_m.size() < 3) {
            v.add(new FieldViolation(path + ".vertices_m", "a polygon needs at least 3 vertices",
                    "3 to " + MAX_VERTICES + " vertices"));
        }
        return v;
    }

    private void need(List<FieldViolation> v, String field, Object value, boolean wanted) {
        if (wanted && value == null) {
            v.add(new FieldViolation(field, "is required for a " + kind.name().toLowerCase() + " shape", "a value"));
        } else if (!wanted && value != null) {
            v.add(new FieldViolation(field, "does not apply to a " + kind.name().toLowerCase() + " shape", "absent"));
        }
    }
}
