package fr.civitas.portal.application;

import fr.civitas.kernel.validation.CalendarDate;
import fr.civitas.kernel.validation.PlainText;
import fr.civitas.kernel.validation.WholeNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the back-office forms send, as typed by an editor: nothing here is trusted yet. Each
 * field's limits are said here, once: the use cases check them, the views take their
 * {@code maxlength} from them ({@code FieldLimits}), the columns are at least as wide.
 */
public final class Forms {

    public static final String SLUG = "[a-z0-9][a-z0-9-]{0,79}";
    public static final int POSITION_MAX = 9999;
    /** Rich text (a page's body, a démarche's steps) once cleaned is shown on every visit of its page. */
    public static final int RICH_TEXT_MAX = 100_000;

    private Forms() {
    }

    /** Fields checked only when the content is created: its slug (its address) never changes. */
    public interface Creation {
    }

    public record PageForm(
            @NotBlank(groups = Creation.class) @Pattern(regexp = SLUG, message = "formulaire.identifiant", groups = Creation.class) String slug,
            @NotBlank @Size(max = 200) @PlainText String title,
            @Size(max = 500) @PlainText String summary,
            @NotBlank @Size(max = RICH_TEXT_MAX) @PlainText(multiline = true) String body,
            @Size(max = 20) String kind,
            @WholeNumber(min = 0, max = POSITION_MAX) String position,
            String version) {
    }

    public record NewsForm(
            @NotBlank(groups = Creation.class) @Pattern(regexp = SLUG, message = "formulaire.identifiant", groups = Creation.class) String slug,
            @NotBlank @Size(max = 200) @PlainText String title,
            @Size(max = 500) @PlainText String summary,
            @NotBlank @Size(max = RICH_TEXT_MAX) @PlainText(multiline = true) String body,
            @CalendarDate String date,
            String version) {
    }

    public record DemarcheForm(
            @NotBlank(groups = Creation.class) @Pattern(regexp = SLUG, message = "formulaire.identifiant", groups = Creation.class) String slug,
            @NotBlank @Size(max = 200) @PlainText String title,
            @NotBlank @Size(max = 80) @PlainText String category,
            @Size(max = 500) @PlainText String summary,
            @Size(max = 1000) @PlainText(multiline = true) String audience,
            @NotBlank @Size(max = RICH_TEXT_MAX) @PlainText(multiline = true) String steps,
            @Size(max = 5000) @PlainText(multiline = true) String documents,
            @Size(max = 200) @PlainText String cost,
            @Size(max = 200) @PlainText String delay,
            @Size(max = 500) @PlainText String online,
            @Size(max = 40) String authority,
            boolean popular,
            @WholeNumber(min = 0, max = POSITION_MAX) String position,
            String version) {
    }

    /** A new entry of the main menu; its target is one of {@code MenuTarget}'s. */
    public record MenuForm(
            @NotBlank @Size(max = 120) @PlainText String label,
            @NotBlank @Size(max = fr.civitas.portal.domain.MenuTarget.MAX_LENGTH) @PlainText String target,
            @Size(max = 36) String parent,
            @WholeNumber(min = 0, max = POSITION_MAX) String position,
            String version) {
    }

    /** The theme: colour, logo, and links one per line ({@code Libellé | destination}). */
    public record ThemeForm(
            @NotBlank @Size(max = 20) @PlainText String colour,
            @Size(max = 36) String logo,
            @Size(max = fr.civitas.portal.domain.ThemeLink.MAX_BLOCK) @PlainText(multiline = true) String header,
            @Size(max = fr.civitas.portal.domain.ThemeLink.MAX_BLOCK) @PlainText(multiline = true) String footer,
            String version) {
    }

    /** An image's text alternative, and its file's name ({@code file}, the field the browser sent it in). */
    public record ImageForm(
            @Size(max = 200) @PlainText String file,
            @NotBlank @Size(max = 300) @PlainText String alt) {
    }
}
