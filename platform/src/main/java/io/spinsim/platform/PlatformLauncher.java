package io.spinsim.platform;

import io.spinsim.api.keys.BootstrapAdminKey;
import io.spinsim.auth.ApiKeyStore;
import io.spinsim.auth.IssuedKey;
import io.spinsim.auth.Role;
import io.spinsim.db.embedded.EmbeddedPostgresServer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the platform in this JVM: the database (external when {@code SPINSIM_DB_URL} is set, else an embedded
 * PostgreSQL whose data stays in {@code .data/pg}), then the chosen services, each its own Spring context and port.
 */
public final class PlatformLauncher {

    private PlatformLauncher() {
    }

    /** A running platform; closing it stops the services (running jobs go back to the queue) and the database. */
    public static final class Running implements AutoCloseable {
        private final EmbeddedPostgresServer embedded;
        private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
        private final Map<ServiceKind, Integer> ports = new EnumMap<>(ServiceKind.class);
        private final Map<ConfigurableApplicationContext, ServiceKind> kinds = new HashMap<>();
        final String databaseDescription;

        private Running(EmbeddedPostgresServer embedded, String databaseDescription) {
            this.embedded = embedded;
            this.databaseDescription = databaseDescription;
        }

        public String url(ServiceKind kind) {
            return "http://localhost:" + ports.get(kind);
        }

        /** A new API key, minted in-process (the CLI's own key for a platform it started, tests). */
        public IssuedKey issueKey(String name, Set<Role> roles) {
            return contexts.get(0).getBean(ApiKeyStore.class).create(name, roles, 1000, 1L << 30);
        }

        /** The admin key the API created on this start, when the database had none. */
        Optional<IssuedKey> bootstrapAdminKey() {
            return contexts.stream().filter(c -> kinds.get(c) == ServiceKind.API).findFirst()
                    .flatMap(c -> c.getBean(BootstrapAdminKey.class).issued());
        }

        /** The first started context of a service kind. */
        ConfigurableApplicationContext context(ServiceKind kind) {
            return contexts.stream().filter(c -> kinds.get(c) == kind).findFirst().orElseThrow();
        }

        @Override
        public synchronized void close() {
            for (int i = contexts.size() - 1; i >= 0; i--) {
                contexts.get(i).close();
            }
            contexts.clear();
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /**
     * @param services which services to run here, API first; a kind listed twice runs twice (worker replicas)
     * @param env      environment (SPINSIM_DB_URL, SPINSIM_DB_USER, SPINSIM_DB_PASSWORD, SPINSIM_STATE_DIR, ports)
     * @param extra    further Spring properties for every service (tests use them for ports and timings)
     */
    public static Running start(List<ServiceKind> services, Map<String, String> env, Map<String, Object> extra) {
        String url = env.get("SPINSIM_DB_URL");
        EmbeddedPostgresServer embedded = null;
        String description;
        if (url == null || url.isBlank()) {
            Path dataDir = Path.of(env.getOrDefault("SPINSIM_STATE_DIR", ".data")).resolve("pg").toAbsolutePath();
            embedded = EmbeddedPostgresServer.start(dataDir, 0);
            url = embedded.jdbcUrl("spinsim");
            description = "embedded PostgreSQL at " + url + " (data in " + dataDir + ")";
        } else {
            description = "external PostgreSQL at " + url;
        }
        Running running = new Running(embedded, description);
        try {
            int apiPort = port(ServiceKind.API, env);
            for (ServiceKind kind : services) {
                Map<String, Object> props = new HashMap<>(extra);
                props.put("spring.config.name", kind.configName);
                props.putIfAbsent("spring.main.banner-mode", "off");
                props.put("spring.datasource.url", url);
                putIfSet(props, "spring.datasource.username", env.get("SPINSIM_DB_USER"));
                putIfSet(props, "spring.datasource.password", env.get("SPINSIM_DB_PASSWORD"));
                props.putIfAbsent("server.port", port(kind, env));
                props.putIfAbsent("spinsim.worker.api-url", env.getOrDefault("SPINSIM_API_URL",
                        "http://localhost:" + (running.ports.containsKey(ServiceKind.API)
                                ? running.ports.get(ServiceKind.API) : apiPort)));
                // as command-line arguments, so they win over the services' own configuration files
                String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new);
                ConfigurableApplicationContext ctx = new SpringApplicationBuilder(kind.application)
                        .logStartupInfo(false).run(args);
                running.contexts.add(ctx);
                running.kinds.put(ctx, kind);
                running.ports.putIfAbsent(kind, ((WebServerApplicationContext) ctx).getWebServer().getPort());
            }
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    private static int port(ServiceKind kind, Map<String, String> env) {
        String v = env.get(kind.portVariable);
        return v == null || v.isBlank() ? kind.defaultPort : Integer.parseInt(v);
    }

    private static void putIfSet(Map<String, Object> props, String key, String value) {
        if (value != null && !value.isBlank()) {
            props.put(key, value);
        }
    }
}
