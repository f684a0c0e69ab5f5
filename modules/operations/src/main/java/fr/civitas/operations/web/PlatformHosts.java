package fr.civitas.operations.web;

import fr.civitas.identity.spi.PublicAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The platform's own host names ({@code civitas.operations.hosts}, comma-separated; by default the
 * public URL's host and {@code localhost}): the operators' API exists there only, never on a
 * council's domain.
 */
@ApplicationScoped
public class PlatformHosts {

    @Inject
    @ConfigProperty(name = "civitas.operations.hosts")
    Optional<String> configured;

    @Inject
    PublicAddress address;

    private volatile Set<String> hosts;

    /** Whether a host name (without its port, as {@link java.net.URI#getHost()} gives it) is one of the platform's. */
    public boolean includes(String host) {
        return host != null && names().contains(host.toLowerCase(Locale.ROOT));
    }

    private Set<String> names() {
        Set<String> known = hosts;
        if (known == null) {
            known = configured.filter(value -> !value.isBlank())
                    .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                            .map(name -> name.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()))
                    .orElseGet(() -> Stream.of(address.platform().getHost().toLowerCase(Locale.ROOT), "localhost")
                            .collect(Collectors.toUnmodifiableSet()));
            hosts = known;
        }
        return known;
    }
}
