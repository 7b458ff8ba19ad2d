package io.spinsim.auth;

import io.spinsim.db.artifacts.ArtifactStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * API keys in {@code api_keys}. A key is {@code spk_<prefix>_<secret>} with 8 hex characters of prefix and 256
 * random bits of secret; only the SHA-256 of the whole key is stored.
 */
@Repository
public class ApiKeyStore {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RowMapper<ApiKey> ROW = (rs, i) -> new ApiKey(rs.getObject("id", UUID.class),
            rs.getString("name"), rs.getString("prefix"), roles(rs.getArray("roles")), rs.getInt("max_queued_jobs"),
            rs.getLong("max_cells"), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("revoked_at")));

    private final JdbcTemplate jdbc;

    public ApiKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public IssuedKey create(String name, Set<Role> roles, int maxQueuedJobs, long maxCells) {
        byte[] p = new byte[4];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(p);
        RANDOM.nextBytes(secret);
        String prefix = HexFormat.of().formatHex(p);
        String token = "spk_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        String[] roleNames = roles.stream().map(Role::dbName).sorted().toArray(String[]::new);
        jdbc.update("insert into api_keys (id, name, prefix, key_sha256, roles, max_queued_jobs, max_cells) "
                + "values (?, ?, ?, ?, ?, ?, ?)", id, name, prefix, hash(token), roleNames, maxQueuedJobs, maxCells);
        return new IssuedKey(find(id).orElseThrow(), token);
    }

    /** The active key this token is, if any; compares hashes in constant time. */
    public Optional<ApiKey> verify(String token) {
        if (token == null || !token.matches("spk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        String prefix = token.substring(4, 12);
        List<String[]> rows = jdbc.query("select id::text, key_sha256 from api_keys where prefix = ? and revoked_at is null",
                (rs, i) -> new String[]{rs.getString(1), rs.getString(2)}, prefix);
        byte[] given = hash(token).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        for (String[] row : rows) {
            if (java.security.MessageDigest.isEqual(given, row[1].getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return find(UUID.fromString(row[0]));
            }
        }
        return Optional.empty();
    }

    public Optional<ApiKey> find(UUID id) {
        return jdbc.query("select * from api_keys where id = ?", ROW, id).stream().findFirst();
    }

    public List<ApiKey> list() {
        return jdbc.query("select * from api_keys order by created_at", ROW);
    }

    /** @return true when an active key was revoked */
    public boolean revoke(UUID id) {
        return jdbc.update("update api_keys set revoked_at = now() where id = ? and revoked_at is null", id) == 1;
    }

    /** Revokes every active key of this name (a service replacing the key it used before a restart). */
    public int revokeNamed(String name) {
        return jdbc.update("update api_keys set revoked_at = now() where name = ? and revoked_at is null", name);
    }

    public boolean anyActiveAdmin() {
        Boolean any = jdbc.queryForObject("select exists (select 1 from api_keys where revoked_at is null "
                + "and 'admin' = any (roles))", Boolean.class);
        return Boolean.TRUE.equals(any);
    }

    private static String hash(String token) {
        return ArtifactStore.sha256(token.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static Set<Role> roles(Array array) throws java.sql.SQLException {
        return Arrays.stream((String[]) array.getArray()).map(Role::fromDb)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
