package io.spinsim.jobs.llg;

import io.spinsim.jobs.validation.FieldViolation;
import io.spinsim.jobs.validation.InRange;

import java.util.ArrayList;
import java.util.List;

/**
 * When a field or current is on: from {@code start_s} for {@code width_s}, repeated every {@code period_s} for
 * {@code count} pulses. Omitted: start 0; width: on for ever; period: a single pulse; count: 1, or an unbounded train
 * (9223372036854775807) when a period is given.
 */
public record TimeProfile(
        @InRange(min = 0, max = 1e-5, unit = "s") Double start_s,
        @InRange(min = 1e-16, max = 1e-5, unit = "s") Double width_s,
        @InRange(min = 1e-16, max = 1e-5, unit = "s") Double period_s,
        @InRange(min = 1, max = Long.MAX_VALUE) Long count) {

    public static final TimeProfile ALWAYS = new TimeProfile(null, null, null, null);

    public TimeProfile {
        start_s = start_s == null ? 0.0 : start_s;
        count = count == null ? (period_s == null ? 1L : Long.MAX_VALUE) : count;
    }

    public List<FieldViolation> violations(String path) {
        List<FieldViolation> v = new ArrayList<>();
        if (period_s != null && width_s == null) {
            v.add(new FieldViolation(path + ".width_s", "a pulse train needs a pulse width", "(0, period_s]"));
        }
        if (period_s != null && width_s != null && width_s > period_s) {
            v.add(new FieldViolation(path + ".width_s", "is longer than the period", "(0, period_s]"));
        }
        return v;
    }
}
