package io.spinsim.auth;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The authenticated caller of a request: the API key it presented. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final transient ApiKey key;

    public ApiKeyAuthentication(ApiKey key) {
        super(key.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.key = key;
        setAuthenticated(true);
    }

    public ApiKey key() {
        return key;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return key.name();
    }
}
