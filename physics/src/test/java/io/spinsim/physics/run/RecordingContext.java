package io.spinsim.physics.run;

import io.spinsim.jobs.run.ArtifactSource;
import io.spinsim.jobs.run.JobCancelledException;
import io.spinsim.jobs.run.JobContext;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A JobContext that records progress calls and cancels after a given number of them (never, by default). */
final class RecordingContext implements JobContext {

    final List<Double> fractions = new ArrayList<>();
    private final int cancelAfter;

    RecordingContext() {
        this(Integer.MAX_VALUE);
    }

    RecordingContext(int cancelAfter) {
        this.cancelAfter = cancelAfter;
    }

    @Override
    public UUID jobId() {
        return UUID.nameUUIDFromBytes("test".getBytes());
    }

    @Override
    public void progress(double fraction, String message) {
        fractions.add(fraction);
        if (fractions.size() > cancelAfter) {
            throw new JobCancelledException("cancelled by the test");
        }
    }

    @Override
    public ArtifactSource artifacts() {
        return id -> {
            throw new IllegalArgumentException("no artifacts in this test");
        };
    }
}
