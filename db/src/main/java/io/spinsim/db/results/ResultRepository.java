package io.spinsim.db.results;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface ResultRepository extends JpaRepository<ResultEntity, UUID> {
}
