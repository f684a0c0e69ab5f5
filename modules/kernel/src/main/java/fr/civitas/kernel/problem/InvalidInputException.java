package fr.civitas.kernel.problem;

import fr.civitas.kernel.text.KernelTexts;
import java.util.Map;

/** Input that is well-formed but unacceptable (422), with one French message per field. */
public class InvalidInputException extends ProblemException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(422, "invalid-input", KernelTexts.get("probleme.donnees-invalides"),
                KernelTexts.get("probleme.donnees-invalides.detail", String.join(" ; ", fieldErrors.values())),
                Map.of("errors", fieldErrors));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
