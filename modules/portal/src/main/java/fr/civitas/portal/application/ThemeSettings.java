package fr.civitas.portal.application;

import fr.civitas.portal.domain.Contrast;
import fr.civitas.portal.domain.MediaRepository;
import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeLink;
import fr.civitas.portal.domain.ThemeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Council admins' theme settings. The main colour carries white text (header, buttons) and is
 * the colour of links on white: it must reach the WCAG AA contrast of 4.5:1 against white.
 */
@ApplicationScoped
@Transactional
public class ThemeSettings {

    @Inject
    ThemeRepository themes;

    @Inject
    MediaRepository media;

    @Inject
    PortalChanges changes;

    @Inject
    Clock clock;

    private static List<ThemeLink> links(String field, String lines, FieldErrors errors) {
        String text = errors.storable(field, lines == null ? "" : lines);
        if (ThemeLink.tooMany(text)) {
            errors.add(field, "theme.trop-de-liens", 8);
            return List.of();
        }
        int number = 0;
        for (String line : text.split("\\R")) {
            number++;
            if (!line.isBlank() && ThemeLink.parse(line).isEmpty()) {
                errors.add(field, "theme.lien-invalide", number);
            }
        }
        return ThemeLink.all(text);
    }

    public Theme update(String colour, String logo, String headerLinks, String footerLinks, String actor) {
        FieldErrors errors = new FieldErrors();
        String primary = colour == null ? "" : colour.strip().toLowerCase(Locale.ROOT);
        if (!Theme.isColour(primary)) {
            errors.add("colour", "theme.couleur-format");
        } else if (!Contrast.readable(Contrast.WHITE, primary)) {
            errors.add("colour", "theme.contraste", String.format(Locale.FRANCE, "%.2f", Contrast.ratio(Contrast.WHITE, primary)),
                    String.format(Locale.FRANCE, "%.1f", Contrast.TEXT_MINIMUM));
        }
        UUID logoId = null;
        if (logo != null && !logo.isBlank()) {
            logoId = MenuEditing.parse(logo).filter(media::exists).orElse(null);
            if (logoId == null) {
                errors.add("logo", "formulaire.choix");
            }
        }
        List<ThemeLink> header = links("header", headerLinks, errors);
        List<ThemeLink> footer = links("footer", footerLinks, errors);
        errors.throwIfAny();
        Theme theme = themes.current().orElseGet(() -> {
            Theme created = new Theme(primary, clock.instant());
            themes.save(created);
            return created;
        });
        theme.restyle(primary, logoId, header, footer, clock.instant());
        changes.record(actor, "theme", "changed", primary + (logoId == null ? "" : ", logo " + logoId));
        return theme;
    }
}
