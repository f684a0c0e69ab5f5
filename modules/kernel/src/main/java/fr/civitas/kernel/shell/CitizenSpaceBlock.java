package fr.civitas.kernel.shell;

import java.util.List;
import java.util.Objects;

/**
 * A block of the person's own space ({@code /espace}): a title, facts as label and value, and
 * links (absolute, or a path under the council's portal). Text only: the portal lays it out.
 */
public record CitizenSpaceBlock(String title, int order, List<Fact> facts, List<Link> links) {

    public record Fact(String label, String value) {
    }

    public record Link(String label, String href) {
    }

    public CitizenSpaceBlock {
        Objects.requireNonNull(title, "title");
        facts = List.copyOf(facts);
        links = List.copyOf(links);
    }
}
