package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugins.payments.money.ClaimStatus;
import org.coproduce.plugins.payments.money.Money;
import org.coproduce.plugins.payments.money.Quarters;

/**
 * Reports for finance and auditors: what was paid (claims in status paid), to people and to charities, per
 * activity, per calendar quarter of the activity, or per kind of activity.
 */
@ApplicationScoped
public class Reports {

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** One line of a report; {@code share} is the line's part of the largest line, 0 to 100, for a bar. */
    public record Line(String group, int claims, String toPerson, String toCharity, int share) {
    }

    private record Paid(long activityId, String title, LocalDate date, String kind, BigDecimal toPerson, BigDecimal toCharity) {
    }

    @Transactional
    public List<Line> paid(Caller caller, String by) {
        if (!caller.readsAll()) {
            throw PaymentsAccess.forbidden("Only finance staff and auditors can see reports.");
        }
        Function<Paid, String> key = switch (by == null ? "" : by) {
            case "activity" -> p -> p.title() + " (" + p.date() + ", #" + p.activityId() + ")";
            case "quarter" -> p -> Quarters.of(p.date());
            case "kind" -> Paid::kind;
            default -> throw Problem.invalid(Map.of("by", "Please group by activity, quarter or kind."));
        };
        List<Paid> rows = em.createQuery("SELECT a.id, a.title, a.date, a.kind, c.toPerson, c.toCharity FROM Claim c JOIN c.activity a "
                + "WHERE c.status = :paid", Object[].class).setParameter("paid", ClaimStatus.PAID).getResultList().stream()
                .map(r -> new Paid((Long) r[0], (String) r[1], (LocalDate) r[2], (String) r[3], (BigDecimal) r[4], (BigDecimal) r[5])).toList();
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (Paid p : rows) {
            BigDecimal[] s = sums.computeIfAbsent(key.apply(p), k -> new BigDecimal[] {Money.zero(), Money.zero(), BigDecimal.ZERO});
            s[0] = s[0].add(p.toPerson());
            s[1] = s[1].add(p.toCharity());
            s[2] = s[2].add(BigDecimal.ONE);
        }
        BigDecimal largest = sums.values().stream().map(s -> s[0].add(s[1])).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        audit.record("report.viewed", "payments-report", by, rows.size() + " paid claim(s)");
        return sums.entrySet().stream().map(e -> {
            BigDecimal total = e.getValue()[0].add(e.getValue()[1]);
            int share = largest.signum() == 0 ? 0 : total.multiply(BigDecimal.valueOf(100)).divide(largest, 0, Money.ROUNDING).intValue();
            return new Line(e.getKey(), e.getValue()[2].intValue(), Money.plain(e.getValue()[0]), Money.plain(e.getValue()[1]), share);
        }).toList();
    }
}
