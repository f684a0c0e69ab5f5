package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A démarche of the council's catalogue: who it is for, how to do it, the documents needed, its
 * cost and delay, and the online procedure where there is one.
 */
@Entity
@Table(name = "demarche")
public class Demarche extends EditorialContent {

    @Column(nullable = false)
    private String category;

    private String summary;

    private String audience;

    @Column(nullable = false)
    private String steps;

    @Column(nullable = false)
    private String documents;

    private String cost;

    private String delay;

    @Column(name = "online_url")
    private String onlineUrl;

    @Column(nullable = false)
    private String authority;

    @Column(nullable = false)
    private boolean popular;

    @Column(nullable = false)
    private int position;

    protected Demarche() {
    }

    public Demarche(UUID id, String slug, DemarcheText text, Instant now, String actor) {
        super(id, slug);
        edit(text, now, actor);
    }

    /** What an editor changes in a démarche. */
    public record DemarcheText(String title, String category, String summary, String audience, SafeHtml steps,
                               List<String> documents, String cost, String delay, String onlineUrl, String authority,
                               boolean popular, int position) {
    }

    public void edit(DemarcheText text, Instant now, String actor) {
        this.category = Objects.requireNonNull(text.category(), "category");
        this.summary = text.summary();
        this.audience = text.audience();
        this.steps = Objects.requireNonNull(text.steps(), "steps").html();
        this.documents = String.join("\n", text.documents());
        this.cost = text.cost();
        this.delay = text.delay();
        this.onlineUrl = text.onlineUrl();
        this.authority = Objects.requireNonNullElse(text.authority(), "commune");
        this.popular = text.popular();
        this.position = text.position();
        retitle(text.title(), now, actor);
    }

    public String category() {
        return category;
    }

    public String summary() {
        return summary;
    }

    public String audience() {
        return audience;
    }

    public SafeHtml steps() {
        return SafeHtml.trusted(steps);
    }

    public List<String> documents() {
        return documents.isBlank() ? List.of() : Arrays.stream(documents.split("\n")).toList();
    }

    public String cost() {
        return cost;
    }

    public String delay() {
        return delay;
    }

    public String onlineUrl() {
        return onlineUrl;
    }

    public String authority() {
        return authority;
    }

    public boolean isPopular() {
        return popular;
    }

    public int position() {
        return position;
    }
}
