package io.spinsim.auth;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access rules of every service: health and the dashboard's static files are open; everything else needs a key;
 * reading needs the read role, submitting and cancelling the submit role, key administration the admin role.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ComponentScan(basePackageClasses = SecurityConfiguration.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiKeySecurity(HttpSecurity http, ApiKeyVerifier verifier, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(new ApiKeyFilter(verifier, problems), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/", "/index.html", "/*.js", "/*.css", "/*.ico", "/*.svg",
                                "/webjars/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers("/api/v1/keys", "/api/v1/keys/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/jobs", "/api/v1/jobs/*/cancel", "/api/v1/regressions")
                        .hasRole(Role.SUBMIT.name())
                        .requestMatchers(HttpMethod.GET, "/**").hasAnyRole(Role.READ.name(), Role.ADMIN.name())
                        .anyRequest().denyAll());
        return http.build();
    }
}
