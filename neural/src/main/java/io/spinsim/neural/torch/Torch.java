package io.spinsim.neural.torch;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;

/**
 * DJL's PyTorch engine, started offline: the natives come from the pytorch-native-cpu jar on the class path and
 * nothing is downloaded at run time ({@code ai.djl.offline=true}). Intra-op threads default to the core count.
 */
public final class Torch {

    private static volatile Engine engine;

    private Torch() {
    }

    public static synchronized Engine engine() {
        if (engine == null) {
            System.setProperty("ai.djl.offline", "true");
            System.setProperty("ai.djl.pytorch.graph_optimizer", "false");
            String threads = System.getProperty("spinsim.torch.threads",
                    String.valueOf(Runtime.getRuntime().availableProcessors()));
            System.setProperty("ai.djl.pytorch.num_threads", threads);
            System.setProperty("ai.djl.pytorch.num_interop_threads", "1");
            engine = Engine.getEngine("PyTorch");
        }
        return engine;
    }

    public static NDManager newManager() {
        return engine().newBaseManager();
    }

    /** "PyTorch 2.7.1 (DJL)" for reports. */
    public static String describe() {
        return engine().getEngineName() + " " + engine().getVersion() + " (DJL)";
    }
}
