package fr.civitas.tenancy.domain;

/** The {@code platform} schema that holds the tenant directory. */
public interface PlatformSchema {

    void migrate();
}
