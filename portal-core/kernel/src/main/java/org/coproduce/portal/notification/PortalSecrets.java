package org.coproduce.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secret keys the portal makes for itself on first use and keeps in the database, so that every node of one
 * portal shares them and they survive restarts.
 */
@ApplicationScoped
public class PortalSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    /** The 32-byte secret with this name, made (once, whichever node comes first) when it does not exist yet. */
    @Transactional
    public byte[] secret(String name) {
        return known.computeIfAbsent(name, this::loadOrMake);
    }

    private byte[] loadOrMake(String name) {
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        em.createNativeQuery("INSERT INTO portal_secret (name, secret) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, name).setParameter(2, Base64.getEncoder().encodeToString(fresh)).executeUpdate();
        String stored = (String) em.createNativeQuery("SELECT secret FROM portal_secret WHERE name = ?1")
                .setParameter(1, name).getSingleResult();
        return Base64.getDecoder().decode(stored);
    }
}
