package io.spinsim.api.keys;

import io.spinsim.auth.ApiKeyStore;
import io.spinsim.auth.IssuedKey;
import io.spinsim.auth.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Optional;

/**
 * A fresh installation has no key, so nobody could create one: the first start creates an admin key and prints it
 * once. Later starts find an admin key and print nothing.
 */
@Component
public class BootstrapAdminKey implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdminKey.class);

    private final ApiKeyStore keys;
    private volatile IssuedKey issued;

    public BootstrapAdminKey(ApiKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public void run(ApplicationArguments args) {
        synchronized (BootstrapAdminKey.class) {
            if (!keys.anyActiveAdmin()) {
                issued = keys.create("bootstrap-admin", EnumSet.allOf(Role.class), 1000, 1L << 30);
                log.warn("No admin API key existed; created one. Keep it, it is shown only now:\n\n    {}\n",
                        issued.token());
            }
        }
    }

    /** The admin key this start created, if it created one. */
    public Optional<IssuedKey> issued() {
        return Optional.ofNullable(issued);
    }
}
