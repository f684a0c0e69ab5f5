package fr.civitas.portal.web;

import fr.civitas.kernel.event.ContentChanged;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.portal.domain.MenuItem;
import fr.civitas.portal.domain.MenuRepository;
import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeLink;
import fr.civitas.portal.domain.ThemeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What every page of a council shows around its content — the menu, the logo, the header and
 * footer links — read once and kept a few seconds per council, dropped as soon as a change is
 * committed here: a page rendered for a logged-in person does not read them again.
 */
@ApplicationScoped
public class CouncilLayouts {

    private static final Duration KEEP = Duration.ofSeconds(10);

    /** A council's layout, as read from its schema. */
    public record Layout(List<MenuItem> menu, Optional<UUID> logo, List<ThemeLink> header, List<ThemeLink> footer,
                         Instant until) {
    }

    private final Map<String, Layout> layouts = new ConcurrentHashMap<>();

    @Inject
    CurrentTenant currentTenant;

    @Inject
    MenuRepository menu;

    @Inject
    ThemeRepository themes;

    @Inject
    Clock clock;

    public Layout current() {
        Instant now = clock.instant();
        String council = currentTenant.require().id().slug();
        Layout layout = layouts.get(council);
        if (layout == null || !now.isBefore(layout.until())) {
            Optional<Theme> theme = themes.current();
            layout = new Layout(List.copyOf(menu.all()), theme.flatMap(Theme::logoMediaId),
                    theme.map(Theme::headerLinks).orElse(List.of()), theme.map(Theme::footerLinks).orElse(List.of()),
                    now.plus(KEEP));
            layouts.put(council, layout);
        }
        return layout;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        layouts.remove(change.council().slug());
    }
}
