package fr.civitas.tenancy.application;

import fr.civitas.kernel.problem.InvalidInputException;
import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantKind;
import fr.civitas.kernel.validation.FieldChecks;
import fr.civitas.tenancy.domain.TemplateCatalog;
import fr.civitas.tenancy.domain.TenantDirectory;
import fr.civitas.tenancy.domain.TenantDomain;
import fr.civitas.tenancy.domain.TenantTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks an onboarding request field by field and says, in French, what is wrong with each: its
 * constraints first, then, for the fields they let through, what the directory and the
 * templates say.
 */
@ApplicationScoped
public class OnboardingRequestValidator {

    private static final Pattern HOST = Pattern.compile(
            "(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    public record Valid(TenantId id, String name, TenantKind kind, TenantTemplate template, List<String> hosts,
                        TenantId parent) {
    }

    @Inject
    TenancySettings settings;

    @Inject
    Validator validator;

    @Inject
    TemplateCatalog templates;

    @Inject
    TenantDirectory directory;

    public Valid validate(OnboardingRequest request) {
        Map<String, String> errors = new LinkedHashMap<>(FieldChecks.errors(validator, request, TenancyTexts::get));
        TenantId id = errors.containsKey("slug") ? null : slug(request.slug(), errors);
        String name = request.name() == null ? "" : request.name().strip();
        Optional<TenantKind> kind = errors.containsKey("kind") ? Optional.empty() : kind(request.kind(), errors);
        Optional<TenantTemplate> template = errors.containsKey("template") ? Optional.empty()
                : template(request.template(), kind, errors);
        List<String> hosts = errors.containsKey("domains") ? List.of() : hosts(request.domainsOrEmpty(), errors);
        TenantId parent = errors.containsKey("parent") ? null : parent(request.parent(), id, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Valid(id, name, kind.orElseThrow(), template.orElseThrow(), hosts, parent);
    }

    private TenantId slug(String slug, Map<String, String> errors) {
        if (!TenantId.isWellFormed(slug)) {
            errors.put("slug", TenancyTexts.get("demande.identifiant.mal-forme"));
        } else if (settings.reservedSlugs().contains(slug)) {
            errors.put("slug", TenancyTexts.get("demande.identifiant.reserve", slug));
        } else {
            return TenantId.of(slug);
        }
        return null;
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
