package fr.civitas.kernel.event;

import fr.civitas.kernel.tenant.TenantId;
import java.util.Objects;

/**
 * Something a council publishes changed: a page, a news item, a démarche, the menu, the theme,
 * an image. {@code kind} says which ({@code page}, {@code news}, {@code demarche}, {@code menu},
 * {@code theme}, {@code media}); {@code reference} names the item when there is one (its slug or
 * file name), empty otherwise.
 */
public record ContentChanged(TenantId council, String kind, String reference) implements CouncilEvent {

    public ContentChanged {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
    }
}
