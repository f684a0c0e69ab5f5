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
            errors.put("slug", TenancyTexts.get("demande.identifiant.manquant"));
        } else if (!TenantId.isWellFormed(slug)) {
            errors.put("slug", TenancyTexts.get("demande.identifiant.mal-forme"));
        } else if (settings.reservedSlugs().contains(slug)) {
            errors.put("slug", TenancyTexts.get("demande.identifiant.reserve", slug));
        } else {
            return TenantId.of(slug);
        }
        return null;
    }

    private static String name(String name, Map<String, String> errors) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.put("name", TenancyTexts.get("demande.nom.manquant"));
        } else if (trimmed.length() > MAX_NAME_LENGTH) {
            errors.put("name", TenancyTexts.get("demande.nom.trop-long", MAX_NAME_LENGTH));
        } else if (trimmed.chars().anyMatch(Character::isISOControl)) {
            errors.put("name", TenancyTexts.get("demande.nom.caracteres-interdits"));
        }
        return trimmed;
    }

    private static Optional<TenantKind> kind(String kind, Map<String, String> errors) {
        Optional<TenantKind> found = TenantKind.fromCode(kind);
        if (found.isEmpty()) {
            errors.put("kind", TenancyTexts.get("demande.type.inconnu"));
        }
        return found;
    }

    private Optional<TenantTemplate> template(String name, Optional<TenantKind> kind, Map<String, String> errors) {
        if (name == null || name.isBlank()) {
            errors.put("template", TenancyTexts.get("demande.modele.manquant"));
            return Optional.empty();
        }
        Optional<TenantTemplate> template = templates.find(name);
        if (template.isEmpty()) {
            errors.put("template", TenancyTexts.get("demande.modele.inconnu", name));
        } else if (kind.isPresent() && !template.get().suits(kind.get())) {
            errors.put("template", TenancyTexts.get("demande.modele.inadapte", name,
                    kind.get().label().toLowerCase(java.util.Locale.FRENCH)));
        }
        return template;
    }

    private static List<String> hosts(List<String> domains, Map<String, String> errors) {
        if (domains.size() > MAX_DOMAINS) {
            errors.put("domains", TenancyTexts.get("demande.domaines.trop-nombreux", MAX_DOMAINS));
            return List.of();
        }
        LinkedHashSet<String> hosts = new LinkedHashSet<>();
        for (String domain : domains) {
            String host = domain == null ? "" : TenantDomain.normalise(domain);
            if (!HOST.matcher(host).matches()) {
                errors.put("domains", TenancyTexts.get("demande.domaine.invalide", domain));
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
            errors.put("parent", TenancyTexts.get("demande.rattachement.elle-meme"));
            return null;
        }
        if (!TenantId.isWellFormed(parent) || directory.find(TenantId.of(parent)).isEmpty()) {
            errors.put("parent", TenancyTexts.get("demande.rattachement.inconnu", parent));
            return null;
        }
        return TenantId.of(parent);
    }
}
