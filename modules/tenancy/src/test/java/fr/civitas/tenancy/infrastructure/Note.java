package fr.civitas.tenancy.infrastructure;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tenant-owned row for the isolation tests; the same id may exist in every tenant. */
@Entity
@Table(name = "note")
public class Note {

    @Id
    private long id;

    private String text;

    protected Note() {
    }

    Note(long id, String text) {
        this.id = id;
        this.text = text;
    }

    String text() {
        return text;
    }
}
