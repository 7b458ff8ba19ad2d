package io.spinsim.jobs.run;

/**
 * A file a job produced: stored with its job, downloadable over REST, and readable by other jobs.
 *
 * @param name      file name unique within the job, e.g. {@code table.csv}
 * @param mediaType e.g. {@code text/csv}, {@code image/png}, {@code application/json}
 * @param content   the bytes
 */
public record Artifact(String name, String mediaType, byte[] content) {

    public static Artifact csv(String name, String text) {
        return new Artifact(name, "text/csv", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Artifact json(String name, byte[] json) {
        return new Artifact(name, "application/json", json);
    }

    public static Artifact png(String name, byte[] png) {
        return new Artifact(name, "image/png", png);
    }
}
