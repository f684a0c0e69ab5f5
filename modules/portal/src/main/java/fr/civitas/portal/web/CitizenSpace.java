package fr.civitas.portal.web;

import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.shell.CitizenSpaceBlock;
import fr.civitas.kernel.shell.CitizenSpaceContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The person's own space: every module's block for them, in their order, links made absolute. */
@ApplicationScoped
public class CitizenSpace {

    /** A block as views show it. */
    public record Block(String title, List<CitizenSpaceBlock.Fact> facts, List<CitizenSpaceBlock.Link> links) {
    }

    @Inject
    Instance<CitizenSpaceContribution> contributions;

    public List<Block> blocksFor(Person person, String base) {
        return contributions.stream().map(contribution -> contribution.blockFor(person)).flatMap(Optional::stream)
                .sorted(Comparator.comparingInt(CitizenSpaceBlock::order))
                .map(block -> new Block(block.title(), block.facts(), block.links().stream()
                        .map(link -> new CitizenSpaceBlock.Link(link.label(), link.href().startsWith("/") ? base + link.href()
                                : link.href()))
                        .toList()))
                .toList();
    }
}
