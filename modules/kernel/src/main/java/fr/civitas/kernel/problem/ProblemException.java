package fr.civitas.kernel.problem;

import fr.civitas.kernel.text.KernelTexts;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure that the platform explains to its caller: rendered as an RFC 9457 problem
 * document on APIs and as a French page in browsers. Title and detail are in French because a
 * person reads them.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String code, String title, String detail) {
        this(status, code, title, detail, Map.of());
    }

    public ProblemException(int status, String code, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public int status() {
        return status;
    }

    /** Stable, machine-readable identifier of the kind of problem. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public static ProblemException badRequest(String code, String detail) {
        return new ProblemException(400, code, KernelTexts.get("probleme.requete-invalide"), detail);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "authentication-required", KernelTexts.get("probleme.authentification-requise"),
                detail);
    }

    public static ProblemException notFound(String code, String detail) {
        return new ProblemException(404, code, KernelTexts.get("probleme.introuvable"), detail);
    }

    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, KernelTexts.get("probleme.conflit"), detail);
    }

    public static ProblemException unavailable(String code, String title, String detail) {
        return new ProblemException(503, code, title, detail);
    }
}
