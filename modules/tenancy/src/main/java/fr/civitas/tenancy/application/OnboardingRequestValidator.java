package fr.civitas.tenancy.application;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantKind;
import fr.civitas.tenancy.domain.TemplateCatalog;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantDomain;
import fr.civitas.tenancy.domain.TenantTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks an onboarding request field by field and says, in French, what is wrong with each. */
@ApplicationScoped
public class OnboardingRequestValidator {

    static final int MAX_NAME_LENGTH = 120;
    static final int MAX_DOMAINS = 20;

    private static final Pattern HOST = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    public record Valid(TenantId id, String name, TenantKind kind, TenantTemplate template, List<String> hosts,
                        TenantId parent) {
    }

    @Inject
    TenancySettings settings;

    @Inject
    TemplateCatalog templates;

    @Inject
    TenantDirectory directory;

    public Valid validate(OnboardingRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        TenantId id = slug(request.slug(), errors);
        String name = name(request.name(), errors);
        Optional<TenantKind> kind = kind(request.kind(), errors);
        Optional<TenantTemplate> template = template(request.template(), kind, errors);
        List<String> hosts = hosts(request.domainsOrEmpty(), errors);
        TenantId parent = parent(request.parent(), id, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Valid(id, name, kind.orElseThrow(), template.orElseThrow(), hosts, parent);
    }

    private TenantId slug(String slug, Map<String, String> errors) {
        if (slug == null || slug.isBlank()) {
            errors.put("slug", "L'identifiant (slug) est obligatoire.");
        } else if (!TenantId.isWellFormed(slug)) {
            errors.put("slug", "L'identifiant doit commencer par une lettre minuscule et ne contenir que des "
                    + "lettres minuscules, des chiffres et des tirets simples (2 à 40 caractères).");
        } else if (settings.reservedSlugs().contains(slug)) {
            errors.put("slug", "L'identifiant « " + slug + " » est réservé par la plateforme.");
        } else {
            return TenantId.of(slug);
        }
        return null;
    }

    private static String name(String name, Map<String, String> errors) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.put("name", "Le nom de la collectivité est obligatoire.");
        } else if (trimmed.length() > MAX_NAME_LENGTH) {
            errors.put("name", "Le nom ne doit pas dépasser " + MAX_NAME_LENGTH + " caractères.");
        } else if (trimmed.chars().anyMatch(Character::isISOControl)) {
            errors.put("name", "Le nom contient des caractères non autorisés.");
        }
        return trimmed;
    }

    private static Optional<TenantKind> kind(String kind, Map<String, String> errors) {
        Optional<TenantKind> found = TenantKind.fromCode(kind);
        if (found.isEmpty()) {
            errors.put("kind", "Le type doit être « departement », « commune » ou « epci ».");
        }
        return found;
    }

    private Optional<TenantTemplate> template(String name, Optional<TenantKind> kind, Map<String, String> errors) {
        if (name == null || name.isBlank()) {
            errors.put("template", "Le modèle de collectivité est obligatoire.");
            return Optional.empty();
        }
        Optional<TenantTemplate> template = templates.find(name);
        if (template.isEmpty()) {
            errors.put("template", "Le modèle « " + name + " » n'existe pas.");
        } else if (kind.isPresent() && !template.get().suits(kind.get())) {
            errors.put("template", "Le modèle « " + name + " » ne convient pas à ce type de collectivité ("
                    + kind.get().label().toLowerCase(java.util.Locale.FRENCH) + ").");
        }
        return template;
    }

    private static List<String> hosts(List<String> domains, Map<String, String> errors) {
        if (domains.size() > MAX_DOMAINS) {
            errors.put("domains", "Au plus " + MAX_DOMAINS + " domaines par collectivité.");
            return List.of();
        }
        LinkedHashSet<String> hosts = new LinkedHashSet<>();
        for (String domain : domains) {
            String host = domain == null ? "" : TenantDomain.normalise(domain);
            if (!HOST.matcher(host).matches()) {
                errors.put("domains", "« " + domain + " » n'est pas un nom de domaine valide (exemple : www.laval.fr).");
                return List.of();
            }
            hosts.add(host);
        }
        return new ArrayList<>(hosts);
    }

    private TenantId parent(String parent, TenantId id, Map<String, String> errors) {
        if (parent == null || parent.isBlank()) {
            return null;
        }
        if (id != null && id.slug().equals(parent)) {
            errors.put("parent", "Une collectivité ne peut pas être rattachée à elle-même.");
            return null;
        }
        if (!TenantId.isWellFormed(parent) || directory.find(TenantId.of(parent)).isEmpty()) {
            errors.put("parent", "La collectivité de rattachement « " + parent + " » est inconnue.");
            return null;
        }
        return TenantId.of(parent);
    }
}
