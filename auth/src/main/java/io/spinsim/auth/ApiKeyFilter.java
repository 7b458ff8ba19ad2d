package io.spinsim.auth;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Reads {@code Authorization: Bearer <key>} (or {@code X-API-Key: <key>}) and, when the key is valid, makes it the
 * request's authentication. A request with a wrong key is answered 401 at once; one without a key goes on
 * unauthenticated and meets the access rules.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeyVerifier verifier;
    private final ProblemResponses problems;

    ApiKeyFilter(ApiKeyVerifier verifier, ProblemResponses problems) {
        this.verifier = verifier;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String token = token(request);
        if (token != null) {
            var key = verifier.verify(token);
            if (key.isEmpty()) {
                problems.write(response, 401, "unauthorized", "Unauthorized", "the API key is not valid or was revoked");
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(new ApiKeyAuthentication(key.get()));
        }
        chain.doFilter(request, response);
    }

    static String token(HttpServletRequest request) {
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return auth.substring(7).trim();
        }
        return request.getHeader("X-API-Key");
    }
}
