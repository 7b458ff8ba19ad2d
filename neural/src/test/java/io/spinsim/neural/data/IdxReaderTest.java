package io.spinsim.neural.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdxReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsPlainAndGzippedIdxImagesWithTheirLabels() throws IOException {
        byte[] pixels = {0, (byte) 255, 51, 102, 0, 0, 0, (byte) 255};
        writeIdx(dir.resolve("img"), false, new int[]{2, 2, 2}, pixels);
        writeIdx(dir.resolve("lab.gz"), true, new int[]{2}, new byte[]{7, 3});
        ImageSet set = IdxReader.read("t", dir.resolve("img"), dir.resolve("lab.gz"), 10);
        assertThat(set.count()).isEqualTo(2);
        assertThat(set.height()).isEqualTo(2);
        assertThat(set.labels()).containsExactly(7, 3);
        // unsigned bytes scaled by 1/255: 255 -> 1, 51 -> 0.2
        assertThat(set.pixels()[1]).isEqualTo(1f);
        assertThat(set.pixels()[2]).isEqualTo(0.2f);
        assertThat(set.first(1).count()).isEqualTo(1);
    }

    @Test
    void rejectsALabelOutsideTheClasses() throws IOException {
        writeIdx(dir.resolve("img"), false, new int[]{1, 1, 1}, new byte[]{1});
        writeIdx(dir.resolve("lab"), false, new int[]{1}, new byte[]{12});
        assertThatThrownBy(() -> IdxReader.read("t", dir.resolve("img"), dir.resolve("lab"), 10))
                .hasMessageContaining("label 12");
    }

    @Test
    void mnistAndFashionMnistCachesHoldTheFullSplits() {
        // filled by scripts/fetch-data.sh, which CI runs first
        assertThat(DataSets.train(DataSets.Name.MNIST).count()).isEqualTo(60000);
        assertThat(DataSets.test(DataSets.Name.MNIST).count()).isEqualTo(10000);
        assertThat(DataSets.test(DataSets.Name.FASHION_MNIST).count()).isEqualTo(10000);
        assertThat(DataSets.test(DataSets.Name.FASHION_MNIST).imageSize()).isEqualTo(784);
    }

    static void writeIdx(Path file, boolean gzip, int[] dims, byte[] data) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream os = gzip ? new GZIPOutputStream(raw) : raw;
             DataOutputStream out = new DataOutputStream(os)) {
            out.writeInt(0x0800 | dims.length);
            for (int d : dims) {
                out.writeInt(d);
            }
            out.write(data);
        }
    }
}
