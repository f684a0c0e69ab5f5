package fr.civitas.identity.domain;

/**
 * Seals what must not be readable at rest — tokens, PKCE verifiers, nonces — bound to the row
 * that holds it ({@code context}): a sealed value copied to another row does not open.
 */
public interface Sealing {

    String seal(String plain, String context);

    /** @throws UnopenableSealException when the value was not sealed here, for this context, with a key still known */
    String open(String sealed, String context);
}
