package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;
import org.coproduce.plugin.notify.Notification;
import org.coproduce.plugin.notify.Notifier;
import org.coproduce.plugins.payments.money.ExpenseKind;
import org.coproduce.plugins.payments.money.FeeBasis;
import org.coproduce.plugins.payments.money.Fees;
import org.coproduce.plugins.payments.money.Money;

/** Involvement activities and the agreements people accept before taking part. */
@ApplicationScoped
public class Activities {

    static final String ACTIVITY = "payments-activity";
    static final String AGREEMENT = "payments-agreement";

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Members members;

    @Inject
    Notifier notifier;

    /** What finance types to set up an activity. */
    public record NewActivity(String title, LocalDate date, String kind, FeeBasis basis, BigDecimal rate,
            String currency, String costCode, String leadEmail, String relatedPath) {
    }

    /** What a lead or finance types to offer someone an agreement. */
    public record NewAgreement(String personEmail, String role, BigDecimal rate, Set<ExpenseKind> expensesCovered) {
    }

    @Transactional
    public Activity create(Caller finance, NewActivity in) {
        Checked c = check(in);
        Activity activity = new Activity(in.title().strip(), in.date(), in.kind().strip(), in.basis(),
                Money.pence(in.rate()), c.currency(), in.costCode().strip(), c.lead().id(), c.related());
        em.persist(activity);
        em.flush();
        audit.record("activity.created", ACTIVITY, String.valueOf(activity.id()),
                "Created '" + activity.title() + "' led by account " + c.lead().id());
        return activity;
    }

    /** Corrects an activity's details (finance), for example when it moved to another day. Agreements and claims keep their rates. */
    @Transactional
    public Activity change(Caller finance, long id, NewActivity in) {
        Activity activity = read(finance, id);
        Checked c = check(in);
        activity.change(in.title().strip(), in.date(), in.kind().strip(), in.basis(), Money.pence(in.rate()), c.currency(),
                in.costCode().strip(), c.lead().id(), c.related());
        audit.record("activity.changed", ACTIVITY, String.valueOf(id), "Date " + in.date() + ", rate " + Money.plain(in.rate())
                + ", lead account " + c.lead().id());
        return activity;
    }

    private record Checked(String currency, Member lead, String related) {
    }

    private Checked check(NewActivity in) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (in == null) {
            throw Problem.invalid(Map.of("title", "Please describe the activity."));
        }
        text(problems, "title", in.title(), 200, "a title");
        if (in.date() == null) {
            problems.put("date", "Please give the date of the activity.");
        } else if (in.date().isBefore(LocalDate.now().minusYears(2)) || in.date().isAfter(LocalDate.now().plusYears(2))) {
            problems.put("date", "Please give a date within two years of today.");
        }
        text(problems, "kind", in.kind(), 80, "the kind of activity (for example a co-design session)");
        if (in.basis() == null) {
            problems.put("basis", "Please say whether the fee is per hour, per session or per day.");
        }
        Fees.problemWithRate(in.rate()).ifPresent(m -> problems.put("rate", m));
        String currency = in.currency() == null || in.currency().isBlank() ? Money.DEFAULT_CURRENCY : in.currency().strip();
        if (!currency.matches("[A-Z]{3}")) {
            problems.put("currency", "Please give a currency as three capital letters, such as GBP.");
        }
        text(problems, "costCode", in.costCode(), 40, "a cost code");
        Member lead = null;
        if (in.leadEmail() == null || in.leadEmail().isBlank()) {
            problems.put("leadEmail", "Please name the lead by their email address.");
        } else {
            lead = members.byEmail(in.leadEmail()).orElse(null);
            if (lead == null) {
                problems.put("leadEmail", "No member has that email address.");
            }
        }
        String related = in.relatedPath() == null ? "" : in.relatedPath().strip();
        if (!related.isEmpty() && (!related.startsWith("/") || related.startsWith("//") || related.length() > 300)) {
            problems.put("relatedPath", "Please give the related page as a path in the portal starting with /, such as /discussions/thread?id=5.");
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new Checked(currency, lead, related);
    }

    /** The activity, if the caller may see it (finance, auditors, its lead, people with an agreement). */
    @Transactional
    public Activity read(Caller caller, long id) {
        Activity activity = em.find(Activity.class, id);
        if (activity == null || !(caller.readsAll() || caller.leads(activity) || hasAgreement(caller, activity))) {
            throw Problem.notFound("There is no such activity.");
        }
        audit.record("activity.viewed", ACTIVITY, String.valueOf(id), "");
        return activity;
    }

    /** Activities the caller may see, newest first. */
    @Transactional
    public List<Activity> visible(Caller caller) {
        List<Activity> list = caller.readsAll()
                ? em.createQuery("SELECT a FROM Activity a ORDER BY a.date DESC, a.id DESC", Activity.class).setMaxResults(500).getResultList()
                : em.createQuery("SELECT DISTINCT a FROM Activity a WHERE a.leadId = :me OR a.id IN "
                        + "(SELECT g.activity.id FROM Agreement g WHERE g.personId = :me) ORDER BY a.date DESC, a.id DESC", Activity.class)
                        .setParameter("me", caller.accountId()).setMaxResults(500).getResultList();
        audit.record("activities.listed", ACTIVITY, "list", list.size() + " shown");
        return list;
    }

    /** Agreements of one activity (its lead, finance, auditors) or the caller's own. */
    @Transactional
    public List<Agreement> agreements(Caller caller, Activity activity) {
        if (caller.readsAll() || caller.leads(activity)) {
            return em.createQuery("SELECT g FROM Agreement g JOIN FETCH g.activity WHERE g.activity = :a ORDER BY g.id", Agreement.class)
                    .setParameter("a", activity).getResultList();
        }
        return em.createQuery("SELECT g FROM Agreement g JOIN FETCH g.activity WHERE g.activity = :a AND g.personId = :me", Agreement.class)
                .setParameter("a", activity).setParameter("me", caller.accountId()).getResultList();
    }

    /** The caller's own agreements, newest first. */
    @Transactional
    public List<Agreement> mine(Caller caller) {
        return em.createQuery("SELECT g FROM Agreement g JOIN FETCH g.activity WHERE g.personId = :me ORDER BY g.id DESC", Agreement.class)
                .setParameter("me", caller.accountId()).getResultList();
    }

    @Transactional
    public Agreement offer(Caller caller, long activityId, NewAgreement in) {
        Activity activity = read(caller, activityId);
        if (!(caller.leads(activity) || caller.finance())) {
            throw PaymentsAccess.forbidden("Only the activity's lead or finance can offer agreements.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (in == null) {
            throw Problem.invalid(Map.of("personEmail", "Please name the person by their email address."));
        }
        Member person = null;
        if (in.personEmail() == null || in.personEmail().isBlank()) {
            problems.put("personEmail", "Please name the person by their email address.");
        } else {
            person = members.byEmail(in.personEmail()).orElse(null);
            if (person == null) {
                problems.put("personEmail", "No member has that email address.");
            }
        }
        text(problems, "role", in.role(), 200, "the person's role (for example interview panel member)");
        BigDecimal rate = in.rate() == null ? activity.rate() : in.rate();
        Fees.problemWithRate(rate).ifPresent(m -> problems.put("rate", m));
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        long count = em.createQuery("SELECT COUNT(g) FROM Agreement g WHERE g.activity = :a AND g.personId = :p", Long.class)
                .setParameter("a", activity).setParameter("p", person.id()).getSingleResult();
        if (count > 0) {
            throw PaymentsAccess.conflict("This person already has an agreement for this activity.");
        }
        Set<ExpenseKind> covered = in.expensesCovered() == null ? Set.of() : in.expensesCovered();
        Agreement agreement = new Agreement(activity, person.id(), in.role().strip(), Money.pence(rate), covered);
        em.persist(agreement);
        em.flush();
        audit.record("agreement.offered", AGREEMENT, String.valueOf(agreement.id()),
                "Offered to account " + person.id() + " for activity " + activity.id());
        notifier.send(new Notification(person.id(), "payments.agreement-offered", "An involvement agreement for you to read",
                "You are invited to take part in '" + activity.title() + "' on " + activity.date()
                        + ". Please read the involvement agreement and accept it before the work starts.",
                PaymentsPaths.agreement(agreement.id())));
        return agreement;
    }

    /** The agreement, if the caller may read it; audited. */
    @Transactional
    public Agreement agreement(Caller caller, long id) {
        Agreement agreement = findAgreement(caller, id);
        audit.record("agreement.viewed", AGREEMENT, String.valueOf(id), "");
        return agreement;
    }

    @Transactional
    public Agreement accept(Caller caller, long id) {
        Agreement agreement = own(caller, id);
        if (agreement.withdrawnAt().isPresent()) {
            throw PaymentsAccess.conflict("You withdrew from this agreement.");
        }
        if (agreement.acceptedAt().isPresent()) {
            throw PaymentsAccess.conflict("You have already accepted this agreement.");
        }
        if (agreement.activity().date().isBefore(LocalDate.now())) {
            throw PaymentsAccess.conflict("This activity has already taken place: agreements are accepted before the work.");
        }
        agreement.accept();
        audit.record("agreement.accepted", AGREEMENT, String.valueOf(id), "");
        return agreement;
    }

    @Transactional
    public Agreement withdraw(Caller caller, long id) {
        Agreement agreement = own(caller, id);
        if (agreement.withdrawnAt().isPresent()) {
            throw PaymentsAccess.conflict("You have already withdrawn from this agreement.");
        }
        agreement.withdraw();
        audit.record("agreement.withdrawn", AGREEMENT, String.valueOf(id), "");
        return agreement;
    }

    private Agreement own(Caller caller, long id) {
        Agreement agreement = findAgreement(caller, id);
        if (agreement.personId() != caller.accountId()) {
            throw PaymentsAccess.forbidden("Only the person named in the agreement can accept or withdraw from it.");
        }
        return agreement;
    }

    Agreement findAgreement(Caller caller, long id) {
        Agreement agreement = em.find(Agreement.class, id);
        if (agreement == null || !caller.mayRead(agreement)) {
            throw Problem.notFound("There is no such agreement.");
        }
        return agreement;
    }

    private boolean hasAgreement(Caller caller, Activity activity) {
        return em.createQuery("SELECT COUNT(g) FROM Agreement g WHERE g.activity = :a AND g.personId = :me", Long.class)
                .setParameter("a", activity).setParameter("me", caller.accountId()).getSingleResult() > 0;
    }

    static void text(Map<String, String> problems, String field, String value, int max, String what) {
        if (value == null || value.isBlank()) {
            problems.put(field, "Please give " + what + ".");
        } else if (value.strip().length() > max) {
            problems.put(field, "Please keep it to " + max + " characters at most.");
        }
    }
}
