package org.coproduce.plugins.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.audit.AuditTrail;
import org.coproduce.plugin.notify.Notification;
import org.coproduce.plugin.notify.Notifier;
import org.coproduce.plugins.payments.money.ClaimKind;
import org.coproduce.plugins.payments.money.ClaimStatus;
import org.coproduce.plugins.payments.money.ExpenseKind;
import org.coproduce.plugins.payments.money.FeeChoice;
import org.coproduce.plugins.payments.money.Fees;
import org.coproduce.plugins.payments.money.Mileage;
import org.coproduce.plugins.payments.money.Money;
import org.coproduce.plugins.payments.money.Overdue;
import org.coproduce.plugins.payments.money.PaymentMethod;

/** Fee and expense claims and their flow: draft, submitted, approved by the lead, authorised by finance, paid or rejected. */
@ApplicationScoped
public class Claims {

    static final String CLAIM = "payments-claim";

    /** The most one expense item may claim. */
    static final BigDecimal MAX_ITEM = new BigDecimal("2000.00");

    @PersistenceContext(unitName = "participation-payments")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    Activities activities;

    @Inject
    ReceiptStore receipts;

    @Inject
    PaymentsSettings settings;

    @Inject
    Benefits benefits;

    /** A new claim: for the fee (with the duration and the person's choice) or for expenses. */
    public record NewClaim(Long agreementId, ClaimKind kind, BigDecimal quantity, FeeChoice choice,
            BigDecimal lessAmount, String charity) {
    }

    /** A new expense item: mileage gives miles (the amount is worked out), every other kind the amount. */
    public record NewItem(ExpenseKind kind, String description, BigDecimal miles, BigDecimal amount) {
    }

    /** How a claim was paid. */
    public record Payment(LocalDate paidOn, PaymentMethod method, String reference) {
    }

    @Transactional
    public Claim create(Caller caller, NewClaim in) {
        if (in == null || in.agreementId() == null) {
            throw Problem.invalid(Map.of("agreementId", "Please say which agreement the claim is under."));
        }
        Agreement agreement = activities.findAgreement(caller, in.agreementId());
        if (agreement.personId() != caller.accountId()) {
            throw PaymentsAccess.forbidden("Only the person named in the agreement can claim under it.");
        }
        if (!agreement.inForce()) {
            throw PaymentsAccess.conflict("Please accept the agreement before claiming; a withdrawn agreement takes no claims.");
        }
        Activity activity = agreement.activity();
        if (activity.date().isAfter(LocalDate.now())) {
            throw PaymentsAccess.conflict("You can claim once the activity has taken place, on " + activity.date() + ".");
        }
        checkDeadline(activity);
        if (in.kind() == null) {
            throw Problem.invalid(Map.of("kind", "Please say whether you claim the fee or expenses."));
        }
        Claim claim;
        if (in.kind() == ClaimKind.FEE) {
            Map<String, String> problems = new LinkedHashMap<>();
            Fees.problemWithQuantity(in.quantity(), activity.basis()).ifPresent(m -> problems.put("quantity", m));
            if (in.choice() == null) {
                problems.put("choice", "Please choose whether to accept the fee, take less, decline it or have it paid to a charity.");
            }
            if (problems.isEmpty()) {
                BigDecimal fee = Fees.fee(agreement.rate(), in.quantity());
                in.choice().problem(fee, in.lessAmount(), in.charity())
                        .ifPresent(m -> problems.put(in.choice() == FeeChoice.CHARITY ? "charity" : "lessAmount", m));
            }
            if (!problems.isEmpty()) {
                throw Problem.invalid(problems);
            }
            long existing = em.createQuery("SELECT COUNT(c) FROM Claim c WHERE c.agreement = :g AND c.kind = :k AND c.status <> :r", Long.class)
                    .setParameter("g", agreement).setParameter("k", ClaimKind.FEE).setParameter("r", ClaimStatus.REJECTED).getSingleResult();
            if (existing > 0) {
                throw PaymentsAccess.conflict("You already have a fee claim for this activity.");
            }
            claim = Claim.fee(agreement, in.quantity(), Fees.fee(agreement.rate(), in.quantity()), in.choice(), in.lessAmount(), in.charity());
        } else {
            claim = Claim.expenses(agreement);
        }
        em.persist(claim);
        em.flush();
        audit.record("claim.created", CLAIM, String.valueOf(claim.id()), claim.kind() + " claim for activity " + activity.id()
                + (claim.kind() == ClaimKind.FEE ? ": fee " + Money.plain(claim.fee().orElseThrow()) + ", choice " + claim.choice().orElseThrow() : ""));
        return claim;
    }

    /** The claim, if the caller may read it; audited. */
    @Transactional
    public Claim read(Caller caller, long id) {
        Claim claim = find(caller, id);
        audit.record("claim.viewed", CLAIM, String.valueOf(id), "");
        return claim;
    }

    /** The claims the caller may see: their own, their activities' (as lead) or all (finance, auditors), newest first. */
    @Transactional
    public List<Claim> visible(Caller caller, String scope) {
        String base = "SELECT c FROM Claim c JOIN FETCH c.activity a JOIN FETCH c.agreement ";
        List<Claim> list = switch (scope == null ? "mine" : scope) {
            case "mine" -> em.createQuery(base + "WHERE c.personId = :me ORDER BY c.id DESC", Claim.class)
                    .setParameter("me", caller.accountId()).setMaxResults(500).getResultList();
            case "lead" -> em.createQuery(base + "WHERE a.leadId = :me AND c.status <> :draft ORDER BY c.id DESC", Claim.class)
                    .setParameter("me", caller.accountId()).setParameter("draft", ClaimStatus.DRAFT).setMaxResults(500).getResultList();
            case "all" -> {
                if (!caller.readsAll()) {
                    throw PaymentsAccess.forbidden("Only finance staff and auditors can see every claim.");
                }
                yield em.createQuery(base + "WHERE c.status <> :draft ORDER BY c.id DESC", Claim.class)
                        .setParameter("draft", ClaimStatus.DRAFT).setMaxResults(1000).getResultList();
            }
            default -> throw Problem.invalid(Map.of("scope", "Please ask for mine, lead or all."));
        };
        audit.record("claims.listed", CLAIM, "list", "scope " + scope + ", " + list.size() + " shown");
        return list;
    }

    @Transactional
    public ExpenseItem addItem(Caller caller, long claimId, NewItem in) {
        Claim claim = ownDraft(caller, claimId);
        if (claim.kind() != ClaimKind.EXPENSES) {
            throw PaymentsAccess.conflict("Items belong on an expense claim, not a fee claim.");
        }
        checkDeadline(claim.activity());
        Map<String, String> problems = new LinkedHashMap<>();
        if (in == null || in.kind() == null) {
            throw Problem.invalid(Map.of("kind", "Please say what kind of expense this is."));
        }
        if (!claim.agreement().expensesCovered().contains(in.kind())) {
            problems.put("kind", "Your agreement does not cover " + in.kind().label().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        Activities.text(problems, "description", in.description(), 300, "a short description");
        BigDecimal amount = null;
        if (in.kind() == ExpenseKind.MILEAGE) {
            Mileage.problemWithMiles(in.miles()).ifPresent(m -> problems.put("miles", m));
            if (in.miles() != null && !problems.containsKey("miles")) {
                amount = Mileage.amount(in.miles(), settings.mileageRate());
            }
        } else {
            Money.problemWithAmount(in.amount(), MAX_ITEM, "amount").ifPresent(m -> problems.put("amount", m));
            amount = in.amount();
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        ExpenseItem item = new ExpenseItem(claim, in.kind(), in.description().strip(),
                in.kind() == ExpenseKind.MILEAGE ? in.miles() : null, Money.pence(amount));
        em.persist(item);
        claim.add(item);
        em.flush();
        audit.record("claim.item-added", CLAIM, String.valueOf(claimId), in.kind() + " " + Money.plain(item.amount()));
        return item;
    }

    @Transactional
    public ExpenseItem attachReceipt(Caller caller, long claimId, long itemId, InputStream content) {
        Claim claim = ownDraft(caller, claimId);
        checkDeadline(claim.activity());
        ExpenseItem item = item(claim, itemId);
        ReceiptStore.Stored stored = receipts.store(content, settings.receiptMaxBytes());
        item.receipt(stored.file(), stored.type(), stored.bytes());
        audit.record("claim.receipt-added", CLAIM, String.valueOf(claimId), "Item " + itemId + ": " + stored.type().mediaType() + ", " + stored.bytes() + " bytes");
        return item;
    }

    /** A receipt's item and content, for those who may read the claim; audited. */
    @Transactional
    public Map.Entry<ExpenseItem, byte[]> receipt(Caller caller, long claimId, long itemId) {
        Claim claim = find(caller, claimId);
        ExpenseItem item = item(claim, itemId);
        byte[] content = item.receiptFile().flatMap(receipts::read)
                .orElseThrow(() -> Problem.notFound("This item has no receipt."));
        audit.record("claim.receipt-viewed", CLAIM, String.valueOf(claimId), "Item " + itemId);
        return Map.entry(item, content);
    }

    @Transactional
    public Claim submit(Caller caller, long id) {
        Claim claim = ownDraft(caller, id);
        checkDeadline(claim.activity());
        if (claim.kind() == ClaimKind.EXPENSES) {
            if (claim.items().isEmpty()) {
                throw PaymentsAccess.conflict("Please add at least one item before submitting the claim.");
            }
            if (claim.items().stream().anyMatch(i -> !i.complete())) {
                throw PaymentsAccess.conflict("Please add a receipt to every item except mileage before submitting the claim.");
            }
        }
        claim.submit();
        audit.record("claim.submitted", CLAIM, String.valueOf(id), "");
        tell(claim, "submitted", "Your claim has been submitted",
                "Your " + describe(claim) + " has been submitted. The activity's lead will look at it next.");
        notifier.send(new Notification(claim.activity().leadId(), "payments.claim-to-approve", "A claim is waiting for your approval",
                "A claim for '" + claim.activity().title() + "' is waiting for your approval.", PaymentsPaths.claim(id)));
        return claim;
    }

    /** The warning a lead sees before approving, if the fee would take the person over a benefit limit (no benefit details). */
    @Transactional
    public Optional<String> benefitWarning(Claim claim) {
        if (claim.kind() != ClaimKind.FEE || claim.toPerson().signum() == 0) {
            return Optional.empty();
        }
        List<String> over = benefits.limitsExceeded(claim);
        if (over.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Approving this fee would take the person over an earnings limit that matters for a benefit they receive ("
                + String.join(", ", over) + "). Please talk with them, or with finance, before approving: they may prefer to take less, "
                + "decline the fee or have it paid to a charity.");
    }

    @Transactional
    public Claim approve(Caller caller, long id, boolean warningSeen) {
        Claim claim = find(caller, id);
        if (!caller.leads(claim.activity())) {
            throw PaymentsAccess.forbidden("Only the activity's lead can approve its claims.");
        }
        if (claim.personId() == caller.accountId()) {
            throw PaymentsAccess.forbidden("You cannot approve your own claim: please ask finance.");
        }
        move(claim, ClaimStatus.APPROVED);
        Optional<String> warning = benefitWarning(claim);
        if (warning.isPresent() && !warningSeen) {
            throw PaymentsAccess.conflict(warning.get() + " To approve anyway, confirm that you have seen this warning.");
        }
        claim.approve(caller.accountId());
        audit.record("claim.approved", CLAIM, String.valueOf(id), warning.map(w -> "Approved after a benefit-limit warning").orElse(""));
        tell(claim, "approved", "Your claim has been approved",
                "Your " + describe(claim) + " has been approved by the activity's lead. Finance will authorise the payment next.");
        return claim;
    }

    @Transactional
    public Claim authorise(Caller caller, long id) {
        Claim claim = find(caller, id);
        if (!caller.finance()) {
            throw PaymentsAccess.forbidden("Only finance staff can authorise payments.");
        }
        if (claim.personId() == caller.accountId()) {
            throw PaymentsAccess.forbidden("You cannot authorise your own claim: please ask another member of finance.");
        }
        move(claim, ClaimStatus.AUTHORISED);
        claim.authorise(caller.accountId());
        audit.record("claim.authorised", CLAIM, String.valueOf(id), "");
        tell(claim, "authorised", "Your claim has been authorised",
                "Finance has authorised your " + describe(claim) + ". It will be paid soon.");
        return claim;
    }

    @Transactional
    public Claim pay(Caller caller, long id, Payment in) {
        Claim claim = find(caller, id);
        if (!caller.finance()) {
            throw PaymentsAccess.forbidden("Only finance staff can record payments.");
        }
        if (claim.personId() == caller.accountId()) {
            throw PaymentsAccess.forbidden("You cannot record the payment of your own claim.");
        }
        move(claim, ClaimStatus.PAID);
        Map<String, String> problems = new LinkedHashMap<>();
        if (in == null || in.paidOn() == null) {
            problems.put("paidOn", "Please give the date it was paid.");
        } else if (in.paidOn().isAfter(LocalDate.now()) || in.paidOn().isBefore(claim.activity().date().minusYears(1))) {
            problems.put("paidOn", "Please give the date it was paid: not in the future.");
        }
        if (in == null || in.method() == null) {
            problems.put("method", "Please say how it was paid: bank transfer, cash or voucher.");
        }
        if (in == null || in.reference() == null || in.reference().isBlank() || in.reference().strip().length() > 80) {
            problems.put("reference", "Please give the payment reference, in at most 80 characters.");
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        claim.pay(in.paidOn(), in.method(), in.reference().strip());
        audit.record("claim.paid", CLAIM, String.valueOf(id), in.method() + " on " + in.paidOn() + ", reference " + in.reference().strip());
        tell(claim, "paid", "Your claim has been paid",
                "Your " + describe(claim) + " was paid on " + in.paidOn() + " (" + methodText(in.method()) + ", reference "
                        + in.reference().strip() + ").");
        return claim;
    }

    @Transactional
    public Claim reject(Caller caller, long id, String reason) {
        Claim claim = find(caller, id);
        boolean lead = caller.leads(claim.activity()) && claim.status() == ClaimStatus.SUBMITTED;
        if (!(lead || caller.finance()) || claim.personId() == caller.accountId()) {
            throw PaymentsAccess.forbidden("Only the activity's lead (before approval) or finance can reject this claim.");
        }
        move(claim, ClaimStatus.REJECTED);
        if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
            throw Problem.invalid(Map.of("reason", "Please give the reason, in at most 1,000 characters: the person will read it."));
        }
        claim.reject(caller.accountId(), reason.strip());
        audit.record("claim.rejected", CLAIM, String.valueOf(id), reason.strip());
        tell(claim, "rejected", "Your claim was not accepted",
                "Your " + describe(claim) + " was not accepted. The reason given: " + reason.strip());
        return claim;
    }

    /** Whether the claim waits longer than the target for payment. */
    public boolean overdue(Claim claim) {
        return Overdue.overdue(claim.status(), claim.submittedAt().orElse(null), Instant.now(), settings.overdueDays());
    }

    Claim find(Caller caller, long id) {
        Claim claim = em.find(Claim.class, id);
        if (claim == null || !caller.mayRead(claim)) {
            throw Problem.notFound("There is no such claim.");
        }
        return claim;
    }

    private Claim ownDraft(Caller caller, long id) {
        Claim claim = find(caller, id);
        if (claim.personId() != caller.accountId()) {
            throw PaymentsAccess.forbidden("Only the person who made the claim can change it.");
        }
        if (!claim.status().editable()) {
            throw PaymentsAccess.conflict("This claim has been submitted and can no longer be changed.");
        }
        return claim;
    }

    private ExpenseItem item(Claim claim, long itemId) {
        return claim.items().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> Problem.notFound("There is no such item on this claim."));
    }

    private void move(Claim claim, ClaimStatus next) {
        if (!claim.status().canMoveTo(next)) {
            throw PaymentsAccess.conflict("This claim is " + claim.status().name().toLowerCase(java.util.Locale.ROOT)
                    + " and cannot be " + next.name().toLowerCase(java.util.Locale.ROOT) + " now.");
        }
    }

    private void checkDeadline(Activity activity) {
        LocalDate deadline = activity.date().plusDays(settings.claimDeadlineDays());
        if (LocalDate.now().isAfter(deadline)) {
            throw Problem.invalid(Map.of("deadline", "Claims for this activity had to be made by " + deadline
                    + " (" + settings.claimDeadlineDays() + " days after it). Please talk to finance."));
        }
    }

    private void tell(Claim claim, String step, String subject, String text) {
        notifier.send(new Notification(claim.personId(), "payments.claim-" + step, subject, text, PaymentsPaths.claim(claim.id())));
    }

    private static String describe(Claim claim) {
        String what = claim.kind() == ClaimKind.FEE ? "fee claim" : "expense claim";
        return what + " for '" + claim.activity().title() + "' (" + Money.display(claim.toPerson(), claim.activity().currency())
                + (claim.toCharity().signum() > 0 ? ", and " + Money.display(claim.toCharity(), claim.activity().currency()) + " to charity" : "")
                + ")";
    }

    static String methodText(PaymentMethod method) {
        return switch (method) {
            case BANK_TRANSFER -> "bank transfer";
            case CASH -> "cash";
            case VOUCHER -> "voucher";
        };
    }
}
