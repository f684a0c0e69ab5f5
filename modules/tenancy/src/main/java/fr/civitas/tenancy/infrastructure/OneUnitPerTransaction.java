package fr.civitas.tenancy.infrastructure;

import jakarta.transaction.TransactionSynchronizationRegistry;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Keeps every transaction on one persistence unit: the platform's or the councils'. A
 * transaction spanning both would tie a council's schema to the directory's database, which a
 * council placed on another PostgreSQL server one day could not honour. Checked each time a
 * unit takes a connection; the second unit in a transaction is refused.
 */
final class OneUnitPerTransaction {

    static final String PLATFORM = "platform";
    static final String TENANT = "tenant";

    private static final String KEY = OneUnitPerTransaction.class.getName();
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";

    private static volatile TransactionSynchronizationRegistry registry;

    private OneUnitPerTransaction() {
    }

    static void enter(String unit) {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions == null || transactions.getTransactionKey() == null) {
            return;
        }
        Object first = transactions.getResource(KEY);
        if (first == null) {
            transactions.putResource(KEY, unit);
        } else if (!first.equals(unit)) {
            throw new IllegalStateException("one persistence unit per transaction: this one used the " + first
                    + " unit and now asks for the " + unit + " unit; give the second its own transaction");
        }
    }

    /** Null outside the server (plain JDBC tests): there is no JTA transaction to check. */
    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry current = registry;
        if (current == null) {
            try {
                current = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
                registry = current;
            } catch (NamingException e) {
                return null;
            }
        }
        return current;
    }
}
