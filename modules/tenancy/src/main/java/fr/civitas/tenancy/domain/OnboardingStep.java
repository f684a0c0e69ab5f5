package fr.civitas.tenancy.domain;

import java.util.Optional;

/** The steps of the onboarding saga, in the order they run. Each one is idempotent. */
public enum OnboardingStep {
    DIRECTORY,
    SCHEMA,
    MIGRATIONS,
    CONTENT,
    REALM,
    ACTIVATION;

    public Optional<OnboardingStep> next() {
        int next = ordinal() + 1;
        return next < values().length ? Optional.of(values()[next]) : Optional.empty();
    }
}
