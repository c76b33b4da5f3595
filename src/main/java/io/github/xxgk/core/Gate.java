package io.github.xxgk.core;

import io.github.xxgk.check.Severity;

/**
 * The build's verdict on a result: findings at or above {@code failOn} (null: none) that are not baselined, and
 * whether they exceed {@code maxAllowed}.
 */
public record Gate(Severity failOn, int maxAllowed) {

    public Gate {
        if (maxAllowed < 0) {
            throw new ConfigurationException("maxAllowedFindings", java.util.Map.of("value", Integer.toString(maxAllowed)));
        }
    }

    /** How many findings count against the gate, and whether the build fails. */
    public record Verdict(long failing, boolean fails) {
    }

    public Verdict verdict(CheckResult result) {
        long failing = result.failing(failOn);
        return new Verdict(failing, failing > maxAllowed);
    }
}
