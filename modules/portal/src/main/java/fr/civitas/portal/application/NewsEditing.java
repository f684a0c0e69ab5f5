package fr.civitas.portal.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.NewsRepository;
import fr.civitas.portal.domain.SafeHtml;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/** Editors' work on news. */
@ApplicationScoped
@Transactional
public class NewsEditing extends ContentEditing<News, Forms.NewsForm> {

    @Inject
    NewsRepository news;

    @Override
    public News create(Forms.NewsForm form, String actor) {
        FieldErrors errors = FieldErrors.check(validator, form, Forms.Creation.class);
        String slug = FieldErrors.required(form.slug());
        if (!errors.has("slug") && news.exists(slug)) {
            errors.add("slug", "formulaire.identifiant-pris");
        }
        errors.throwIfAny();
        News item = new News(UUID.randomUUID(), slug, text(form), clock.instant(), actor);
        news.add(item);
        done(actor, "created", slug);
        return item;
    }

    @Override
    public News edit(UUID id, Forms.NewsForm form, String actor) {
        News item = find(id);
        FieldErrors.check(validator, form).throwIfAny();
        Versions.requireCurrent(form.version(), item.version());
        item.edit(text(form), clock.instant(), actor);
        Versions.write(pending);
        done(actor, "edited", item.slug());
        return item;
    }

    @Override
    public News find(UUID id) {
        return news.byId(id).orElseThrow(
                () -> ProblemException.notFound("news-unknown", PortalTexts.get("erreur.actualite-introuvable")));
    }

    @Override
    protected void remove(News item) {
        news.remove(item);
    }

    @Override
    protected String kind() {
        return "news";
    }

    private News.NewsText text(Forms.NewsForm form) {
        return new News.NewsText(FieldErrors.required(form.title()), FieldErrors.optional(form.summary()),
                SafeHtml.clean(form.body()), FieldErrors.date(form.date(), LocalDate.now(clock)));
    }
}
