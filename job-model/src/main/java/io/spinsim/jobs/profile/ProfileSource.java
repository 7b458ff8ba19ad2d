package io.spinsim.jobs.profile;

import jakarta.validation.constraints.Size;

/**
 * Where a profile came from, so a network result can be traced back to physics or measurement.
 *
 * @param kind      simulated (an LLG or device job), closed-form (a compact model), measured (uploaded), preset
 * @param job_id    id of the job that produced it, when simulated or closed-form
 * @param reference paper or data set, e.g. "seed 002 Fig. 3"
 */
public record ProfileSource(
        @Size(max = 40) String kind,
        @Size(max = 64) String job_id,
        @Size(max = 500) String reference) {
}
