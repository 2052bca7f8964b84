package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;
import org.coproduce.plugins.payments.money.ClaimKind;
import org.coproduce.plugins.payments.money.ClaimStatus;
import org.coproduce.plugins.payments.money.CsvCell;
import org.coproduce.plugins.payments.money.Money;
import org.coproduce.plugins.payments.money.TaxYear;

/**
 * A person's annual statement for one tax year: every claim for an activity in that year that was paid, with the
 * totals paid to them as fees, as expenses and to charities. For the person, finance and auditors.
 */
@ApplicationScoped
public class Statements {

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    AuditTrail audit;

    /** One statement. */
    public record Statement(String personName, TaxYear year, List<Views.ClaimView> claims, String fees, String expenses, String charity) {
    }

    @Transactional
    public Statement of(Caller caller, long personId, int taxYear) {
        if (caller.accountId() != personId && !caller.readsAll()) {
            throw Problem.notFound("There is nothing here for you.");
        }
        if (taxYear < 2000 || taxYear > 2100) {
            throw Problem.invalid(Map.of("taxYear", "Please give the year the tax year starts in, such as 2026 for 2026-27."));
        }
        TaxYear year = new TaxYear(taxYear);
        List<Claim> paid = em.createQuery("SELECT c FROM Claim c JOIN FETCH c.activity a JOIN FETCH c.agreement WHERE c.personId = :p AND c.status = :paid "
                + "AND a.date BETWEEN :first AND :last ORDER BY a.date, c.id", Claim.class)
                .setParameter("p", personId).setParameter("paid", ClaimStatus.PAID)
                .setParameter("first", year.firstDay()).setParameter("last", year.lastDay()).getResultList();
        Map<Long, Member> names = members.byIds(List.of(personId));
        BigDecimal fees = Money.zero();
        BigDecimal expenses = Money.zero();
        BigDecimal charity = Money.zero();
        for (Claim c : paid) {
            if (c.kind() == ClaimKind.FEE) {
                fees = fees.add(c.toPerson());
                charity = charity.add(c.toCharity());
            } else {
                expenses = expenses.add(c.toPerson());
            }
        }
        audit.record("statement.viewed", "payments-statement", personId + "/" + taxYear, "");
        return new Statement(Views.name(names, personId), year,
                paid.stream().map(c -> Views.ClaimView.of(c, names, false, java.util.Optional.empty(), false)).toList(),
                Money.plain(fees), Money.plain(expenses), Money.plain(charity));
    }

    /** The statement as CSV (safe to open in a spreadsheet). */
    public static String csv(Statement s) {
        StringBuilder out = new StringBuilder("tax year,activity,activity date,kind,fee,choice,to person,to charity,charity,paid on,method,reference\r\n");
        for (Views.ClaimView c : s.claims()) {
            out.append(s.year().label()).append(',').append(CsvCell.text(c.activityTitle())).append(',').append(c.activityDate()).append(',')
                    .append(c.kind()).append(',').append(c.fee() == null ? "" : c.fee()).append(',').append(c.choice() == null ? "" : c.choice())
                    .append(',').append(c.toPerson()).append(',').append(c.toCharity()).append(',').append(CsvCell.text(c.charity()))
                    .append(',').append(c.paidOn()).append(',').append(c.paidMethod()).append(',').append(CsvCell.text(c.paidReference())).append("\r\n");
        }
        out.append(s.year().label()).append(",\"Total fees paid to ").append(s.personName().replace("\"", "\"\"")).append("\",,,,,")
                .append(s.fees()).append(",").append(s.charity()).append(",,,,\r\n");
        out.append(s.year().label()).append(",\"Total expenses repaid\",,,,,").append(s.expenses()).append(",,,,,\r\n");
        return out.toString();
    }
}
