package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugins.payments.money.Earning;
import org.coproduce.plugins.payments.money.Money;

/**
 * Benefit awareness: the kinds of benefit with their earnings limits (set by finance), which benefits a person
 * receives (seen only by the person and finance), and whether a fee would take someone over a limit.
 */
@ApplicationScoped
public class Benefits {

    static final String BENEFITS = "payments-benefits";

    /** The highest limit accepted. */
    static final BigDecimal MAX_LIMIT = new BigDecimal("100000.00");

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Earnings earnings;

    /** A kind of benefit and its limits, as finance sets it. */
    public record KindChange(String name, BigDecimal weeklyLimit, BigDecimal periodLimit, BigDecimal yearlyLimit) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BenefitKind> kinds() {
        return em.createQuery("SELECT k FROM BenefitKind k ORDER BY k.name", BenefitKind.class).getResultList();
    }

    @Transactional
    public BenefitKind change(Caller finance, String code, KindChange in) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (code == null || !code.matches("[a-z0-9-]{2,40}")) {
            problems.put("code", "A benefit's code has 2 to 40 lower-case letters, digits or dashes.");
        }
        if (in == null) {
            throw Problem.invalid(Map.of("name", "Please name the benefit."));
        }
        Activities.text(problems, "name", in.name(), 120, "the benefit's name");
        limit(problems, "weeklyLimit", in.weeklyLimit());
        limit(problems, "periodLimit", in.periodLimit());
        limit(problems, "yearlyLimit", in.yearlyLimit());
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        BenefitKind kind = em.find(BenefitKind.class, code);
        if (kind == null) {
            kind = new BenefitKind(code);
            em.persist(kind);
        }
        kind.change(in.name().strip(), scaled(in.weeklyLimit()), scaled(in.periodLimit()), scaled(in.yearlyLimit()));
        audit.record("benefit-kind.changed", "payments-benefit-kind", code,
                "Limits: week " + in.weeklyLimit() + ", month " + in.periodLimit() + ", year " + in.yearlyLimit());
        return kind;
    }

    /** The benefits a person receives: for the person themselves and finance only. */
    @Transactional
    public List<BenefitKind> of(Caller caller, long personId) {
        if (caller.accountId() != personId && !caller.finance()) {
            throw Problem.notFound("There is nothing here for you.");
        }
        audit.record("benefits.viewed", BENEFITS, String.valueOf(personId), "");
        return received(personId);
    }

    /** Replaces the list of benefits the caller receives. */
    @Transactional
    public List<BenefitKind> record(Caller caller, Set<String> codes) {
        Set<String> wanted = codes == null ? Set.of() : new LinkedHashSet<>(codes);
        List<String> unknown = new ArrayList<>();
        for (String code : wanted) {
            if (code == null || em.find(BenefitKind.class, code) == null) {
                unknown.add(String.valueOf(code));
            }
        }
        if (!unknown.isEmpty()) {
            throw Problem.invalid(Map.of("benefits", "These are not benefits we know of: " + String.join(", ", unknown) + "."));
        }
        em.createQuery("DELETE FROM PersonBenefit p WHERE p.personId = :p").setParameter("p", caller.accountId()).executeUpdate();
        wanted.forEach(code -> em.persist(new PersonBenefit(caller.accountId(), code)));
        em.flush();
        audit.record("benefits.changed", BENEFITS, String.valueOf(caller.accountId()), wanted.size() + " benefit(s) recorded");
        return received(caller.accountId());
    }

    /** Which of the person's benefit limits the claim's fee would exceed, as period names (week, month, tax year). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> limitsExceeded(Claim claim) {
        List<BenefitKind> kinds = received(claim.personId());
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<Earning> earlier = earnings.feesOf(claim.personId(), claim.id());
        Earning next = new Earning(claim.activity().date(), claim.toPerson());
        Set<String> over = new LinkedHashSet<>();
        kinds.forEach(kind -> over.addAll(kind.limits().exceededBy(next, earlier)));
        return List.copyOf(over);
    }

    private List<BenefitKind> received(long personId) {
        return em.createQuery("SELECT k FROM BenefitKind k WHERE k.code IN "
                + "(SELECT p.benefitCode FROM PersonBenefit p WHERE p.personId = :p) ORDER BY k.name", BenefitKind.class)
                .setParameter("p", personId).getResultList();
    }

    private static void limit(Map<String, String> problems, String field, BigDecimal value) {
        if (value != null) {
            Money.problemWithAmount(value, MAX_LIMIT, "limit").ifPresent(m -> problems.put(field, m));
        }
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value == null ? null : Money.pence(value);
    }
}
