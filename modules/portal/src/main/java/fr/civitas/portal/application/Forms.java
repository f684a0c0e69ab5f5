package fr.civitas.portal.application;

/** What the back-office forms send, as typed by an editor: nothing here is trusted yet. */
public final class Forms {

    private Forms() {
    }

    public record PageForm(String slug, String title, String summary, String body, String kind, String position) {
    }

    public record NewsForm(String slug, String title, String summary, String body, String date) {
    }

    public record DemarcheForm(String slug, String title, String category, String summary, String audience,
                               String steps, String documents, String cost, String delay, String online,
                               String authority, boolean popular, String position) {
    }
}
