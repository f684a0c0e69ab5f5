package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A page of a council's portal. Its body is HTML already cleaned to the portal's allow-list. */
@Entity
@Table(name = "page")
public class Page extends EditorialContent {

    private String summary;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean home;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PageKind kind;

    @Column(nullable = false)
    private int position;

    protected Page() {
    }

    public Page(UUID id, String slug, PageText text, boolean home, Instant now, String actor) {
        super(id, slug);
        this.home = home;
        edit(text, now, actor);
    }

    /** What an editor changes in a page. */
    public record PageText(String title, String summary, SafeHtml body, PageKind kind, int position) {
    }

    public void edit(PageText text, Instant now, String actor) {
        this.summary = text.summary();
        this.body = Objects.requireNonNull(text.body(), "body").html();
        this.kind = Objects.requireNonNull(text.kind(), "kind");
        this.position = text.position();
        retitle(text.title(), now, actor);
    }

    public String summary() {
        return summary;
    }

    public SafeHtml body() {
        return SafeHtml.trusted(body);
    }

    public boolean isHome() {
        return home;
    }

    public PageKind kind() {
        return kind;
    }

    public int position() {
        return position;
    }
}
