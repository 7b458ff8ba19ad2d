package io.spinsim.jobs.composite;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

/**
 * How a child job of a composite ended, as its parent's runner sees it.
 *
 * @param label     the label it was created with
 * @param status    succeeded, failed or cancelled
 * @param spec      the child's normalized spec
 * @param result    its result summary, null unless succeeded
 * @param error     its problem document, null unless failed
 * @param artifacts its artifacts: name to id (readable through JobContext#artifacts)
 */
public record ChildOutcome(UUID id, String label, String type, String status, JsonNode spec, JsonNode result,
                           JsonNode error, Map<String, UUID> artifacts) {
}
