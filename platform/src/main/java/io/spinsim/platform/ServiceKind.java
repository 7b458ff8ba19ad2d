package io.spinsim.platform;

import io.spinsim.api.ApiApplication;
import io.spinsim.nn.NnApplication;
import io.spinsim.solver.SolverApplication;

/** The three services, with the application class, configuration file and default port of each. */
public enum ServiceKind {
    API(ApiApplication.class, ApiApplication.CONFIG_NAME, "SPINSIM_API_PORT", 8080),
    SOLVER(SolverApplication.class, SolverApplication.CONFIG_NAME, "SPINSIM_SOLVER_PORT", 8081),
    NN(NnApplication.class, NnApplication.CONFIG_NAME, "SPINSIM_NN_PORT", 8082);

    final Class<?> application;
    final String configName;
    final String portVariable;
    final int defaultPort;

    ServiceKind(Class<?> application, String configName, String portVariable, int defaultPort) {
        this.application = application;
        this.configName = configName;
        this.portVariable = portVariable;
        this.defaultPort = defaultPort;
    }

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
