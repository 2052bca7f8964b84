package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coproduce.plugins.payments.money.ClaimKind;
import org.coproduce.plugins.payments.money.ClaimStatus;
import org.coproduce.plugins.payments.money.Earning;

/**
 * A person's earnings from fees: the amount they chose to take (never what went to a charity, never expenses,
 * which repay costs) of every fee claim that is approved, authorised or paid, counted on the activity's date.
 */
@ApplicationScoped
public class Earnings {

    static final List<ClaimStatus> COUNTED = List.of(ClaimStatus.APPROVED, ClaimStatus.AUTHORISED, ClaimStatus.PAID);

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    /** The person's fee earnings, leaving out one claim (the one being judged; -1 for none). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Earning> feesOf(long personId, long except) {
        return em.createQuery("SELECT a.date, c.toPerson FROM Claim c JOIN c.activity a WHERE c.personId = :p AND c.kind = :fee "
                + "AND c.status IN :counted AND c.id <> :except", Object[].class)
                .setParameter("p", personId).setParameter("fee", ClaimKind.FEE).setParameter("counted", COUNTED)
                .setParameter("except", except).getResultList().stream()
                .map(row -> new Earning((LocalDate) row[0], (BigDecimal) row[1]))
                .filter(e -> e.amount().signum() > 0).toList();
    }
}
