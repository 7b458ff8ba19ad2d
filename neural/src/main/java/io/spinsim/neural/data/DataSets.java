package io.spinsim.neural.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The data sets networks train on, read from the cache that {@code scripts/fetch-data.sh} fills: system property
 * {@code spinsim.data.dir}, else environment variable {@code SPINSIM_DATA_DIR}, else {@code ~/.cache/spinsim/data}.
 * Splits are read once per process and shared (they are never modified).
 */
public final class DataSets {

    /** Which data set. */
    public enum Name {
        MNIST("mnist", ""), FASHION_MNIST("fashion-mnist", ".gz");

        private final String folder;
        private final String suffix;

        Name(String folder, String suffix) {
            this.folder = folder;
            this.suffix = suffix;
        }
    }

    private static final Map<String, ImageSet> CACHE = new ConcurrentHashMap<>();

    private DataSets() {
    }

    public static Path directory() {
        String dir = System.getProperty("spinsim.data.dir", System.getenv("SPINSIM_DATA_DIR"));
        return dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), ".cache", "spinsim", "data");
    }

    public static ImageSet train(Name name) {
        return load(name, "train");
    }

    public static ImageSet test(Name name) {
        return load(name, "t10k");
    }

    private static ImageSet load(Name name, String split) {
        return CACHE.computeIfAbsent(name.folder + "/" + split, key -> {
            Path dir = directory().resolve(name.folder);
            Path images = dir.resolve(split + "-images-idx3-ubyte" + name.suffix);
            Path labels = dir.resolve(split + "-labels-idx1-ubyte" + name.suffix);
            if (!Files.isReadable(images) || !Files.isReadable(labels)) {
                throw new IllegalStateException("data set " + name.folder + " not found in " + dir
                        + ": run scripts/fetch-data.sh (or set SPINSIM_DATA_DIR)");
            }
            try {
                return IdxReader.read(key.replace("t10k", "test"), images, labels, 10);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
