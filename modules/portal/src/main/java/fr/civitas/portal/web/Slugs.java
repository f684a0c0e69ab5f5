package fr.civitas.portal.web;

import fr.civitas.kernel.problem.ProblemException;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The slugs of the portal's addresses, checked before any query or cache entry: anything else
 * (a NUL, which PostgreSQL refuses, capitals, an endless string) is simply not found.
 */
final class Slugs {

    private static final Pattern WELL_FORMED = Pattern.compile("[a-z0-9-]{1,80}");

    private Slugs() {
    }

    static String require(String slug, Supplier<ProblemException> notFound) {
        if (slug == null || !WELL_FORMED.matcher(slug).matches()) {
            throw notFound.get();
        }
        return slug;
    }
}
