package io.spinsim.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of service-api ({@code spinsim.api.*}).
 *
 * @param maxBodyBytes largest request body accepted; larger ones get 413
 * @param maxPageSize  largest page of a job listing
 * @param maxJobMemoryBytes largest estimated working memory of one job (default 4 GiB; set it to the workers' heap)
 */
@ConfigurationProperties("spinsim.api")
public record ApiProperties(Long maxBodyBytes, Integer maxPageSize, Long maxJobMemoryBytes) {
    public ApiProperties {
        maxBodyBytes = maxBodyBytes == null ? 32L * 1024 * 1024 : maxBodyBytes;
        maxPageSize = maxPageSize == null ? 200 : maxPageSize;
        maxJobMemoryBytes = maxJobMemoryBytes == null ? 4L << 30 : maxJobMemoryBytes;
    }
}
