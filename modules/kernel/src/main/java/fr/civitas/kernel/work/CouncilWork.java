package fr.civitas.kernel.work;

import fr.civitas.kernel.tenant.TenantId;
import java.util.List;
import java.util.function.Supplier;

/**
 * Work for one council outside a request — scheduled jobs, an outbox, an index rebuild: the
 * council is bound while the work runs, as it is during a request, and always unbound after,
 * whatever happens. Implemented by the tenancy module.
 */
public interface CouncilWork {

    /** Runs the work with the council bound; unknown or departed councils are refused. */
    <T> T in(TenantId council, Supplier<T> work);

    default void run(TenantId council, Runnable work) {
        in(council, () -> {
            work.run();
            return null;
        });
    }

    /** The councils whose data can be worked on now: open or suspended, their schema in place, not leaving. */
    List<TenantId> councilsInService();

    /**
     * Runs the work for each council in service in turn, each bound alone; a failure for one is
     * logged and does not stop the others.
     *
     * @return how many councils the work failed for
     */
    int inEachCouncil(String job, Runnable work);
}
