package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** A heading of the démarches catalogue, e.g. « Solidarités et insertion ». */
@Entity
@Table(name = "demarche_category")
public class DemarcheCategory {

    @Id
    private String slug;

    @Column(nullable = false)
    private String label;

    private String description;

    @Column(nullable = false)
    private int position;

    protected DemarcheCategory() {
    }

    public DemarcheCategory(String slug, String label, String description, int position) {
        this.slug = Objects.requireNonNull(slug, "slug");
        this.label = Objects.requireNonNull(label, "label");
        this.description = description;
        this.position = position;
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public int position() {
        return position;
    }
}
