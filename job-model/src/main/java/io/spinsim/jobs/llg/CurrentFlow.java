package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an in-plane current enters and leaves a patterned film, so that its density follows the film's outline
 * instead of being uniform: the solver finds the potential from Laplace's equation in the film (the heavy metal
 * under it has the same outline, uniform sheet conductance), held at one value on the source cells and another on
 * the sink cells, no current through the other edges; j = -sigma grad(phi), scaled so that the total current is
 * {@code j_A_per_m2 * reference_width_m * thickness}. Narrow parts then carry a higher density, the current fans out
 * where the film widens and crowds at inner corners. A current quoted as seed 002's is, "normalized by the width of
 * the chamber area", takes that width (150 nm) as reference_width_m.
 *
 * @param source            film cells where the current enters (for a positive j_A_per_m2)
 * @param sink              film cells where it leaves
 * @param reference_width_m width over which j_A_per_m2 is the mean density, m
 */
public record CurrentFlow(
        @NotNull @Valid Shape source,
        @NotNull @Valid Shape sink,
        @NotNull @InRange(min = 1e-10, max = 1e-3, unit = "m") Double reference_width_m) {

    public List<FieldViolation> violations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        if (source == null) {
            v.add(new FieldViolation(path + ".source", "is required", "a shape where the current enters"));
        } else {
            v.addAll(source.violations(path + ".source"));
        }
        if (sink == null) {
            v.add(new FieldViolation(path + ".sink", "is required", "a shape where the current leaves"));
        } else {
            v.addAll(sink.violations(path + ".sink"));
        }
        if (reference_width_m == null) {
            v.add(new FieldViolation(path + ".reference_width_m", "is required", "1e-10 to 1e-3 m"));
        }
        return v;
    }

    /**
     * Whether the film joins a source cell to a sink cell through edge-sharing neighbours (a flood fill from the
     * source); masks indexed ix + nx iy.
     */
    public static boolean joined(int nx, int ny, boolean[] film, boolean[] source, boolean[] sink) {
        int n = nx * ny;
        boolean[] seen = new boolean[n];
        int[] queue = new int[n];
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (film[i] && source[i]) {
                seen[i] = true;
                queue[tail++] = i;
            }
        }
        for (int head = 0; head < tail; head++) {
            int i = queue[head];
            if (sink[i]) {
                return true;
            }
            int ix = i % nx;
            int[] next = {ix > 0 ? i - 1 : -1, ix < nx - 1 ? i + 1 : -1, i - nx, i + nx};
            for (int j : next) {
                if (j >= 0 && j < n && film[j] && !seen[j]) {
                    seen[j] = true;
                    queue[tail++] = j;
                }
            }
        }
        return false;
    }
}
