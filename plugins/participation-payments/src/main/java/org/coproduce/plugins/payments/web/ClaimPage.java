package org.coproduce.plugins.payments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;
import org.coproduce.plugins.payments.Caller;
import org.coproduce.plugins.payments.Claims;
import org.coproduce.plugins.payments.ExpenseItem;
import org.coproduce.plugins.payments.PaymentsAccess;
import org.coproduce.plugins.payments.PaymentsPaths;
import org.coproduce.plugins.payments.Views;
import org.coproduce.plugins.payments.money.ClaimStatus;
import org.coproduce.plugins.payments.money.ExpenseKind;
import org.coproduce.plugins.payments.money.PaymentMethod;

/**
 * Backs {@code /plugins/participation-payments/claim?id=N}: the claim with its items and status, and what the
 * viewer may do next (the person adds items and receipts and submits; the lead approves or rejects; finance
 * authorises, records the payment or rejects). The id comes with every request, forms included.
 */
@Named("claimPage")
@RequestScoped
public class ClaimPage {

    @Inject
    CurrentViewer viewer;

    @Inject
    PaymentsAccess access;

    @Inject
    PageData data;

    @Inject
    Claims claims;

    private long id;
    private Caller caller;
    private PageData.OneClaim one;
    private String itemKind = "MILEAGE";
    private String description;
    private String miles;
    private String amount;
    private Part receipt;
    private boolean warningSeen;
    private String reason;
    private String paidOn = LocalDate.now().toString();
    private String method = "BANK_TRANSFER";
    private String reference;

    /** Reads the record as the request starts, so that forms inside it are processed on postback too. */
    @jakarta.annotation.PostConstruct
    void init() {
        if (viewer.get().signedIn()) {
            read();
        }
    }

    /** View action: sign in, then 404 unless the viewer may read it. */
    public void load() {
        if (!viewer.get().signedIn()) {
            Pages.signIn();
            return;
        }
        if (one == null) {
            Pages.sendError(404, "There is nothing here with this number.");
        }
    }

    private boolean read() {
        id = Pages.id("id");
        try {
            caller = access.caller();
            one = data.claim(caller, id);
            return true;
        } catch (Problem notFound) {
            one = null;
            return false;
        }
    }

    public String addItem() {
        if (one != null) {
            try {
                ExpenseKind kind = parse(ExpenseKind.class, itemKind, "kind");
                ExpenseItem item = claims.addItem(caller, id, new Claims.NewItem(kind, description,
                        kind == ExpenseKind.MILEAGE ? AgreementPage.number(miles, "miles") : null,
                        kind == ExpenseKind.MILEAGE ? null : AgreementPage.number(amount, "amount")));
                if (receipt != null && receipt.getSize() > 0) {
                    try (InputStream in = receipt.getInputStream()) {
                        claims.attachReceipt(caller, id, item.id(), in);
                    }
                }
                Pages.redirect(PaymentsPaths.claim(id) + "&done=item");
            } catch (Problem problem) {
                Pages.show(problem, "item");
                read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    public String uploadReceipt() {
        if (one != null) {
            long itemId = Pages.id("itemId");
            try {
                if (receipt == null || receipt.getSize() == 0) {
                    throw Problem.invalid(Map.of("receipt", Pages.text("error.receipt")));
                }
                try (InputStream in = receipt.getInputStream()) {
                    claims.attachReceipt(caller, id, itemId, in);
                }
                Pages.redirect(PaymentsPaths.claim(id) + "&done=receipt");
            } catch (Problem problem) {
                Pages.show(problem, "receipt");
                read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    public String submit() {
        return step("submit", () -> claims.submit(caller, id), "submitted");
    }

    public String approve() {
        return step("approve", () -> claims.approve(caller, id, warningSeen), "approved");
    }

    public String authorise() {
        return step("authorise", () -> claims.authorise(caller, id), "authorised");
    }

    public String pay() {
        return step("pay", () -> {
            LocalDate on;
            try {
                on = paidOn == null || paidOn.isBlank() ? null : LocalDate.parse(paidOn.strip());
            } catch (DateTimeParseException e) {
                throw Problem.invalid(Map.of("paidOn", Pages.text("error.date")));
            }
            claims.pay(caller, id, new Claims.Payment(on, parse(PaymentMethod.class, method, "method"), reference));
        }, "paid");
    }

    public String reject() {
        return step("reject", () -> claims.reject(caller, id, reason), "rejected");
    }

    private String step(String form, Runnable action, String done) {
        if (one != null) {
            try {
                action.run();
                Pages.redirect(PaymentsPaths.claim(id) + "&done=" + done);
            } catch (Problem problem) {
                Pages.show(problem, form);
                read();
            }
        }
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value);
        } catch (RuntimeException e) {
            throw Problem.invalid(Map.of(field, Pages.text("error.choice")));
        }
    }

    public Views.ClaimView getClaim() {
        return one == null ? null : one.claim();
    }

    public boolean isEditable() {
        return one != null && one.person() && ClaimStatus.DRAFT.name().equals(one.claim().status());
    }

    public boolean isExpenses() {
        return one != null && "EXPENSES".equals(one.claim().kind());
    }

    public boolean isApprovable() {
        return one != null && one.lead() && !one.person() && ClaimStatus.SUBMITTED.name().equals(one.claim().status());
    }

    public boolean isAuthorisable() {
        return one != null && one.finance() && !one.person() && ClaimStatus.APPROVED.name().equals(one.claim().status());
    }

    public boolean isPayable() {
        return one != null && one.finance() && !one.person() && ClaimStatus.AUTHORISED.name().equals(one.claim().status());
    }

    public boolean isRejectable() {
        if (one == null || one.person()) {
            return false;
        }
        String status = one.claim().status();
        return one.finance() && ClaimStatus.valueOf(status).awaitingPayment() || isApprovable();
    }

    public String getDone() {
        String done = Pages.request().getParameter("done");
        return done != null && done.matches("created|item|receipt|submitted|approved|authorised|paid|rejected") ? done : null;
    }

    public long getId() {
        return id;
    }

    public List<String> getItemKinds() {
        return Arrays.stream(ExpenseKind.values()).map(Enum::name).toList();
    }

    public List<String> getMethods() {
        return Arrays.stream(PaymentMethod.values()).map(Enum::name).toList();
    }

    public String money(String value) {
        return one == null ? "" : Pages.money(value, one.claim().currency());
    }

    public String date(Object value) {
        return value instanceof LocalDate d ? Pages.date(d) : value instanceof java.time.Instant i ? Pages.date(i) : "";
    }

    public String getItemKind() {
        return itemKind;
    }

    public void setItemKind(String itemKind) {
        this.itemKind = itemKind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getMiles() {
        return miles;
    }

    public void setMiles(String miles) {
        this.miles = miles;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public Part getReceipt() {
        return receipt;
    }

    public void setReceipt(Part receipt) {
        this.receipt = receipt;
    }

    public boolean isWarningSeen() {
        return warningSeen;
    }

    public void setWarningSeen(boolean warningSeen) {
        this.warningSeen = warningSeen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(String paidOn) {
        this.paidOn = paidOn;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }
}
