package io.spinsim.platform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line words: positional arguments, {@code --flag} and {@code --option value}. */
final class CliOptions {

    private static final Set<String> FLAGS = Set.of("--exit", "--wait", "--update-baseline");

    final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    CliOptions(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (FLAGS.contains(a)) {
                options.put(a, "true");
            } else if (a.startsWith("--")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                options.put(a, args.get(++i));
            } else {
                positional.add(a);
            }
        }
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String positional(int i, String what) {
        if (positional.size() <= i) {
            throw new IllegalArgumentException("missing " + what);
        }
        return positional.get(i);
    }
}
