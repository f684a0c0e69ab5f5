package fr.civitas.identity.web;

import fr.civitas.identity.application.IdentitySettings;
import fr.civitas.identity.infrastructure.KeycloakServers;
import fr.civitas.kernel.security.Person;
import fr.civitas.kernel.shell.CitizenSpaceBlock;
import fr.civitas.kernel.shell.CitizenSpaceContribution;
import fr.civitas.kernel.tenant.CurrentTenant;
import fr.civitas.kernel.tenant.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The person's profile in their space, as their council's realm knows it, with the way to
 * change it: the realm's own account page (name, e-mail, password).
 */
@ApplicationScoped
public class ProfileBlock implements CitizenSpaceContribution {

    @Inject
    CurrentTenant currentTenant;

    @Inject
    KeycloakServers servers;

    @Inject
    IdentitySettings settings;

    @Override
    public Optional<CitizenSpaceBlock> blockFor(Person person) {
        TenantView council = currentTenant.require();
        List<CitizenSpaceBlock.Fact> facts = new ArrayList<>();
        facts.add(new CitizenSpaceBlock.Fact(IdentityTexts.get("profil.nom"), person.displayName()));
        if (person.email() != null && !person.email().isBlank()) {
            facts.add(new CitizenSpaceBlock.Fact(IdentityTexts.get("profil.courriel"), person.email()));
        }
        facts.add(new CitizenSpaceBlock.Fact(IdentityTexts.get("profil.identifiant"), person.username()));
        String accountPage = servers.byPlacement(council.identityPlacement().orElse(settings.defaultPlacement())).publicUrl()
                + "/realms/" + council.id().slug() + "/account";
        return Optional.of(new CitizenSpaceBlock(IdentityTexts.get("profil.titre"), 10, facts,
                List.of(new CitizenSpaceBlock.Link(IdentityTexts.get("profil.modifier"), accountPage))));
    }
}
