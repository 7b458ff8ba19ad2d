package io.spinsim.platform.browser;

import io.spinsim.auth.Role;
import io.spinsim.db.testing.TestDatabase;
import io.spinsim.platform.PlatformLauncher;
import io.spinsim.platform.ServiceKind;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The API and solver services started in this JVM on a fresh database, as the end-to-end tests start them. */
final class InProcessPlatform implements AutoCloseable {

    private final PlatformLauncher.Running running;
    private final String adminKey;

    private InProcessPlatform(PlatformLauncher.Running running) {
        this.running = running;
        this.adminKey = running.issueKey("browser-test", EnumSet.allOf(Role.class)).token();
    }

    static InProcessPlatform start() {
        return new InProcessPlatform(PlatformLauncher.start(List.of(ServiceKind.API, ServiceKind.SOLVER),
                Map.of("SPINSIM_DB_URL", TestDatabase.freshUrl()),
                Map.of("server.port", 0, "spinsim.worker.poll", "100ms", "spinsim.worker.heartbeat", "200ms")));
    }

    String apiUrl() {
        return running.url(ServiceKind.API);
    }

    String solverUrl() {
        return running.url(ServiceKind.SOLVER);
    }

    /** A key with every role, minted in-process. */
    String adminKey() {
        return adminKey;
    }

    @Override
    public void close() {
        running.close();
    }
}
