package io.spinsim.neural.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CIFAR-10 binary version (Krizhevsky 2009): records of 1 label byte and 3072 pixel bytes, the 1024
 * red, then green, then blue values of a 32 x 32 image in row-major order; {@code data_batch_1.bin} to
 * {@code data_batch_5.bin} form the training split and {@code test_batch.bin} the test split.
 */
public final class Cifar10Reader {

    public static final int SIDE = 32;
    private static final int RECORD = 1 + 3 * SIDE * SIDE;

    private Cifar10Reader() {
    }

    /** @param train true for data_batch_1..5, false for test_batch */
    public static ImageSet read(Path directory, boolean train) throws IOException {
        List<Path> files = new ArrayList<>();
        if (train) {
            for (int i = 1; i <= 5; i++) {
                files.add(directory.resolve("data_batch_" + i + ".bin"));
            }
        } else {
            files.add(directory.resolve("test_batch.bin"));
        }
        List<byte[]> chunks = new ArrayList<>();
        long records = 0;
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                throw new IOException("CIFAR-10 binary file missing: " + f);
            }
            byte[] bytes = Files.readAllBytes(f);
            if (bytes.length % RECORD != 0) {
                throw new IOException(f + ": size " + bytes.length + " is not a multiple of the record size " + RECORD);
            }
            chunks.add(bytes);
            records += bytes.length / RECORD;
        }
        int n = Math.toIntExact(records);
        float[] pixels = new float[n * (RECORD - 1)];
        int[] labels = new int[n];
        int k = 0;
        for (byte[] chunk : chunks) {
            for (int r = 0; r < chunk.length / RECORD; r++, k++) {
                int base = r * RECORD;
                labels[k] = chunk[base] & 0xff;
                if (labels[k] > 9) {
                    throw new IOException("CIFAR-10 record " + k + " has label " + labels[k] + ", not 0..9");
                }
                for (int p = 1; p < RECORD; p++) {
                    pixels[k * (RECORD - 1) + p - 1] = (chunk[base + p] & 0xff) / 255f;
                }
            }
        }
        return new ImageSet(train ? "cifar10/train" : "cifar10/test", 3, SIDE, SIDE, pixels, labels, 10);
    }
}
