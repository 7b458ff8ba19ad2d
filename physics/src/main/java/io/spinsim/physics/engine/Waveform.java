package io.spinsim.physics.engine;

/**
 * Time profile of a drive, value in [0, 1]: on for {@code width} from {@code start}, repeated every {@code period}
 * for {@code count} pulses. A constant drive is {@link #ALWAYS}; a single pulse has count 1.
 *
 * @param start  s
 * @param width  s (infinite for a constant drive)
 * @param period s (ignored when count is 1)
 * @param count  number of pulses (Long.MAX_VALUE: unbounded train)
 */
public record Waveform(double start, double width, double period, long count) {

    public static final Waveform ALWAYS = new Waveform(0, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 1);

    public static Waveform pulse(double start, double width) {
        return new Waveform(start, width, Double.POSITIVE_INFINITY, 1);
    }

    public double value(double t) {
        if (t < start) {
            return 0;
        }
        double since = t - start;
        long index = count == 1 || Double.isInfinite(period) ? 0 : (long) Math.floor(since / period);
        if (index >= count) {
            return 0;
        }
        return since - index * (Double.isInfinite(period) ? 0 : period) < width ? 1 : 0;
    }

    public boolean constant() {
        return start <= 0 && Double.isInfinite(width);
    }
}
