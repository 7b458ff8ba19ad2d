package io.spinsim.jobs.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.spinsim.jobs.validation.InRange;

/**
 * How far the update curves are from the ideal straight line (schema v2); all dimensionless, all optional.
 *
 * @param nl_ltp    NeuroSim-style nonlinearity label of the LTP curve (0 = linear, positive = saturating)
 * @param nl_ltd    the same for LTD; NeuroSim's sign convention makes a saturating LTD curve negative
 * @param r2_ltp    coefficient of determination of a straight-line fit of G against pulse number, LTP
 * @param r2_ltd    the same for LTD
 * @param asymmetry largest difference between the normalized LTP and mirrored LTD curves, in [0, 1]
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Nonlinearity(
        @InRange(min = -MAX_LABEL, max = MAX_LABEL) Double nl_ltp,
        @InRange(min = -MAX_LABEL, max = MAX_LABEL) Double nl_ltd,
        @InRange(min = -1e6, max = 1) Double r2_ltp,
        @InRange(min = -1e6, max = 1) Double r2_ltd,
        @InRange(min = 0, max = 1) Double asymmetry) {

    /** A normalized curve deviates at most 1 from the line, which is label 1 / (0.07 sqrt 2) = 10.1. */
    public static final double MAX_LABEL = 10.2;
}
