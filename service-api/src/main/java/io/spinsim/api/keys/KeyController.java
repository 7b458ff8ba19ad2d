package io.spinsim.api.keys;

import io.spinsim.auth.ApiKey;
import io.spinsim.auth.ApiKeyStore;
import io.spinsim.auth.IssuedKey;
import io.spinsim.auth.Role;
import io.spinsim.api.problems.ApiException;
import io.spinsim.jobs.validation.InRange;
import io.spinsim.jobs.validation.SpecReader;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** API keys, for admins: create (the secret is shown once), list, revoke. */
@RestController
public class KeyController {

    /**
     * @param roles           any of read, submit, admin
     * @param max_queued_jobs most jobs queued or running at once (default 100)
     * @param max_cells       largest grid one job may simulate (default 2^24)
     */
    public record KeyRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull @Size(min = 1, max = 3) List<@NotNull @Pattern(regexp = "read|submit|admin") String> roles,
            @InRange(min = 0, max = 1_000_000) Integer max_queued_jobs,
            @InRange(min = 0, max = 1L << 40) Long max_cells) {
    }

    public record KeyView(UUID id, String name, String prefix, List<String> roles, int max_queued_jobs,
                          long max_cells, Instant created_at, Instant revoked_at, String token) {
        static KeyView of(ApiKey k, String token) {
            return new KeyView(k.id(), k.name(), k.prefix(), k.roles().stream().map(Role::dbName).sorted().toList(),
                    k.maxQueuedJobs(), k.maxCells(), k.createdAt(), k.revokedAt(), token);
        }
    }

    private final ApiKeyStore keys;
    private final SpecReader reader = new SpecReader();

    public KeyController(ApiKeyStore keys) {
        this.keys = keys;
    }

    @Operation(summary = "Create an API key", description = "The response's token is the key; it is not stored and "
            + "cannot be shown again.")
    @PostMapping("/api/v1/keys")
    public ResponseEntity<KeyView> create(@RequestBody JsonNode body) {
        KeyRequest r = reader.read(body, KeyRequest.class, "");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        r.roles().forEach(name -> roles.add(Role.fromDb(name)));
        IssuedKey issued = keys.create(r.name(), roles, r.max_queued_jobs() == null ? 100 : r.max_queued_jobs(),
                r.max_cells() == null ? 1L << 24 : r.max_cells());
        return ResponseEntity.status(HttpStatus.CREATED).body(KeyView.of(issued.key(), issued.token()));
    }

    @Operation(summary = "Every key, active and revoked (no secrets)")
    @GetMapping("/api/v1/keys")
    public List<KeyView> list() {
        return keys.list().stream().map(k -> KeyView.of(k, null)).toList();
    }

    @Operation(summary = "Revoke a key; it stops working within seconds")
    @DeleteMapping("/api/v1/keys/{id}")
    public ResponseEntity<Void> revoke(@PathVariable UUID id) {
        if (!keys.revoke(id)) {
            throw ApiException.notFound("active key " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
