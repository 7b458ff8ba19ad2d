package io.spinsim.neural;

import io.spinsim.jobs.run.ArtifactSource;
import io.spinsim.jobs.run.JobContext;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A worker's context for tests: records progress calls and serves artifacts put into it. */
public class TestJobContext implements JobContext {

    private final UUID id = UUID.randomUUID();
    private final Map<UUID, byte[]> artifacts = new HashMap<>();
    public final List<String> progress = new ArrayList<>();

    public UUID store(byte[] bytes) {
        UUID artifactId = UUID.randomUUID();
        artifacts.put(artifactId, bytes);
        return artifactId;
    }

    @Override
    public UUID jobId() {
        return id;
    }

    @Override
    public void progress(double fraction, String message) {
        if (fraction < 0 || fraction > 1) {
            throw new AssertionError("progress fraction out of [0, 1]: " + fraction);
        }
        progress.add(message);
    }

    @Override
    public ArtifactSource artifacts() {
        return artifactId -> {
            byte[] bytes = artifacts.get(artifactId);
            if (bytes == null) {
                throw new IllegalArgumentException("no artifact " + artifactId);
            }
            return bytes;
        };
    }
}
