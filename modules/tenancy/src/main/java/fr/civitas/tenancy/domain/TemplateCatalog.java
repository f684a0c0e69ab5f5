package fr.civitas.tenancy.domain;

import java.util.Collection;
import java.util.Optional;

/** The tenant templates an operator can onboard a council from. */
public interface TemplateCatalog {

    Optional<TenantTemplate> find(String name);

    Collection<TenantTemplate> all();
}
