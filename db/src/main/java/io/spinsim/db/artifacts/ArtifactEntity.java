package io.spinsim.db.artifacts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Metadata of a stored artifact; its bytes are read and written by {@link ArtifactStore} (never loaded here). */
@Entity
@Table(name = "artifacts")
public class ArtifactEntity {

    @Id
    private UUID id;
    private UUID jobId;
    private String name;
    private String mediaType;
    private long sizeBytes;
    private String sha256;
    private Instant createdAt;

    protected ArtifactEntity() {
    }

    public UUID getId() {
        return id;
    }

    public UUID getJobId() {
        return jobId;
    }

    public String getName() {
        return name;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
