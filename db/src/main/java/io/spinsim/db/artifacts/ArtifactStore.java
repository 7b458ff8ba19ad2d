package io.spinsim.db.artifacts;

import io.spinsim.jobs.run.Artifact;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Artifact bytes in {@code artifacts.content}: written inside the caller's transaction (the one that sets the job's
 * final status), streamed out on download after their sha256 is checked.
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
     * Copies the artifact's bytes to {@code out}.
     *
     * @throws CorruptArtifactException when the stored bytes no longer match the stored sha256
     */
    public void copyTo(ArtifactEntity meta, OutputStream out) {
        byte[] content = jdbc.query("select content from artifacts where id = ?", rs -> {
            if (!rs.next()) {
                throw new IllegalStateException("artifact " + meta.getId() + " vanished");
            }
            try (InputStream in = rs.getBinaryStream(1)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, meta.getId());
        if (!sha256(content).equals(meta.getSha256())) {
            throw new CorruptArtifactException(meta.getId());
        }
        try {
            out.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
