package io.spinsim.api.config;

import io.spinsim.jobs.JobTypes;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** OpenAPI document: API info plus the JSON schema of every job type's spec (the request body's `spec`). */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfig {

    @Bean
    OpenApiCustomizer jobSpecSchemas() {
        return openApi -> {
            openApi.info(new Info().title("spinsim API").version("v1").description(
                    "Spintronic neuromorphic simulation jobs: submit a spec, watch it run, download its artifacts. "
                            + "Errors are RFC 7807 problem+json; SI units, the unit in each field name."));
            JobTypes.all().forEach(t -> ModelConverters.getInstance().readAll(t.specClass())
                    .forEach((name, schema) -> openApi.getComponents().addSchemas(name, schema)));
        };
    }
}
