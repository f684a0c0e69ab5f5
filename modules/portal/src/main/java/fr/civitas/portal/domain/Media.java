package fr.civitas.portal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An image uploaded by an editor, with the text alternative that describes it. */
@Entity
@Table(name = "media")
public class Media {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String filename;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false)
    private String alt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected Media() {
    }

    public Media(UUID id, String filename, ImageType type, byte[] content, String alt, Instant now, String actor) {
        this.id = Objects.requireNonNull(id, "id");
        this.filename = Objects.requireNonNull(filename, "filename");
        this.contentType = type.mediaType();
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.alt = Objects.requireNonNull(alt, "alt");
        this.createdAt = now;
        this.createdBy = actor;
    }

    public UUID id() {
        return id;
    }

    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }

    public String alt() {
        return alt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
