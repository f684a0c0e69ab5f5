package fr.civitas.tenancy.application;

import fr.civitas.kernel.tenant.TenantId;
import fr.civitas.kernel.tenant.TenantView;
import fr.civitas.kernel.work.CouncilWork;
import fr.civitas.tenancy.domain.Tenant;
import fr.civitas.tenancy.domain.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link CouncilWork} on the directory: the council is bound as a request would bind it, and always released. */
@ApplicationScoped
public class BoundCouncilWork implements CouncilWork {

    private static final Logger LOG = Logger.getLogger(BoundCouncilWork.class.getName());

    @Inject
    TenantDirectory directory;

    @Override
    public <T> T in(TenantId council, Supplier<T> work) {
        TenantView view = directory.find(council).filter(Tenant::isInService).map(Tenant::view)
                .orElseThrow(() -> new IllegalArgumentException("no data to work on for council " + council));
        return within(view, work);
    }

    /** For the tenancy module's own steps, which run before a council is in service or after it left. */
    static <T> T within(TenantView council, Supplier<T> work) {
        try (TenantContext.Scope bound = TenantContext.bind(council, "/t/" + council.id().slug())) {
            return work.get();
        }
    }

    @Override
    public List<TenantId> councilsInService() {
        return directory.inService().stream().map(Tenant::id).toList();
    }

    @Override
    public int inEachCouncil(String job, Runnable work) {
        int failed = 0;
        for (Tenant council : directory.inService()) {
            try {
                within(council.view(), () -> {
                    work.run();
                    return null;
                });
            } catch (RuntimeException e) {
                failed++;
                LOG.log(Level.WARNING, job + " failed for council " + council.id() + "; the others carry on", e);
            }
        }
        return failed;
    }
}
