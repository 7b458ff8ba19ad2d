package io.spinsim.jobs.composite;

import tools.jackson.databind.JsonNode;

/**
 * One child job a composite job (sweep, regression suite) expands into.
 *
 * @param type  the child's job type
 * @param spec  the child's spec, validated like any submitted spec
 * @param label how the parent refers to it (a grid point, a test case name)
 */
public record ChildRequest(String type, JsonNode spec, String label) {
}
