package fr.civitas.portal.web;

import fr.civitas.kernel.security.CouncilRole;
import fr.civitas.kernel.shell.BackOfficeEntry;
import fr.civitas.kernel.shell.BackOfficeSection;
import fr.civitas.portal.application.PortalTexts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/** The portal's screens in the back-office: its dashboard for all staff, content for editors, the theme for admins. */
@ApplicationScoped
public class PortalBackOffice implements BackOfficeSection {

    private static final Set<String> STAFF = Set.of(CouncilRole.AGENT, CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN);
    private static final Set<String> EDITORS = Set.of(CouncilRole.EDITOR, CouncilRole.COUNCIL_ADMIN);

    @Override
    public List<BackOfficeEntry> entries() {
        return List.of(
                new BackOfficeEntry(PortalTexts.get("gestion.tableau"), "/gestion", STAFF, 0),
                new BackOfficeEntry(PortalTexts.get("gestion.pages"), "/gestion/pages", EDITORS, 100),
                new BackOfficeEntry(PortalTexts.get("gestion.actualites"), "/gestion/actualites", EDITORS, 110),
                new BackOfficeEntry(PortalTexts.get("gestion.demarches"), "/gestion/demarches", EDITORS, 120),
                new BackOfficeEntry(PortalTexts.get("gestion.menu"), "/gestion/menu", EDITORS, 130),
                new BackOfficeEntry(PortalTexts.get("gestion.medias"), "/gestion/medias", EDITORS, 140),
                new BackOfficeEntry(PortalTexts.get("gestion.theme"), "/gestion/theme", Set.of(CouncilRole.COUNCIL_ADMIN), 900));
    }
}
