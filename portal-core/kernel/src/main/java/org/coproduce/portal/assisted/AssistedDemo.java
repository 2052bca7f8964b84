package org.coproduce.portal.assisted;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.Accounts;
import org.coproduce.portal.demo.DemoLoader;
import org.coproduce.portal.story.Stories;
import org.coproduce.portal.story.Story;

/**
 * A demo story the practitioner shared for someone without an account, from a paper form, published by the
 * moderator. Added only when no story with its title exists.
 */
@ApplicationScoped
public class AssistedDemo implements DemoLoader {

    static final String TITLE = "Getting to the carers' group without a car";

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    AssistedPosting assisted;

    @Inject
    Stories stories;

    @Override
    public int order() {
        return 320;
    }

    @Override
    public void load() {
        Optional<Account> practitioner = accounts.findByEmail("practitioner@example.org");
        Optional<Account> moderator = accounts.findByEmail("moderator@example.org");
        boolean exists = em.createQuery("SELECT COUNT(s) FROM Story s WHERE s.title = :title", Long.class)
                .setParameter("title", TITLE).getSingleResult() > 0;
        if (practitioner.isEmpty() || moderator.isEmpty() || exists) {
            return;
        }
        Story story = assisted.shareStory(viewer(practitioner.get()), TITLE, """
                I look after my husband and I do not use the computer. I filled this in at the library with help.

                The carers' group meets on a Tuesday in town, and the bus from our village only runs twice a day. For
                a year I simply did not go. When the group asked what would help, I said a lift, and they set up a
                rota of volunteer drivers. Now I go most weeks.

                Being asked made the difference. Nobody had asked before.
                """, "en", new OnBehalf("Margaret", null, "pseudonym", "Evening Primrose", "paper-form",
                LocalDate.now(AssistedPosting.HOME).minusDays(20), "Filled in and signed our paper story form at the library: share it on the "
                        + "portal under a made-up name, not her own.", true));
        stories.approve(story.id(), viewer(moderator.get()));
    }

    private static Viewer viewer(Account account) {
        return new Viewer(Optional.of(account.id()), account.displayName(), Optional.of(account.portalRole()),
                account.verified());
    }
}
