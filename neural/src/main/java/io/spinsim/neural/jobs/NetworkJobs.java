package io.spinsim.neural.jobs;

import io.spinsim.jobs.nn.CrossbarSettings;
import io.spinsim.jobs.nn.DataSet;
import io.spinsim.jobs.nn.TrainingSettings;
import io.spinsim.jobs.profile.DeviceProfile;
import io.spinsim.jobs.profile.ReadConditions;
import io.spinsim.jobs.run.Artifact;
import io.spinsim.jobs.run.JobContext;
import io.spinsim.neural.data.Cifar10Reader;
import io.spinsim.neural.data.DataSets;
import io.spinsim.neural.data.ImageSet;
import io.spinsim.neural.hw.ConductanceHistogram;
import io.spinsim.neural.hw.CrossbarConditions;
import io.spinsim.neural.hw.MappedLayer;
import io.spinsim.neural.hw.ReadCircuit;
import io.spinsim.neural.net.Network;
import io.spinsim.neural.train.EpochRecord;
import io.spinsim.neural.train.TrainingListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What the network job runners share: data, crossbar conditions, progress and artifacts. */
final class NetworkJobs {

    private NetworkJobs() {
    }

    /** Training and test split, cut to the spec's limits. */
    static ImageSet[] data(DataSet dataSet, String cifar10Path, TrainingSettings t) {
        ImageSet train;
        ImageSet test;
        switch (dataSet) {
            case MNIST -> {
                train = DataSets.train(DataSets.Name.MNIST);
                test = DataSets.test(DataSets.Name.MNIST);
            }
            case FASHION_MNIST -> {
                train = DataSets.train(DataSets.Name.FASHION_MNIST);
                test = DataSets.test(DataSets.Name.FASHION_MNIST);
            }
            default -> {
                try {
                    train = Cifar10Reader.read(Path.of(cifar10Path), true);
                    test = Cifar10Reader.read(Path.of(cifar10Path), false);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ImageSet[]{train.first(t.train_limit()), test.first(t.test_limit())};
    }

    /**
     * The crossbar conditions of the spec's settings; the read voltage and pulse width come from the settings or else
     * from the device profile's read conditions, and give thermal and shot noise when both are known.
     */
    static CrossbarConditions conditions(CrossbarSettings c, DeviceProfile profile) {
        ReadConditions fromProfile = profile == null ? null : profile.read();
        Double volts = c.read_voltage_V() != null ? c.read_voltage_V()
                : fromProfile == null ? null : fromProfile.read_voltage_V();
        Double pulse = c.read_pulse_s() != null ? c.read_pulse_s()
                : fromProfile == null ? null : fromProfile.read_pulse_width_s();
        boolean known = volts != null && volts > 0 && pulse != null && pulse > 0;
        ReadCircuit read = c.thermal_noise() && known ? new ReadCircuit(volts, pulse, c.temperature_K()) : null;
        return new CrossbarConditions(c.variation(), c.read_noise(), c.dac_bits(), c.adc_bits(),
                c.stuck_at_gmin_fraction(), c.stuck_at_gmax_fraction(), c.wire_segment_ohm(), read);
    }

    /** A note for the summary saying which read noise the crossbar inference applied. */
    static String readNote(CrossbarConditions c) {
        ReadCircuit r = c.read();
        return r == null ? "no thermal or shot noise (read voltage and pulse width unknown, or thermal_noise false)"
                : String.format("thermal and shot noise of every device at %.3g V, %.3g s read pulse (bandwidth %.3g "
                + "Hz), %.0f K", r.voltageV(), r.pulseS(), r.bandwidthHz(), r.temperatureK());
    }

    /** Progress between {@code from} and {@code to} of the job, one message per batch: epoch e/E, batch b/B. */
    static TrainingListener progress(JobContext context, double from, double to) {
        return new TrainingListener() {
            private int epochs = 1;

            @Override
            public void batch(int epoch, int epochs, int batch, int batches, double loss) {
                this.epochs = epochs;
                double done = ((epoch - 1) + (double) batch / batches) / epochs;
                context.progress(from + (to - from) * done, String.format(
                        "training epoch %d/%d, batch %d/%d, loss %.4f", epoch, epochs, batch, batches, loss));
            }

            @Override
            public void epoch(int epoch, double trainLoss, double testAccuracy) {
                context.progress(from + (to - from) * epoch / epochs, String.format(
                        "epoch %d/%d done: train loss %.4f, test accuracy %.4f", epoch, epochs, trainLoss, testAccuracy));
            }
        };
    }

    static Artifact epochsCsv(List<EpochRecord> epochs) {
        StringBuilder sb = new StringBuilder("epoch,train_loss,test_accuracy\n");
        for (EpochRecord e : epochs) {
            sb.append(e.epoch()).append(',').append(e.train_loss()).append(',').append(e.test_accuracy()).append('\n');
        }
        return Artifact.csv("accuracy_per_epoch.csv", sb.toString());
    }

    static Artifact histograms(Network network, List<MappedLayer> chip) {
        List<String> names = new ArrayList<>();
        List<float[]> g = new ArrayList<>();
        for (int i = 0; i < chip.size(); i++) {
            names.add(network.layers().get(i).name());
            g.add(ConductanceHistogram.devices(chip.get(i)));
        }
        return Artifact.csv("conductance_histograms.csv", ConductanceHistogram.csv(names, g, 64));
    }

    static String name(DataSet d) {
        return switch (d) {
            case MNIST -> "mnist";
            case FASHION_MNIST -> "fashion-mnist";
            case CIFAR10 -> "cifar10";
        };
    }
}
