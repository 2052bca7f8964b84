package org.coproduce.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.coproduce.plugin.PortalRole;

/** Creates ready-to-use (verified) accounts for demo mode; used by {@code org.coproduce.portal.demo} only. */
@ApplicationScoped
public class DemoAccounts {

    @Inject
    Accounts accounts;

    @Inject
    org.coproduce.portal.terms.Terms terms;

    /** Adds a verified account (which has accepted the terms in force) unless the email address has one; returns whether it added one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean addVerifiedIfMissing(String email, String displayName, String passwordHash, String networkRole,
                                        PortalRole role, Instant now) {
        if (accounts.findByEmail(email).isPresent()) {
            return false;
        }
        Account account = new Account(email, displayName, passwordHash,
                NetworkRole.parse(networkRole).orElseThrow(), role, now);
        account.markVerified(now);
        account.acceptTerms(terms.currentVersion(), now);
        accounts.add(account);
        return true;
    }
}
