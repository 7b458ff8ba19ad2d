package io.spinsim.jobs.llg;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * Which cells are magnetic: those whose centre lies in any {@code include} shape (default: all) and in no
 * {@code exclude} shape; the others are vacuum (free surfaces with the DMI boundary condition).
 */
public record Geometry(@Size(max = 64) List<@Valid Shape> include, @Size(max = 64) List<@Valid Shape> exclude) {

    public Geometry {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** Whether the point (x, y), m, is magnetic. */
    public boolean contains(double x, double y) {
        return (include.isEmpty() || include.stream().anyMatch(s -> s.contains(x, y)))
                && exclude.stream().noneMatch(s -> s.contains(x, y));
    }

    public static Geometry wholeGrid() {
        return new Geometry(null, null);
    }
}
