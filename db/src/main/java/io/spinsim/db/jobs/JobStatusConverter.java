package io.spinsim.db.jobs;

import io.spinsim.jobs.JobStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link JobStatus} as the lower-case text the schema's check constraint allows. */
@Converter
public class JobStatusConverter implements AttributeConverter<JobStatus, String> {

    @Override
    public String convertToDatabaseColumn(JobStatus status) {
        return status == null ? null : status.dbName();
    }

    @Override
    public JobStatus convertToEntityAttribute(String s) {
        return s == null ? null : JobStatus.fromDb(s);
    }
}
