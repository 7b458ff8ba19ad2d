package io.spinsim.jobs.composite;

import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import tools.jackson.databind.JsonNode;

/** Checks shared by composite expansions: child types and child specs. */
public final class ChildJobs {

    private static final SpecReader READER = new SpecReader();

    private ChildJobs() {
    }

    /** The named job type, which must exist and must not itself be composite. */
    public static JobType<?> plainType(String name, String field) {
        JobType<?> type = JobTypes.byName(name).orElseThrow(() -> new InvalidSpecException(field,
                "unknown job type '" + name + "'", "one of " + JobTypes.names()));
        if (type.composite() != null) {
            throw new InvalidSpecException(field, "a composite job cannot have composite children",
                    "a plain job type");
        }
        return type;
    }

    /** The spec validated as the type's spec and written back with every default filled in. */
    public static JsonNode normalized(JobType<?> type, JsonNode spec, String path) {
        Object parsed = READER.read(spec, type.specClass(), path);
        return SpecReader.mapper().valueToTree(parsed);
    }
}
