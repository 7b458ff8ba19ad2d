package io.spinsim.jobs.run;

import java.util.List;

/**
 * What a finished job leaves behind; written in the same transaction as its final status.
 *
 * @param summary   any object that serializes to a JSON object: the job's result summary
 * @param artifacts files to store with the job
 */
public record JobOutcome(Object summary, List<Artifact> artifacts) {
    public JobOutcome {
        artifacts = List.copyOf(artifacts);
    }
}
