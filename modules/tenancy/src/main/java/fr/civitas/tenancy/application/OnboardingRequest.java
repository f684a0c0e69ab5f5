package fr.civitas.tenancy.application;

import java.util.List;

/** What an operator asks for when onboarding a council. Validated by {@link TenantRegistration}. */
public record OnboardingRequest(String slug, String name, String kind, String template, List<String> domains,
                                String parent) {

    public List<String> domainsOrEmpty() {
        return domains == null ? List.of() : domains;
    }
}
