package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A council's colours and logo, used by its portal and its login pages. */
@Entity
@Table(name = "theme")
public class Theme {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-f]{6}");
    private static final int SINGLETON = 1;

    @Id
    private int id;

    @Column(name = "primary_colour", nullable = false)
    private String primaryColour;

    @Column(name = "logo_url")
    private String logoUrl;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Theme() {
    }

    public Theme(String primaryColour, Instant now) {
        this.id = SINGLETON;
        this.primaryColour = colour(primaryColour);
        this.updatedAt = now;
    }

    /** A colour as CSS accepts it from us: {@code #rrggbb}, nothing else. */
    public static String colour(String value) {
        String normalised = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (!HEX_COLOUR.matcher(normalised).matches()) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + value);
        }
        return normalised;
    }

    public String primaryColour() {
        return primaryColour;
    }

    public Optional<String> logoUrl() {
        return Optional.ofNullable(logoUrl);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
