package fr.civitas.identity.infrastructure;

import fr.civitas.identity.domain.LoginAttempt;
import fr.civitas.identity.domain.SessionStore;
import fr.civitas.identity.domain.WebSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/** Sessions on the {@code tenant} unit: only the bound council's sessions can be found. */
@ApplicationScoped
@Transactional
public class JpaSessionStore implements SessionStore {

    @PersistenceContext(unitName = "tenant")
    EntityManager em;

    @Override
    public void add(WebSession session) {
        em.persist(session);
    }

    @Override
    public Optional<WebSession> session(String idHash) {
        return Optional.ofNullable(em.find(WebSession.class, idHash));
    }

    /** One UPDATE of the row if it is still there: never a lock, never a session brought back. */
    @Override
    public void update(WebSession session) {
        WebSession.Stored stored = session.stored();
        em.createQuery("""
                        update WebSession s set s.username = :username, s.displayName = :displayName, s.email = :email,
                          s.roles = :roles, s.accessToken = :accessToken, s.accessExpiresAt = :accessExpiresAt,
                          s.refreshToken = :refreshToken, s.idToken = :idToken, s.lastSeenAt = :lastSeenAt,
                          s.checkedAt = :checkedAt
                        where s.idHash = :id""")
                .setParameter("username", stored.username())
                .setParameter("displayName", stored.displayName())
                .setParameter("email", stored.email())
                .setParameter("roles", stored.roles())
                .setParameter("accessToken", stored.accessToken())
                .setParameter("accessExpiresAt", stored.accessExpiresAt())
                .setParameter("refreshToken", stored.refreshToken())
                .setParameter("idToken", stored.idToken())
                .setParameter("lastSeenAt", stored.lastSeenAt())
                .setParameter("checkedAt", stored.checkedAt())
                .setParameter("id", session.idHash())
                .executeUpdate();
    }

    @Override
    public void remove(String idHash) {
        em.createQuery("delete from WebSession s where s.idHash = :id").setParameter("id", idHash).executeUpdate();
    }

    @Override
    public void add(LoginAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public Optional<LoginAttempt> takeAttempt(String state) {
        LoginAttempt attempt = em.find(LoginAttempt.class, state);
        if (attempt != null) {
            em.remove(attempt);
        }
        return Optional.ofNullable(attempt);
    }

    @Override
    public void removeAllOf(String subject) {
        em.createQuery("delete from WebSession s where s.subject = :subject").setParameter("subject", subject).executeUpdate();
    }

    @Override
    public int purge(Instant idleBefore, Instant openedBefore, Instant attemptsBefore) {
        int sessions = em.createQuery("delete from WebSession s where s.lastSeenAt < :idle or s.createdAt < :opened")
                .setParameter("idle", idleBefore)
                .setParameter("opened", openedBefore)
                .executeUpdate();
        int attempts = em.createQuery("delete from LoginAttempt a where a.createdAt < :before")
                .setParameter("before", attemptsBefore)
                .executeUpdate();
        return sessions + attempts;
    }

}
