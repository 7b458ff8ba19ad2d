package io.spinsim.platform;

import io.spinsim.auth.ApiKey;
import io.spinsim.auth.ApiKeyStore;
import io.spinsim.auth.IssuedKey;
import io.spinsim.auth.Role;
import io.spinsim.db.embedded.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code spinsim keys create|list|revoke}: API key administration straight on the database, for when no admin key
 * is at hand (a lost bootstrap key, a new deployment). Uses SPINSIM_DB_URL, or the embedded database in
 * SPINSIM_STATE_DIR when the platform is not running.
 */
final class KeysCommand {

    private KeysCommand() {
    }

    static int run(CliOptions o, Map<String, String> env, PrintStream out) {
        String action = o.positional(1, "create, list or revoke");
        String url = env.get("SPINSIM_DB_URL");
        EmbeddedPostgresServer embedded = null;
        if (url == null || url.isBlank()) {
            Path dataDir = Path.of(env.getOrDefault("SPINSIM_STATE_DIR", ".data")).resolve("pg").toAbsolutePath();
            embedded = EmbeddedPostgresServer.start(dataDir, 0);
            url = embedded.jdbcUrl("spinsim");
        }
        try {
            DriverManagerDataSource ds = new DriverManagerDataSource(url, env.getOrDefault("SPINSIM_DB_USER", ""),
                    env.getOrDefault("SPINSIM_DB_PASSWORD", ""));
            // the same migrations the services run at start, so this works on a database no service has seen yet
            Flyway.configure().dataSource(ds).load().migrate();
            ApiKeyStore keys = new ApiKeyStore(new JdbcTemplate(ds));
            return switch (action) {
                case "create" -> create(keys, o, out);
                case "list" -> {
                    keys.list().forEach(k -> out.println(line(k)));
                    yield 0;
                }
                case "revoke" -> keys.revoke(UUID.fromString(o.positional(2, "key id"))) ? 0 : 1;
                default -> throw new IllegalArgumentException("keys takes create, list or revoke");
            };
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    private static int create(ApiKeyStore keys, CliOptions o, PrintStream out) {
        String name = o.positional(2, "key name");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(o.option("--roles", "read,submit").split(","))
                .forEach(r -> roles.add(Role.valueOf(r.trim().toUpperCase(Locale.ROOT))));
        IssuedKey issued = keys.create(name, roles, Integer.parseInt(o.option("--max-queued-jobs", "100")),
                Long.parseLong(o.option("--max-cells", String.valueOf(1L << 24))));
        out.println(line(issued.key()));
        out.println(issued.token());
        return 0;
    }

    private static String line(ApiKey k) {
        return k.id() + "  " + k.prefix() + "  " + k.name() + "  " + k.roles() + "  queued<=" + k.maxQueuedJobs()
                + "  cells<=" + k.maxCells() + (k.revokedAt() == null ? "" : "  revoked " + k.revokedAt());
    }
}
