package io.spinsim.db.artifacts;

import io.spinsim.jobs.run.Artifact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Artifact bytes in {@code artifacts.content}: written inside the caller's transaction (the one that sets the job's
 * final status), read back for download after their sha256 is checked.
 */
@Repository
public class ArtifactStore {

    private final JdbcTemplate jdbc;

    public ArtifactStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return id of the stored artifact */
    public UUID insert(UUID jobId, Artifact artifact) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into artifacts (id, job_id, name, media_type, size_bytes, sha256, content) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                id, jobId, artifact.name(), artifact.mediaType(), (long) artifact.content().length,
                sha256(artifact.content()), artifact.content());
        return id;
    }

    /**
     * The artifact's bytes, checked against the sha256 recorded when they were written.
     *
     * @throws CorruptArtifactException when the stored bytes no longer match
     */
    public byte[] read(ArtifactEntity meta) {
        byte[] content = jdbc.query("select content from artifacts where id = ?", rs -> {
            if (!rs.next()) {
                throw new IllegalStateException("artifact " + meta.getId() + " vanished");
            }
            return rs.getBytes(1);
        }, meta.getId());
        if (content == null || !sha256(content).equals(meta.getSha256())) {
            throw new CorruptArtifactException(meta.getId());
        }
        return content;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
