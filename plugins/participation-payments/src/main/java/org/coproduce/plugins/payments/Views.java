package org.coproduce.plugins.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugins.payments.money.ExpenseKind;
import org.coproduce.plugins.payments.money.Money;

/** The plugin's records as the JSON API shows them (camelCase; money as decimal strings with two places, never floating point). */
public final class Views {

    private Views() {
    }

    public record ActivityView(long id, String title, LocalDate date, String kind, String basis, String rate, String currency,
            String costCode, long leadId, String leadName, String relatedPath) {

        public static ActivityView of(Activity a, Map<Long, Member> names) {
            return new ActivityView(a.id(), a.title(), a.date(), a.kind(), a.basis().name(), Money.plain(a.rate()), a.currency(),
                    a.costCode(), a.leadId(), name(names, a.leadId()), a.relatedPath());
        }
    }

    public record AgreementView(long id, long activityId, String activityTitle, LocalDate activityDate, long personId,
            String personName, String role, String rate, String basis, String currency, Set<ExpenseKind> expensesCovered,
            String rightToWithdraw, Instant offeredAt, Instant acceptedAt, Instant withdrawnAt, boolean inForce) {

        public static AgreementView of(Agreement g, Map<Long, Member> names) {
            Activity a = g.activity();
            return new AgreementView(g.id(), a.id(), a.title(), a.date(), g.personId(), name(names, g.personId()), g.role(),
                    Money.plain(g.rate()), a.basis().name(), a.currency(), g.expensesCovered(), RIGHT_TO_WITHDRAW,
                    g.offeredAt(), g.acceptedAt().orElse(null), g.withdrawnAt().orElse(null), g.inForce());
        }
    }

    /** The words of every agreement about withdrawing. */
    public static final String RIGHT_TO_WITHDRAW = "You can withdraw at any time, without giving a reason. You will be paid "
            + "for the time you have already given and the expenses you have already had.";

    public record ItemView(long id, ExpenseKind kind, String description, String miles, String amount, boolean receiptRequired,
            String receiptType, Long receiptBytes) {

        public static ItemView of(ExpenseItem i) {
            return new ItemView(i.id(), i.kind(), i.description(), i.miles().map(m -> m.toPlainString()).orElse(null),
                    Money.plain(i.amount()), i.kind().receiptRequired(), i.receiptType().map(t -> t.mediaType()).orElse(null),
                    i.receiptBytes().orElse(null));
        }
    }

    public record ClaimView(long id, String kind, String status, long activityId, String activityTitle, LocalDate activityDate,
            long agreementId, long personId, String personName, String currency, String quantity, String basis, String fee,
            String choice, String toPerson, String toCharity, String charity, Instant createdAt, Instant submittedAt,
            Instant approvedAt, Instant authorisedAt, LocalDate paidOn, String paidMethod, String paidReference,
            String rejectedReason, boolean overdue, String benefitWarning, List<ItemView> items) {

        public static ClaimView of(Claim c, Map<Long, Member> names, boolean overdue, Optional<String> warning, boolean withItems) {
            Activity a = c.activity();
            return new ClaimView(c.id(), c.kind().name(), c.status().name(), a.id(), a.title(), a.date(), c.agreement().id(),
                    c.personId(), name(names, c.personId()), a.currency(), c.quantity().map(q -> q.toPlainString()).orElse(null),
                    a.basis().name(), c.fee().map(Money::plain).orElse(null), c.choice().map(Enum::name).orElse(null),
                    Money.plain(c.toPerson()), Money.plain(c.toCharity()), c.charity().orElse(null), c.createdAt(),
                    c.submittedAt().orElse(null), c.approvedAt().orElse(null), c.authorisedAt().orElse(null),
                    c.paidOn().orElse(null), c.paidMethod().map(Enum::name).orElse(null), c.paidReference().orElse(null),
                    c.rejectedReason().orElse(null), overdue, warning.orElse(null),
                    withItems ? c.items().stream().map(ItemView::of).toList() : null);
        }
    }

    public record BenefitKindView(String code, String name, String weeklyLimit, String periodLimit, String yearlyLimit) {

        public static BenefitKindView of(BenefitKind k) {
            return new BenefitKindView(k.code(), k.name(), k.limits().weekly().map(Money::plain).orElse(null),
                    k.limits().period().map(Money::plain).orElse(null), k.limits().yearly().map(Money::plain).orElse(null));
        }
    }

    public record StaffView(long accountId, String name, String role) {
    }

    public record RolesView(long accountId, boolean finance, boolean auditor, boolean administrator, boolean leadsActivities) {
    }

    public record PeriodTotal(String period, String label, String amount) {
    }

    public record TotalsView(String currency, String rounding, String currentTaxYear, String currentTaxYearTotal,
            List<PeriodTotal> taxYears, List<PeriodTotal> months, List<PeriodTotal> weeks) {
    }

    public record AuditView(Instant at, String actorName, String action, String detail) {

        public static AuditView of(org.coproduce.plugin.audit.AuditEntry e) {
            return new AuditView(e.at(), e.actorName(), e.action(), e.detail());
        }
    }

    static String name(Map<Long, Member> names, long id) {
        Member m = names.get(id);
        return m == null ? "A former member" : m.displayName();
    }
}
