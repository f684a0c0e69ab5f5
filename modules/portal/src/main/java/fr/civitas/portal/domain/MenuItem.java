package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;

/**
 * An entry of the portal's main menu, at most two levels deep. Its target is one of
 * {@code demarches}, {@code actualites}, {@code recherche}, {@code page:<slug>},
 * {@code demarche:<slug>}, {@code categorie:<slug>} or {@code url:https://…}.
 */
@Entity
@Table(name = "menu_item")
public class MenuItem {

    @Id
    private UUID id;

    @Column(name = "parent_id")
    private UUID parentId;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String target;

    @Column(nullable = false)
    private int position;

    @Version
    private long version;

    protected MenuItem() {
    }

    public MenuItem(UUID id, UUID parentId, String label, MenuTarget target, int position) {
        this.id = Objects.requireNonNull(id, "id");
        this.parentId = parentId;
        this.label = Objects.requireNonNull(label, "label");
        this.target = Objects.requireNonNull(target, "target").value();
        this.position = position;
    }

    public UUID id() {
        return id;
    }

    public UUID parentId() {
        return parentId;
    }

    public String label() {
        return label;
    }

    public MenuTarget target() {
        return MenuTarget.parse(target);
    }

    public int position() {
        return position;
    }

    public long version() {
        return version;
    }

    /** Changes the entry; the caller has checked that the parent is a top-level entry. */
    public void edit(UUID parentId, String label, MenuTarget target, int position) {
        this.parentId = parentId;
        this.label = Objects.requireNonNull(label, "label");
        this.target = Objects.requireNonNull(target, "target").value();
        this.position = position;
    }
}
