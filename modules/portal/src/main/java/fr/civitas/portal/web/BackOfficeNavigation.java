package fr.civitas.portal.web;

import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.kernel.shell.BackOfficeEntry;
import fr.civitas.kernel.shell.BackOfficeSection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The back-office's navigation: every module's screens that the person's roles open, in their
 * order, the one on screen marked as current.
 */
@ApplicationScoped
public class BackOfficeNavigation {

    /** One link of the navigation, as views show it. */
    public record Link(String label, String href, boolean current) {
    }

    @Inject
    Instance<BackOfficeSection> sections;

    public List<Link> links(SecurityContext security, String base, String currentPath) {
        Set<String> roles = CouncilRole.OF_COUNCILS.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        return sections.stream().flatMap(section -> section.entries().stream())
                .filter(entry -> entry.openTo(roles))
                .sorted(Comparator.comparingInt(BackOfficeEntry::order))
                .map(entry -> new Link(entry.label(), base + entry.path(), isCurrent(entry.path(), currentPath)))
                .toList();
    }

    /** The dashboard only on itself; another screen on itself and the pages under it. */
    private static boolean isCurrent(String entryPath, String currentPath) {
        return entryPath.equals("/gestion") ? currentPath.equals(entryPath)
                : currentPath.equals(entryPath) || currentPath.startsWith(entryPath + "/");
    }
}
