package io.spinsim.devices;

import io.spinsim.jobs.run.ArtifactSource;
import io.spinsim.jobs.run.JobContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A job context that records progress calls; no other job's artifacts are available. */
public final class RecordingJobContext implements JobContext {

    private final UUID jobId = UUID.randomUUID();
    private final List<Double> fractions = new ArrayList<>();

    @Override
    public UUID jobId() {
        return jobId;
    }

    @Override
    public void progress(double fraction, String message) {
        fractions.add(fraction);
    }

    @Override
    public ArtifactSource artifacts() {
        return id -> {
            throw new IllegalArgumentException("no artifact " + id);
        };
    }

    public List<Double> fractions() {
        return fractions;
    }
}
