package org.coproduce.portal.discussion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.coproduce.portal.account.Account;
import org.coproduce.plugin.Viewer;

/** Whether a member (not the one asking) may read a category's threads: the same rule the pages apply. */
@ApplicationScoped
public class Readers {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayRead(long accountId, long categoryId) {
        Account account = em.find(Account.class, accountId);
        Category category = em.find(Category.class, categoryId);
        return account != null && category != null && DiscussionAccess.mayRead(category, viewer(account));
    }

    /** The member as a viewer, as if they were signed in. */
    public static Viewer viewer(Account account) {
        return new Viewer(Optional.of(account.id()), account.displayName(), Optional.of(account.portalRole()),
                account.verified());
    }
}
