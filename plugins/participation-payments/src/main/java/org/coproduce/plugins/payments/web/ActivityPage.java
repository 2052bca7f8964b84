package org.coproduce.plugins.payments.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;
import org.coproduce.plugins.payments.Activities;
import org.coproduce.plugins.payments.Caller;
import org.coproduce.plugins.payments.PaymentsAccess;
import org.coproduce.plugins.payments.PaymentsPaths;
import org.coproduce.plugins.payments.money.ExpenseKind;

/**
 * Backs {@code activity?id=N}: an activity with its agreements; its lead and finance offer a person an agreement
 * here. 404 for anyone who may not see the activity. The id comes with every request, forms included.
 */
@Named("activityPage")
@RequestScoped
public class ActivityPage {

    @Inject
    CurrentViewer viewer;

    @Inject
    PaymentsAccess access;

    @Inject
    PageData data;

    @Inject
    Activities activities;

    private long id;
    private Caller caller;
    private PageData.OneActivity one;
    private String personEmail;
    private String role;
    private List<String> expenses = new ArrayList<>(List.of("MILEAGE", "FARES"));

    @jakarta.annotation.PostConstruct
    void init() {
        if (viewer.get().signedIn()) {
            read();
        }
    }

    public void load() {
        if (!viewer.get().signedIn()) {
            Pages.signIn();
            return;
        }
        if (one == null) {
            Pages.sendError(404, "There is no such activity.");
        }
    }

    private void read() {
        id = Pages.id("id");
        try {
            caller = access.caller();
            one = data.activity(caller, id);
        } catch (Problem notFound) {
            one = null;
        }
    }

    public String offer() {
        if (one != null) {
            try {
                EnumSet<ExpenseKind> covered = EnumSet.noneOf(ExpenseKind.class);
                for (String kind : expenses == null ? List.<String>of() : expenses) {
                    try {
                        covered.add(ExpenseKind.valueOf(kind));
                    } catch (RuntimeException e) {
                        throw Problem.invalid(java.util.Map.of("expenses", Pages.text("error.choice")));
                    }
                }
                activities.offer(caller, id, new Activities.NewAgreement(personEmail, role, null, covered));
                Pages.redirect(PaymentsPaths.BASE + "activity?id=" + id + "&done=offered");
            } catch (Problem problem) {
                Pages.show(problem, "offer");
            }
        }
        return null;
    }

    public PageData.OneActivity getOne() {
        return one;
    }

    public long getId() {
        return id;
    }

    public String getDone() {
        String done = Pages.request().getParameter("done");
        return done != null && done.matches("created|offered") ? done : null;
    }

    public List<String> getExpenseKinds() {
        return java.util.Arrays.stream(ExpenseKind.values()).map(Enum::name).toList();
    }

    public String money(String amount, String currency) {
        return Pages.money(amount, currency);
    }

    public String date(Object value) {
        return value instanceof java.time.LocalDate d ? Pages.date(d) : "";
    }

    public String getPersonEmail() {
        return personEmail;
    }

    public void setPersonEmail(String personEmail) {
        this.personEmail = personEmail;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public List<String> getExpenses() {
        return expenses;
    }

    public void setExpenses(List<String> expenses) {
        this.expenses = expenses;
    }
}
