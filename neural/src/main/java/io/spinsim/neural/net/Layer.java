package io.spinsim.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * A synaptic layer: the weighted sum a crossbar computes. Its weight is a matrix of {@link #rows()} outputs by
 * {@link #cols()} inputs (a conv kernel is unrolled to out channels x in channels k k, one crossbar column per
 * output channel).
 */
public interface Layer {

    String name();

    Shape weightShape();

    /** Crossbar rows in the differential-pair picture: outputs (or output channels). */
    long rows();

    /** Crossbar inputs: fan-in of one output. */
    long cols();

    /** x times the weight, no bias. */
    NDArray apply(NDArray x, NDArray weight);
}
