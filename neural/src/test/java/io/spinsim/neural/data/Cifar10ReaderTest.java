package io.spinsim.neural.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Cifar10ReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsLabelThenRedGreenBluePlanesOfEachRecord() throws IOException {
        // two records in test_batch.bin: label, then 1024 red, 1024 green, 1024 blue bytes
        byte[] bytes = new byte[2 * 3073];
        bytes[0] = 6;
        bytes[1] = (byte) 255;          // red (0,0) of image 0
        bytes[1 + 1024] = 51;           // green (0,0) of image 0
        bytes[3073] = 9;
        bytes[3073 + 1 + 2048 + 1023] = (byte) 255; // blue (31,31) of image 1
        Files.write(dir.resolve("test_batch.bin"), bytes);
        ImageSet set = Cifar10Reader.read(dir, false);
        assertThat(set.count()).isEqualTo(2);
        assertThat(set.channels()).isEqualTo(3);
        assertThat(set.labels()).containsExactly(6, 9);
        assertThat(set.pixels()[0]).isEqualTo(1f);
        assertThat(set.pixels()[1024]).isEqualTo(0.2f);
        assertThat(set.pixels()[3072 + 2048 + 1023]).isEqualTo(1f);
    }

    @Test
    void aTruncatedFileIsRejected() throws IOException {
        Files.write(dir.resolve("test_batch.bin"), new byte[3000]);
        assertThatThrownBy(() -> Cifar10Reader.read(dir, false)).hasMessageContaining("not a multiple");
    }
}
