package io.spinsim.auth;

import java.util.Locale;

/** What a key may do: read jobs and artifacts, submit and cancel its own jobs, administer keys and any job. */
public enum Role {
    READ, SUBMIT, ADMIN;

    public String dbName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Role fromDb(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
