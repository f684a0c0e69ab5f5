package fr.civitas.identity.web;

import fr.civitas.identity.domain.Caller;
import fr.civitas.kernel.security.CurrentPerson;
import fr.civitas.kernel.security.Person;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The person the request is authenticated as, for every module. */
@RequestScoped
public class RequestPerson implements CurrentPerson {

    @Inject
    RequestCredentials credentials;

    @Override
    public Optional<Person> find() {
        return credentials.caller().map(RequestPerson::person);
    }

    static Person person(Caller caller) {
        return new Person(caller.subject(), caller.username(), caller.displayName(), caller.email(), caller.roles());
    }
}
