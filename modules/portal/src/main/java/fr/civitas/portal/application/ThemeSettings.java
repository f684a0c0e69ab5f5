package fr.civitas.portal.application;

import fr.civitas.portal.domain.Contrast;
import fr.civitas.portal.domain.MediaRepository;
import fr.civitas.portal.domain.PendingChanges;
import fr.civitas.portal.domain.Theme;
import fr.civitas.portal.domain.ThemeLink;
import fr.civitas.portal.domain.ThemeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    @Inject
    Validator validator;

    @Inject
    PendingChanges pending;

    public Theme update(Forms.ThemeForm form, String actor) {
        FieldErrors errors = FieldErrors.check(validator, form);
        String primary = FieldErrors.required(form.colour()).toLowerCase(Locale.ROOT);
        if (!errors.has("colour") && !Theme.isColour(primary)) {
            errors.add("colour", "theme.couleur-format");
        } else if (!errors.has("colour") && !Contrast.readable(Contrast.WHITE, primary)) {
            errors.add("colour", "theme.contraste", String.format(Locale.FRANCE, "%.2f", Contrast.ratio(Contrast.WHITE, primary)),
                    String.format(Locale.FRANCE, "%.1f", Contrast.TEXT_MINIMUM));
        }
        UUID logoId = null;
        if (form.logo() != null && !form.logo().isBlank() && !errors.has("logo")) {
            logoId = MenuEditing.parse(form.logo()).filter(media::exists).orElse(null);
            if (logoId == null) {
                errors.add("logo", "formulaire.choix");
            }
        }
        List<ThemeLink> header = links("header", form.header(), errors);
        List<ThemeLink> footer = links("footer", form.footer(), errors);
        errors.throwIfAny();
        Optional<Theme> current = themes.current();
        // no theme yet: the form had no version either (-1)
        Versions.requireCurrent(form.version(), current.map(Theme::version).orElse(-1L));
        Theme theme = current.orElseGet(() -> {
            Theme created = new Theme(primary, clock.instant());
            themes.save(created);
            return created;
        });
        theme.restyle(primary, logoId, header, footer, clock.instant());
        Versions.write(pending);
        changes.record(actor, "theme", "changed", primary + (logoId == null ? "" : ", logo " + logoId));
        return theme;
    }

    private static List<ThemeLink> links(String field, String lines, FieldErrors errors) {
        String text = lines == null ? "" : lines;
        if (errors.has(field)) {
            return List.of();
        }
        if (ThemeLink.tooMany(text)) {
            errors.add(field, "theme.trop-de-liens", ThemeLink.MAX_LINKS);
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
}
