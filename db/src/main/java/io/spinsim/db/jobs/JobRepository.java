package io.spinsim.db.jobs;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads of jobs for the API; state transitions of the queue are in {@link JobQueue}. */
public interface JobRepository extends JpaRepository<JobEntity, UUID>, JpaSpecificationExecutor<JobEntity> {

    Optional<JobEntity> findByIdempotencyKey(String idempotencyKey);

    List<JobEntity> findByParentIdOrderByCreatedAt(UUID parentId);
}
