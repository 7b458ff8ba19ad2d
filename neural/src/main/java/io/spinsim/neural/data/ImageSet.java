package io.spinsim.neural.data;

/**
 * Labelled images, pixels scaled to [0, 1], stored image after image in channel-height-width order.
 *
 * @param name     data set and split, e.g. {@code mnist/test}
 * @param channels colour channels (1 or 3)
 * @param height   pixels
 * @param width    pixels
 * @param pixels   count x channels x height x width values in [0, 1]
 * @param labels   class of each image, in [0, classes)
 * @param classes  number of classes
 */
public record ImageSet(String name, int channels, int height, int width, float[] pixels, int[] labels, int classes) {

    public ImageSet {
        if (pixels.length != (long) labels.length * channels * height * width) {
            throw new IllegalArgumentException(name + ": " + pixels.length + " pixel values for " + labels.length
                    + " images of " + channels + "x" + height + "x" + width);
        }
    }

    public int count() {
        return labels.length;
    }

    public int imageSize() {
        return channels * height * width;
    }

    /** The first {@code limit} images (all when limit is null or not smaller than count). */
    public ImageSet first(Integer limit) {
        if (limit == null || limit >= count()) {
            return this;
        }
        float[] p = java.util.Arrays.copyOf(pixels, limit * imageSize());
        int[] l = java.util.Arrays.copyOf(labels, limit);
        return new ImageSet(name, channels, height, width, p, l, classes);
    }
}
