package io.spinsim.db.jobs;

import java.util.UUID;

/** A child of a composite job as stored: JSON columns as text; artifacts as a JSON object of name to id. */
public record ChildRow(UUID id, String label, String type, String status, String specJson, String resultJson,
                       String errorJson, String artifactsJson) {
}
