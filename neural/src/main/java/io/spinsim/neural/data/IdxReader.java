package io.spinsim.neural.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the idx format of MNIST and Fashion-MNIST (LeCun et al.): big-endian magic 0x0000TTDD with type byte TT
 * (0x08 = unsigned byte) and dimension count DD, then DD big-endian int sizes, then the data. Gzipped files
 * (magic 1f 8b) are unpacked on the fly.
 */
public final class IdxReader {

    private static final int UNSIGNED_BYTE = 0x08;

    private IdxReader() {
    }

    /** Images and labels of one split: pixels scaled by 1/255. */
    public static ImageSet read(String name, Path images, Path labels, int classes) throws IOException {
        Idx img = readUnsignedBytes(images);
        Idx lab = readUnsignedBytes(labels);
        if (img.dims.length != 3 || lab.dims.length != 1 || img.dims[0] != lab.dims[0]) {
            throw new IOException(name + ": expected N x rows x cols images and N labels, got "
                    + java.util.Arrays.toString(img.dims) + " and " + java.util.Arrays.toString(lab.dims));
        }
        float[] pixels = new float[img.data.length];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (img.data[i] & 0xff) / 255f;
        }
        int[] y = new int[lab.data.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = lab.data[i] & 0xff;
            if (y[i] >= classes) {
                throw new IOException(name + ": label " + y[i] + " of image " + i + " is not below " + classes);
            }
        }
        return new ImageSet(name, 1, img.dims[1], img.dims[2], pixels, y, classes);
    }

    /** One idx file of unsigned bytes: its dimensions and raw data. */
    public static Idx readUnsignedBytes(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(open(file), 1 << 16))) {
            int magic = in.readInt();
            if ((magic >>> 16) != 0 || ((magic >>> 8) & 0xff) != UNSIGNED_BYTE) {
                throw new IOException(file + ": not an unsigned-byte idx file (magic 0x" + Integer.toHexString(magic) + ")");
            }
            int[] dims = new int[magic & 0xff];
            long total = 1;
            for (int d = 0; d < dims.length; d++) {
                dims[d] = in.readInt();
                total *= dims[d];
            }
            if (total > Integer.MAX_VALUE - 8) {
                throw new IOException(file + ": too large (" + total + " values)");
            }
            byte[] data = new byte[(int) total];
            in.readFully(data);
            return new Idx(dims, data);
        }
    }

    private static InputStream open(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file));
        raw.mark(2);
        int b0 = raw.read();
        int b1 = raw.read();
        raw.reset();
        return b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(raw, 1 << 16) : raw;
    }

    /** Dimensions and raw bytes of an idx file. */
    public record Idx(int[] dims, byte[] data) {
    }
}
