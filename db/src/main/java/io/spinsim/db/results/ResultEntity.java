package io.spinsim.db.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The JSON summary a succeeded job left; one per job. */
@Entity
@Table(name = "results")
public class ResultEntity {

    @Id
    private UUID jobId;
    @Column(columnDefinition = "jsonb")
    private String summary;
    private Instant createdAt;

    protected ResultEntity() {
    }

    public UUID getJobId() {
        return jobId;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
