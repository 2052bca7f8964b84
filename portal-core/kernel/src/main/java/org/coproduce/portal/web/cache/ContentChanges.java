package org.coproduce.portal.web.cache;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The generation of the content that cached pages show: a number that moves on whenever that content changes.
 * A change moves it at once and again when its transaction has committed, so a page rendered from the old data
 * while the change was in flight cannot be kept under the new generation.
 */
public final class ContentChanges {

    private static final Logger LOG = Logger.getLogger(ContentChanges.class.getName());
    private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
    private static final AtomicLong GENERATION = new AtomicLong();

    private ContentChanges() {
    }

    public static long generation() {
        return GENERATION.get();
    }

    /** Content changed: moves the generation now and, inside a transaction, once more when it completes. */
    public static void changed() {
        GENERATION.incrementAndGet();
        TransactionSynchronizationRegistry registry = registry();
        if (registry != null && registry.getTransactionStatus() == Status.STATUS_ACTIVE) {
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    GENERATION.incrementAndGet();
                }
            });
        }
    }

    private static TransactionSynchronizationRegistry registry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.FINEST, "No transaction registry here (outside the server)", e);
            return null;
        }
    }
}
