package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;
import org.coproduce.plugins.payments.money.ExpenseKind;
import org.coproduce.plugins.payments.money.FeeBasis;
import org.coproduce.plugins.payments.money.FeeChoice;
import org.coproduce.plugins.payments.money.Fees;
import org.coproduce.plugins.payments.money.Mileage;
import org.coproduce.plugins.payments.money.PaymentMethod;

/**
 * Demo content, added when the plugin starts in demo mode and only where missing: admin@example.org holds the
 * finance role; an activity led by practitioner@example.org where serviceuser@example.org has a paid fee and a
 * submitted mileage claim; one kind of benefit with a weekly limit.
 */
@ApplicationScoped
public class PaymentsDemo {

    static final String TITLE = "Co-designing the carers' respite booking form";

    private static final Logger LOG = Logger.getLogger(PaymentsDemo.class.getName());

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    @Inject
    Members members;

    @Inject
    StaffList staff;

    @Inject
    PaymentsSettings settings;

    @Transactional
    public void load() {
        Optional<Member> admin = members.byEmail("admin@example.org");
        Optional<Member> lead = members.byEmail("practitioner@example.org");
        Optional<Member> person = members.byEmail("serviceuser@example.org");
        if (admin.isEmpty() || lead.isEmpty() || person.isEmpty()) {
            return;
        }
        if (em.find(Staff.class, admin.get().id()) == null) {
            staff.give(admin.get().id(), StaffRole.FINANCE);
        }
        if (em.find(BenefitKind.class, "esa-permitted-work") == null) {
            BenefitKind kind = new BenefitKind("esa-permitted-work");
            kind.change("Employment and Support Allowance (permitted work)", new BigDecimal("195.00"), null, null);
            em.persist(kind);
        }
        if (!em.createQuery("SELECT a FROM Activity a WHERE a.title = :t", Activity.class).setParameter("t", TITLE).getResultList().isEmpty()) {
            return;
        }
        LocalDate day = LocalDate.now().minusDays(20);
        Activity activity = new Activity(TITLE, day, "Co-design session", FeeBasis.HOUR, new BigDecimal("20.00"), "GBP",
                "CP-RESPITE-01", lead.get().id(), "");
        em.persist(activity);
        Agreement agreement = new Agreement(activity, person.get().id(), "Co-designer with lived experience of caring",
                new BigDecimal("20.00"), EnumSet.of(ExpenseKind.MILEAGE, ExpenseKind.FARES, ExpenseKind.REPLACEMENT_CARE));
        agreement.accept();
        em.persist(agreement);

        BigDecimal hours = new BigDecimal("3");
        Claim fee = Claim.fee(agreement, hours, Fees.fee(agreement.rate(), hours), FeeChoice.ACCEPT, null, null);
        em.persist(fee);
        fee.submit();
        fee.approve(lead.get().id());
        fee.authorise(admin.get().id());
        fee.pay(day.plusDays(9), PaymentMethod.BANK_TRANSFER, "BACS-RESPITE-0001");

        Claim expenses = Claim.expenses(agreement);
        em.persist(expenses);
        BigDecimal miles = new BigDecimal("14.2");
        ExpenseItem item = new ExpenseItem(expenses, ExpenseKind.MILEAGE, "Home to the community centre and back",
                miles, Mileage.amount(miles, settings.mileageRate()));
        em.persist(item);
        expenses.add(item);
        expenses.submit();
        LOG.info("Demo mode: participation payments demo activity, agreement and claims added.");
    }
}
