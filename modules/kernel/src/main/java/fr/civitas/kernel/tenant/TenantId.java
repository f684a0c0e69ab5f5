package fr.civitas.kernel.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The stable identifier of a council on the platform: its slug, as it appears in
 * {@code /t/{slug}/} and in the name of its database schema.
 */
public record TenantId(String slug) {

    private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public TenantId {
        Objects.requireNonNull(slug, "slug");
        if (!isWellFormed(slug)) {
            throw new IllegalArgumentException("malformed tenant slug: " + slug);
        }
    }

    public static TenantId of(String slug) {
        return new TenantId(slug);
    }

    public static boolean isWellFormed(String slug) {
        return slug != null && SLUG.matcher(slug).matches() && !slug.endsWith("-") && !slug.contains("--");
    }

    /** The PostgreSQL schema holding every table of this tenant. */
    public String schemaName() {
        return "t_" + slug.replace('-', '_');
    }

    @Override
    public String toString() {
        return slug;
    }
}
