package fr.civitas.portal.application;

import fr.civitas.kernel.problem.ProblemException;
import fr.civitas.portal.domain.News;
import fr.civitas.portal.domain.NewsRepository;
import fr.civitas.portal.domain.SafeHtml;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Editors' work on news. */
@ApplicationScoped
@Transactional
public class NewsEditing extends ContentEditing<News, Forms.NewsForm> {

    @Inject
    NewsRepository news;

    @Override
    public News create(Forms.NewsForm form, String actor) {
        FieldErrors errors = new FieldErrors();
        String slug = errors.slug("slug", form.slug());
        News.NewsText text = text(form, errors);
        if (!slug.isEmpty() && news.exists(slug)) {
            errors.add("slug", "formulaire.identifiant-pris");
        }
        errors.throwIfAny();
        News item = new News(UUID.randomUUID(), slug, text, clock.instant(), actor);
        news.add(item);
        done(actor, "created", slug);
        return item;
    }

    @Override
    public News edit(UUID id, Forms.NewsForm form, String actor) {
        News item = find(id);
        FieldErrors errors = new FieldErrors();
        News.NewsText text = text(form, errors);
        errors.throwIfAny();
        item.edit(text, clock.instant(), actor);
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

    private News.NewsText text(Forms.NewsForm form, FieldErrors errors) {
        String title = errors.required("title", form.title(), 200);
        String summary = errors.optional("summary", form.summary(), 500);
        String body = errors.required("body", form.body(), 100_000);
        LocalDate date = LocalDate.now(clock);
        if (form.date() != null && !form.date().isBlank()) {
            try {
                date = LocalDate.parse(form.date().strip());
            } catch (DateTimeParseException e) {
                errors.add("date", "formulaire.date");
            }
        }
        return new News.NewsText(title, summary, SafeHtml.clean(body), date);
    }
}
