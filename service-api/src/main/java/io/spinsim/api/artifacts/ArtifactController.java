package io.spinsim.api.artifacts;

import io.spinsim.api.jobs.JobService;
import io.spinsim.api.problems.ApiException;
import io.spinsim.db.artifacts.ArtifactEntity;
import io.spinsim.db.artifacts.ArtifactRepository;
import io.spinsim.db.artifacts.ArtifactStore;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Files jobs produced: listed per job, downloaded by id with their media type and a sha256 ETag. */
@RestController
public class ArtifactController {

    private final ArtifactRepository artifacts;
    private final ArtifactStore store;
    private final JobService jobs;

    public ArtifactController(ArtifactRepository artifacts, ArtifactStore store, JobService jobs) {
        this.artifacts = artifacts;
        this.store = store;
        this.jobs = jobs;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ArtifactView(UUID id, UUID jobId, String name, String mediaType, long sizeBytes, String sha256,
                               Instant createdAt, String href) {
        static ArtifactView of(ArtifactEntity a) {
            return new ArtifactView(a.getId(), a.getJobId(), a.getName(), a.getMediaType(), a.getSizeBytes(),
                    a.getSha256(), a.getCreatedAt(), "/api/v1/artifacts/" + a.getId());
        }
    }

    @Operation(summary = "Artifacts of a job (written when it succeeded)")
    @GetMapping("/api/v1/jobs/{id}/artifacts")
    public List<ArtifactView> list(@PathVariable UUID id) {
        jobs.requireJob(id);
        return artifacts.findByJobIdOrderByName(id).stream().map(ArtifactView::of).toList();
    }

    @Operation(summary = "Download an artifact", description = "Content-Type is the artifact's media type; the ETag "
            + "is its sha256, checked against the stored bytes before sending; If-None-Match gives 304.")
    @GetMapping("/api/v1/artifacts/{id}")
    public ResponseEntity<byte[]> download(@PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        ArtifactEntity a = artifacts.findById(id).orElseThrow(() -> ApiException.notFound("artifact " + id));
        String etag = "\"" + a.getSha256() + "\"";
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.getMediaType()))
                .contentLength(a.getSizeBytes())
                .eTag(etag)
                .cacheControl(CacheControl.noCache())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(a.getName()).build().toString())
                .body(store.read(a));
    }
}
