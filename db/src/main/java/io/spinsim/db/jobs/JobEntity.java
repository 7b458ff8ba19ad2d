package io.spinsim.db.jobs;

import io.spinsim.jobs.JobStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code jobs}, read-only here: rows are written and moved through their states by {@link JobQueue}. */
@Entity
@Table(name = "jobs")
public class JobEntity {

    @Id
    private UUID id;
    private String type;
    private String worker;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String spec;
    @Convert(converter = JobStatusConverter.class)
    private JobStatus status;
    private int priority;
    private int attempts;
    private int maxAttempts;
    private String leaseOwner;
    private Instant leaseExpiresAt;
    private double progressFraction;
    private String progressMessage;
    private boolean cancelRequested;
    private String idempotencyKey;
    private String requestSha256;
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String error;
    private UUID parentId;
    private String label;
    @Column(insertable = false, updatable = false)
    private String name;
    private UUID ownerKeyId;
    private Instant createdAt;
    private Instant startedAt;
    private Instant finishedAt;
    private Instant updatedAt;

    protected JobEntity() {
    }

    public UUID getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getWorker() {
        return worker;
    }

    public String getSpec() {
        return spec;
    }

    public JobStatus getStatus() {
        return status;
    }

    public int getPriority() {
        return priority;
    }

    public int getAttempts() {
        return attempts;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public String getLeaseOwner() {
        return leaseOwner;
    }

    public Instant getLeaseExpiresAt() {
        return leaseExpiresAt;
    }

    public double getProgressFraction() {
        return progressFraction;
    }

    public String getProgressMessage() {
        return progressMessage;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public String getRequestSha256() {
        return requestSha256;
    }

    public String getError() {
        return error;
    }

    public UUID getParentId() {
        return parentId;
    }

    public String getLabel() {
        return label;
    }

    /** The spec's {@code name}, if it has one. */
    public String getName() {
        return name;
    }

    public UUID getOwnerKeyId() {
        return ownerKeyId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
