package org.coproduce.portal.moderation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.coproduce.portal.account.Accounts;
import org.coproduce.portal.demo.DemoLoader;

/**
 * Demo standings: the demo members have taken part for long enough to be trusted (their posts do not wait), and
 * the moderator is the safeguarding lead. Runs before the content loaders, which post as these members.
 */
@ApplicationScoped
public class ModerationDemo implements DemoLoader {

    static final List<String> TRUSTED = List.of("practitioner@example.org", "serviceuser@example.org",
            "student@example.org", "moderator@example.org", "admin@example.org");
    static final String LEAD = "moderator@example.org";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Standings standings;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void load() {
        for (String email : TRUSTED) {
            accounts.findByEmail(email).ifPresent(account -> {
                if (em.find(MemberStanding.class, account.id()) == null) {
                    standings.setUp(account.id(), TrustLevel.TRUSTED, LEAD.equals(email));
                }
            });
        }
    }
}
