package fr.civitas.kernel.problem;

import java.util.Map;

/** Input that is well-formed but unacceptable (422), with one French message per field. */
public class InvalidInputException extends ProblemException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(422, "invalid-input", "Données invalides",
                "Certaines valeurs ne sont pas acceptées : " + String.join(" ; ", fieldErrors.values()),
                Map.of("errors", fieldErrors));
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
