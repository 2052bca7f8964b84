package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;
import org.coproduce.plugins.payments.money.ClaimStatus;
import org.coproduce.plugins.payments.money.CsvCell;
import org.coproduce.plugins.payments.money.Money;

/** The CSV of authorised and paid claims that finance takes to payroll or the bank. No bank details are held. */
@ApplicationScoped
public class PaymentsExport {

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    AuditTrail audit;

    @Transactional
    public String csv(Caller finance) {
        List<Claim> claims = em.createQuery("SELECT c FROM Claim c JOIN FETCH c.activity WHERE c.status IN :s ORDER BY c.id", Claim.class)
                .setParameter("s", List.of(ClaimStatus.AUTHORISED, ClaimStatus.PAID)).getResultList();
        Map<Long, Member> people = members.byIds(claims.stream().map(Claim::personId).collect(Collectors.toSet()));
        StringBuilder out = new StringBuilder("claim,status,person,email,activity,activity date,cost code,kind,currency,to person,to charity,charity,paid on,method,reference\r\n");
        for (Claim c : claims) {
            Member m = people.get(c.personId());
            out.append(c.id()).append(',')
                    .append(c.status()).append(',')
                    .append(CsvCell.text(m == null ? "" : m.displayName())).append(',')
                    .append(CsvCell.text(m == null ? "" : m.email())).append(',')
                    .append(CsvCell.text(c.activity().title())).append(',')
                    .append(c.activity().date()).append(',')
                    .append(CsvCell.text(c.activity().costCode())).append(',')
                    .append(c.kind()).append(',')
                    .append(c.activity().currency()).append(',')
                    .append(Money.plain(c.toPerson())).append(',')
                    .append(Money.plain(c.toCharity())).append(',')
                    .append(CsvCell.text(c.charity().orElse(""))).append(',')
                    .append(c.paidOn().map(Object::toString).orElse("")).append(',')
                    .append(c.paidMethod().map(Enum::name).orElse("")).append(',')
                    .append(CsvCell.text(c.paidReference().orElse(""))).append("\r\n");
        }
        audit.record("payments.exported", "payments-export", "csv", claims.size() + " claim(s)");
        return out.toString();
    }
}
