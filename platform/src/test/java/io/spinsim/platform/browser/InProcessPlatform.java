package io.spinsim.platform.browser;

import io.spinsim.auth.IssuedKey;
import io.spinsim.auth.Role;
import io.spinsim.db.testing.TestDatabase;

import java.lang.reflect.Method;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * The API and solver services started in this JVM on a fresh database, as the end-to-end tests of
 * {@code io.spinsim.platform} start them. {@code PlatformLauncher} and {@code ServiceKind} are package-private there,
 * so this one class reaches them by reflection; everything else in this package is plain.
 */
final class InProcessPlatform implements AutoCloseable {

    private final AutoCloseable running;
    private final String apiUrl;
    private final String solverUrl;
    private final String adminKey;

    private InProcessPlatform(AutoCloseable running, String apiUrl, String solverUrl, String adminKey) {
        this.running = running;
        this.apiUrl = apiUrl;
        this.solverUrl = solverUrl;
        this.adminKey = adminKey;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static InProcessPlatform start() throws ReflectiveOperationException {
        Class<? extends Enum> kind = (Class<? extends Enum>) Class.forName("io.spinsim.platform.ServiceKind");
        Object api = Enum.valueOf(kind, "API");
        Object solver = Enum.valueOf(kind, "SOLVER");
        Method start = Class.forName("io.spinsim.platform.PlatformLauncher")
                .getDeclaredMethod("start", List.class, Map.class, Map.class);
        start.setAccessible(true);
        AutoCloseable running = (AutoCloseable) start.invoke(null, List.of(api, solver),
                Map.of("SPINSIM_DB_URL", TestDatabase.freshUrl()),
                Map.of("server.port", 0, "spinsim.worker.poll", "100ms", "spinsim.worker.heartbeat", "200ms"));
        Method url = running.getClass().getDeclaredMethod("url", kind);
        url.setAccessible(true);
        Method issueKey = running.getClass().getDeclaredMethod("issueKey", String.class, java.util.Set.class);
        issueKey.setAccessible(true);
        IssuedKey key = (IssuedKey) issueKey.invoke(running, "browser-test", EnumSet.allOf(Role.class));
        return new InProcessPlatform(running, (String) url.invoke(running, api), (String) url.invoke(running, solver),
                key.token());
    }

    String apiUrl() {
        return apiUrl;
    }

    String solverUrl() {
        return solverUrl;
    }

    /** A key with every role, minted in-process. */
    String adminKey() {
        return adminKey;
    }

    @Override
    public void close() throws Exception {
        running.close();
    }
}
