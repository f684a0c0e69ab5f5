package fr.civitas.tenancy.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.civitas.kernel.validation.FieldChecks;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** The limits of an onboarding request, in the operators' French. */
class OnboardingRequestTest {

    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    private static Map<String, String> errors(OnboardingRequest request) {
        return FieldChecks.errors(VALIDATOR, request, TenancyTexts::get);
    }

    @Test
    void aWellFilledRequestHasNoError() {
        assertEquals(Map.of(), errors(new OnboardingRequest("laval", "Ville de Laval", "commune", "commune",
                List.of("www.laval.fr"), "mayenne")));
    }

    @Test
    void eachFieldSaysWhatIsWrongWithIt() {
        Map<String, String> errors = errors(new OnboardingRequest("lav\u0000al", "x".repeat(121), " ", null,
                Collections.nCopies(21, "a.fr"), "p\u0007"));
        assertEquals(TenancyTexts.get("demande.identifiant.mal-forme"), errors.get("slug"));
        assertEquals(TenancyTexts.get("demande.nom.trop-long", 120), errors.get("name"));
        assertEquals(TenancyTexts.get("demande.type.inconnu"), errors.get("kind"));
        assertEquals(TenancyTexts.get("demande.modele.manquant"), errors.get("template"));
        assertEquals(TenancyTexts.get("demande.domaines.trop-nombreux", 20), errors.get("domains"));
        assertTrue(errors.containsKey("parent"));
        assertEquals(TenancyTexts.get("demande.nom.caracteres-interdits"),
                errors(new OnboardingRequest("laval", "Ville\u0000", "commune", "commune", null, null)).get("name"));
    }

    @Test
    void everyDomainIsChecked() {
        assertTrue(errors(new OnboardingRequest("laval", "Laval", "commune", "commune", List.of("a.fr", "x".repeat(254)), null))
                .containsKey("domains"));
        assertTrue(errors(new OnboardingRequest("laval", "Laval", "commune", "commune", java.util.Arrays.asList("a.fr", null), null))
                .containsKey("domains"));
    }
}
