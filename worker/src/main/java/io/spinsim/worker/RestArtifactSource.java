package io.spinsim.worker;

import io.spinsim.db.artifacts.ArtifactStore;
import io.spinsim.jobs.run.ArtifactSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import java.util.UUID;

/**
 * Artifacts of other jobs, fetched through service-api's {@code GET /api/v1/artifacts/{id}}: the exchange path
 * between services. The ETag carries the stored sha256; the bytes are checked against it.
 */
final class RestArtifactSource implements ArtifactSource {

    private final RestClient http;

    /** @param apiKey a key with the read role, sent as a bearer token */
    RestArtifactSource(RestClient.Builder builder, String apiUrl, String apiKey) {
        this.http = builder.baseUrl(apiUrl).defaultHeader("Authorization", "Bearer " + apiKey).build();
    }

    @Override
    public byte[] fetch(UUID artifactId) {
        ResponseEntity<byte[]> response;
        try {
            response = http.get().uri("/api/v1/artifacts/{id}", artifactId).retrieve().toEntity(byte[].class);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.NOT_FOUND) {
                throw new IllegalArgumentException("no artifact with id " + artifactId);
            }
            throw e;
        }
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody();
        String etag = response.getHeaders().getETag();
        if (etag != null && !etag.replace("\"", "").equals(ArtifactStore.sha256(body))) {
            throw new IllegalStateException("artifact " + artifactId + " arrived corrupted (sha256 mismatch)");
        }
        return body;
    }
}
