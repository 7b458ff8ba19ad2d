package io.spinsim.api.jobs;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.spinsim.api.problems.ApiException;
import io.spinsim.auth.ApiKey;
import io.spinsim.auth.Role;
import io.spinsim.db.artifacts.ArtifactStore;
import io.spinsim.db.events.JobEventRepository;
import io.spinsim.db.jobs.CancelOutcome;
import io.spinsim.db.jobs.JobEntity;
import io.spinsim.db.jobs.JobFilters;
import io.spinsim.db.jobs.JobQueue;
import io.spinsim.db.jobs.JobRepository;
import io.spinsim.db.jobs.NewJob;
import io.spinsim.db.jobs.Submission;
import io.spinsim.db.results.ResultRepository;
import io.spinsim.jobs.JobStatus;
import io.spinsim.jobs.JobType;
import io.spinsim.jobs.JobTypes;
import io.spinsim.jobs.validation.InvalidSpecException;
import io.spinsim.jobs.validation.SpecReader;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Submission (validate, normalize, enqueue) and reads of jobs. */
@Service
public class JobService {

    private static final String PATH_CHILDREN = JobController.PATH + "?parent_id=%s&size=200";

    private final SpecReader reader = new SpecReader();
    private final JobQueue queue;
    private final Quotas quotas;
    private final JobRepository jobs;
    private final ResultRepository results;
    private final JobEventRepository events;
    private final JsonMapper json;
    private final MeterRegistry registry;

    public JobService(JobQueue queue, JobRepository jobs, ResultRepository results, JobEventRepository events,
                      JsonMapper json, MeterRegistry registry, Quotas quotas) {
        this.quotas = quotas;
        this.queue = queue;
        this.jobs = jobs;
        this.results = results;
        this.events = events;
        this.json = json;
        this.registry = registry;
    }

    /** What a submission did: the job, and whether it was new or an idempotent replay. */
    public record Submitted(JobViews.Job job, boolean created) {
    }

    /**
     * Parses and validates the whole request before anything is written; invalid input throws with every
     * offending field named.
     */
    public Submitted submit(byte[] body, String idempotencyKey, ApiKey caller) {
        return submit(parse(body), idempotencyKey, caller);
    }

    /** As {@link #submit(byte[], String, ApiKey)}, for a request already parsed. */
    public Submitted submit(JsonNode tree, String idempotencyKey, ApiKey caller) {
        JobRequest request = reader.read(tree, JobRequest.class, "");
        JobType<?> type = JobTypes.byName(request.type()).orElseThrow(() -> new InvalidSpecException(
                "type", "unknown job type '" + request.type() + "'", "one of " + JobTypes.names()));
        Object spec = reader.read(request.spec(), type.specClass(), "spec");
        String specJson = SpecReader.mapper().writeValueAsString(spec);
        String requestHash = sha256(type.name() + "\n" + specJson + "\n" + request.priority() + "\n"
                + request.max_attempts() + "\n" + request.max_wall_time_s());
        NewJob job = new NewJob(type.name(), workerOf(type), specJson, request.priority(), request.max_attempts(),
                request.max_wall_time_s(), idempotencyKey, requestHash, null, null, caller.id());
        List<NewJob> children = type.composite() == null ? List.of() : children(type, spec);
        quotas.check(caller, spec, children);
        Submission s = type.composite() == null ? queue.submit(job) : queue.submitComposite(job, children);
        if (!s.sameRequest()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    "Idempotency-Key was already used for a different request", null);
        }
        if (!s.created()) {
            return new Submitted(get(s.id()), false);
        }
        Counter.builder("spinsim.jobs.submitted").description("jobs accepted by the API")
                .tag("type", type.name()).register(registry).increment();
        return new Submitted(queuedView(s, job, spec, children.size()), true);
    }

    /** The view of a job just queued, from what was written (no second read on the hot path). */
    private static JobViews.Job queuedView(Submission s, NewJob job, Object spec, int children) {
        Map<String, Integer> childCounts = children == 0 ? null : Map.of("queued", children);
        String message = children == 0 ? null : "0 of " + children + " child jobs finished";
        return new JobViews.Job(s.id(), job.type(), JobStatus.QUEUED.dbName(), job.priority(), 0, job.maxAttempts(),
                false, new JobViews.Progress(0, message), null, null, childCounts, s.createdAt(), null, null,
                s.createdAt(), SpecReader.mapper().valueToTree(spec), null, null, links(s.id(), false, children > 0));
    }

    private static Map<String, String> links(UUID id, boolean terminal, boolean composite) {
        String self = JobController.PATH + "/" + id;
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", self);
        links.put("artifacts", self + "/artifacts");
        links.put("events", self + "/events");
        if (!terminal) {
            links.put("cancel", self + "/cancel");
        }
        if (composite) {
            links.put("children", PATH_CHILDREN.formatted(id));
        }
        return links;
    }

    /** The validated children of a composite job, ready to enqueue under it. */
    private static <S> List<NewJob> children(JobType<S> type, Object spec) {
        return type.composite().children(type.specClass().cast(spec), "spec").stream().map(c -> {
            JobType<?> childType = JobTypes.byName(c.type()).orElseThrow();
            String childJson = SpecReader.mapper().writeValueAsString(c.spec());
            return new NewJob(c.type(), workerOf(childType), childJson, 0, 1, NewJob.DEFAULT_WALL_TIME_S, null,
                    sha256(c.type() + "\n" + childJson), null, c.label(), null);
        }).toList();
    }

    private static String workerOf(JobType<?> type) {
        return type.worker().name().toLowerCase(Locale.ROOT);
    }

    private static String sha256(String s) {
        return ArtifactStore.sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    public JobViews.Job get(UUID id) {
        JobEntity e = jobs.findById(id).orElseThrow(() -> ApiException.notFound("job " + id));
        JsonNode result = results.findById(id).map(r -> tree(r.getSummary())).orElse(null);
        Map<String, Integer> children = JobTypes.byName(e.getType()).map(JobType::composite).isPresent()
                ? queue.childCounts(id) : Map.of();
        Map<String, String> links = links(id, e.getStatus().terminal(), !children.isEmpty());
        return new JobViews.Job(e.getId(), e.getType(), e.getStatus().dbName(), e.getPriority(), e.getAttempts(),
                e.getMaxAttempts(), e.isCancelRequested(),
                progress(e, children), e.getParentId(), e.getLabel(),
                children.isEmpty() ? null : children, e.getCreatedAt(), e.getStartedAt(), e.getFinishedAt(), e.getUpdatedAt(), tree(e.getSpec()), result,
                tree(e.getError()), links);
    }

    /** A composite job waiting for its children reports how many of them have finished. */
    private static JobViews.Progress progress(JobEntity e, Map<String, Integer> children) {
        if (children.isEmpty() || e.getStatus() != JobStatus.QUEUED) {
            return new JobViews.Progress(e.getProgressFraction(), e.getProgressMessage());
        }
        int total = children.values().stream().mapToInt(Integer::intValue).sum();
        int open = children.getOrDefault("queued", 0) + children.getOrDefault("running", 0);
        return new JobViews.Progress((double) (total - open) / total,
                (total - open) + " of " + total + " child jobs finished");
    }

    public JobViews.JobPage list(String type, String status, UUID parentId, boolean topLevel, int page, int size) {
        JobStatus st = status == null ? null : parseStatus(status);
        if (type != null && JobTypes.byName(type).isEmpty()) {
            throw ApiException.badParameter("type", "is not a known job type", "one of " + JobTypes.names());
        }
        Page<JobEntity> p = jobs.findAll(JobFilters.of(type, st, parentId, topLevel, null),
                PageRequest.of(page, size, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        return new JobViews.JobPage(p.map(JobViews.JobLine::of).getContent(), page, size, p.getTotalElements(),
                p.getTotalPages());
    }

    public List<JobViews.Event> events(UUID id) {
        requireJob(id);
        return events.findByJobIdOrderById(id).stream().map(JobViews.Event::of).toList();
    }

    public CancelOutcome cancel(UUID id, ApiKey caller) {
        JobEntity job = jobs.findById(id).orElseThrow(() -> ApiException.notFound("job " + id));
        if (!caller.has(Role.ADMIN) && !caller.id().equals(job.getOwnerKeyId())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden",
                    "only the key that submitted a job, or an admin key, may cancel it", null);
        }
        CancelOutcome outcome = queue.requestCancel(id, "key " + caller.prefix());
        return switch (outcome) {
            case NOT_FOUND -> throw ApiException.notFound("job " + id);
            case ALREADY_FINISHED -> throw ApiException.conflict("job " + id + " has already finished");
            default -> outcome;
        };
    }

    public void requireJob(UUID id) {
        if (!jobs.existsById(id)) {
            throw ApiException.notFound("job " + id);
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-json", "the request body is empty",
                    new io.spinsim.jobs.validation.FieldViolation("$", "is required", "a JSON object"));
        }
        try {
            return SpecReader.mapper().readTree(body);
        } catch (tools.jackson.core.JacksonException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-json", "the body is not valid JSON" + where
                    + ": " + e.getOriginalMessage(), new io.spinsim.jobs.validation.FieldViolation("$",
                    "is not valid JSON" + where, "a JSON object (RFC 8259; no NaN, no comments)"));
        }
    }

    private static JobStatus parseStatus(String s) {
        try {
            return JobStatus.fromDb(s);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("status", "is not a job status",
                    "one of " + java.util.Arrays.stream(JobStatus.values()).map(JobStatus::dbName).toList());
        }
    }

    private JsonNode tree(String s) {
        return s == null ? null : json.readTree(s);
    }
}
