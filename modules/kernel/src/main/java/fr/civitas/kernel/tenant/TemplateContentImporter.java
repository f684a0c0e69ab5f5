package fr.civitas.kernel.tenant;

import java.nio.file.Path;

/**
 * Port through which a module copies its share of a tenant template's starter content into a
 * new tenant. Called by the onboarding saga with the tenant bound; must be idempotent, since a
 * resumed onboarding may call it again.
 */
public interface TemplateContentImporter {

    void importContent(TenantId tenant, Path templateFolder);
}
