package io.spinsim.db.artifacts;

import java.util.UUID;

/** Stored bytes whose sha256 does not match the one recorded at write time. */
public class CorruptArtifactException extends RuntimeException {
    public CorruptArtifactException(UUID id) {
        super("artifact " + id + " failed its sha256 check");
    }
}
