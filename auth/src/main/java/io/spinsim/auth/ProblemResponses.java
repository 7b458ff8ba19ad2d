package io.spinsim.auth;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** 401 and 403 as RFC 7807 problem documents, like every other error of the API. */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException e) throws IOException {
        write(response, 401, "unauthorized", "Unauthorized",
                "send an API key as 'Authorization: Bearer <key>' (an admin creates keys: POST /api/v1/keys, "
                        + "or spinsim keys create)");
    }

    @Override
    public void handle(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException e) throws IOException {
        write(response, 403, "forbidden", "Forbidden", "this API key's roles do not allow "
                + request.getMethod() + " " + request.getRequestURI());
    }

    void write(HttpServletResponse response, int status, String type, String title, String detail) throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", "urn:spinsim:problem:" + type);
        p.put("title", title);
        p.put("status", status);
        p.put("detail", detail);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(json.writeValueAsBytes(p));
    }
}
