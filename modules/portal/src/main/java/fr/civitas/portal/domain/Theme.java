package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
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

    @Column(name = "logo_media_id")
    private UUID logoMediaId;

    @Column(name = "header_links", nullable = false)
    private String headerLinks = "";

    @Column(name = "footer_links", nullable = false)
    private String footerLinks = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

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

    public static boolean isColour(String value) {
        return value != null && HEX_COLOUR.matcher(value.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** Changes colours, logo and links; the caller has checked the contrast. */
    public void restyle(String primaryColour, UUID logoMediaId, List<ThemeLink> header, List<ThemeLink> footer, Instant now) {
        this.primaryColour = colour(primaryColour);
        this.logoMediaId = logoMediaId;
        this.headerLinks = String.join("\n", header.stream().map(ThemeLink::line).toList());
        this.footerLinks = String.join("\n", footer.stream().map(ThemeLink::line).toList());
        this.updatedAt = now;
    }

    public List<ThemeLink> headerLinks() {
        return ThemeLink.all(headerLinks);
    }

    public List<ThemeLink> footerLinks() {
        return ThemeLink.all(footerLinks);
    }

    public String primaryColour() {
        return primaryColour;
    }

    public Optional<UUID> logoMediaId() {
        return Optional.ofNullable(logoMediaId);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
