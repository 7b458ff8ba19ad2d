package io.spinsim.db.events;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface JobEventRepository extends JpaRepository<JobEventEntity, Long> {

    List<JobEventEntity> findByJobIdOrderById(UUID jobId);
}
