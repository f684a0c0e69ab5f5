package fr.civitas.tenancy.application;

import fr.civitas.kernel.validation.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What an operator asks for when onboarding a council, with each field's limits. Checked by
 * {@link OnboardingRequestValidator}, which adds what needs the directory and the templates.
 */
public record OnboardingRequest(
        @NotBlank(message = "demande.identifiant.manquant") @Size(max = 40, message = "demande.identifiant.mal-forme")
        @PlainText(message = "demande.identifiant.mal-forme") String slug,
        @NotBlank(message = "demande.nom.manquant") @Size(max = OnboardingRequest.MAX_NAME_LENGTH, message = "demande.nom.trop-long")
        @PlainText(message = "demande.nom.caracteres-interdits") String name,
        @NotBlank(message = "demande.type.inconnu") @Size(max = 40, message = "demande.type.inconnu") String kind,
        @NotBlank(message = "demande.modele.manquant") @Size(max = 80) @PlainText String template,
        @Size(max = OnboardingRequest.MAX_DOMAINS, message = "demande.domaines.trop-nombreux")
        List<@NotNull @Size(max = 253) @PlainText String> domains,
        @Size(max = 40) @PlainText String parent) {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_DOMAINS = 20;

    public List<String> domainsOrEmpty() {
        return domains == null ? List.of() : domains;
    }
}
