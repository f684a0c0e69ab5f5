package fr.civitas.portal.domain;

import java.time.Instant;

/** Content that editors publish and unpublish. */
public interface Publishable {

    String slug();

    String title();

    ContentStatus status();

    /** Bumped by every change. */
    long version();

    void publish(Instant now, String actor);

    void unpublish(Instant now, String actor);
}
