package io.spinsim.db.events;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One line of a job's history: submitted, claimed, lease expired, cancelled, succeeded, failed. */
@Entity
@Table(name = "job_events")
public class JobEventEntity {

    @Id
    private Long id;
    private UUID jobId;
    private Instant at;
    private String kind;
    private String message;
    private String actor;

    protected JobEventEntity() {
    }

    public Long getId() {
        return id;
    }

    public UUID getJobId() {
        return jobId;
    }

    public Instant getAt() {
        return at;
    }

    public String getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    public String getActor() {
        return actor;
    }
}
