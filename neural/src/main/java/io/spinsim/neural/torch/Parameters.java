package io.spinsim.neural.torch;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The trainable tensors of a network by name, initialized from a Java random source (so a seed fixes a run even
 * when jobs share the engine), updated with Adam.
 */
public final class Parameters {

    private final NDManager manager;
    private final Map<String, NDArray> byName = new LinkedHashMap<>();
    private Optimizer optimizer;

    public Parameters(NDManager manager) {
        this.manager = manager;
    }

    /** Kaiming-uniform weight, U(-b, b) with b = sqrt(6 / fanIn) * gain / sqrt(2) (He et al. 2015). */
    public NDArray weight(String name, Shape shape, long fanIn, double gain, SplittableRandom random) {
        double bound = gain * Math.sqrt(3.0 / fanIn);
        float[] v = new float[Math.toIntExact(shape.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
        return add(name, Tensors.floats(manager, v, shape));
    }

    public NDArray zeros(String name, Shape shape) {
        return add(name, manager.zeros(shape));
    }

    public NDArray add(String name, NDArray array) {
        array.setRequiresGradient(true);
        byName.put(name, array);
        return array;
    }

    public NDArray get(String name) {
        return byName.get(name);
    }

    public Map<String, NDArray> all() {
        return byName;
    }

    /**
     * Adam with a constant step size, or with cosine annealing from {@code learningRate} to 1% of it over
     * {@code updates} steps (Loshchilov and Hutter 2017).
     */
    public void useAdam(float learningRate, boolean cosine, int updates) {
        Tracker t = cosine ? Tracker.cosine().setBaseValue(learningRate).optFinalValue(0.01f * learningRate)
                .setMaxUpdates(updates).build() : Tracker.fixed(learningRate);
        optimizer = Optimizer.adam().optLearningRateTracker(t).build();
    }

    /** One optimizer step on every parameter from the gradients of the last backward pass. */
    public void step() {
        for (Map.Entry<String, NDArray> e : byName.entrySet()) {
            try (NDArray gradient = e.getValue().getGradient()) {
                optimizer.update(e.getKey(), e.getValue(), gradient);
            }
        }
    }

    /**
     * Sets every gradient to zero. PyTorch adds each backward pass into the gradients it holds and DJL's gradient
     * collector does not clear them (DJL's Adam update does, a loop that applies the gradients itself does not), so
     * a training loop calls this before every batch's backward pass; without it each update would follow the sum of
     * all the gradients so far.
     */
    public void zeroGradients() {
        for (NDArray p : byName.values()) {
            if (p.hasGradient()) {
                try (NDArray gradient = p.getGradient()) {
                    gradient.subi(gradient);
                }
            }
        }
    }

    /**
     * Lends every parameter to a per-batch manager until it closes, so that the tensors computed from them in that
     * batch are freed with it (results of an op belong to its first operand's manager).
     */
    public void lendTo(NDManager batch) {
        byName.values().forEach(p -> p.tempAttach(batch));
    }

    public NDManager manager() {
        return manager;
    }
}
