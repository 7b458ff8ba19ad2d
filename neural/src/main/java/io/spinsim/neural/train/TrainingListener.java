package io.spinsim.neural.train;

/** Told after every batch and every epoch; a job runner forwards it to its progress report. */
public interface TrainingListener {

    void batch(int epoch, int epochs, int batch, int batches, double loss);

    default void epoch(int epoch, double trainLoss, double testAccuracy) {
    }

    static TrainingListener none() {
        return (epoch, epochs, batch, batches, loss) -> { };
    }
}
