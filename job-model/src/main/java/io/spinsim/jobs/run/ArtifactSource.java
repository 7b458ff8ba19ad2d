package io.spinsim.jobs.run;

import java.util.UUID;

/** Reads an artifact another job stored. Services implement it over service-api's REST endpoint. */
public interface ArtifactSource {

    /** @throws IllegalArgumentException when no artifact has this id */
    byte[] fetch(UUID artifactId);
}
