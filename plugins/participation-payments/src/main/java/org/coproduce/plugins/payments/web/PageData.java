package org.coproduce.plugins.payments.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coproduce.plugin.member.Member;
import org.coproduce.plugin.member.Members;
import org.coproduce.plugins.payments.Activities;
import org.coproduce.plugins.payments.Agreement;
import org.coproduce.plugins.payments.Caller;
import org.coproduce.plugins.payments.Claim;
import org.coproduce.plugins.payments.Claims;
import org.coproduce.plugins.payments.PaymentTotals;
import org.coproduce.plugins.payments.Views;
import org.coproduce.plugins.payments.money.ClaimStatus;

/**
 * What the pages show, read and turned into views inside one transaction each. Page beans call these outside any
 * transaction, so a {@link org.coproduce.plugin.Problem} (such as a 404) rolls back only its own read.
 */
@ApplicationScoped
public class PageData {

    @Inject
    Activities activities;

    @Inject
    Claims claims;

    @Inject
    PaymentTotals totals;

    @Inject
    Members members;

    /** The person's page. */
    public record Mine(Views.TotalsView totals, List<Views.AgreementView> agreements, List<Views.ClaimView> claims, boolean leads) {
    }

    /** One claim and what the viewer may do with it. */
    public record OneClaim(Views.ClaimView claim, boolean person, boolean lead, boolean finance) {
    }

    @Transactional
    public Mine mine(Caller caller) {
        Map<Long, Member> me = members.byIds(List.of(caller.accountId()));
        List<Views.AgreementView> agreements = activities.mine(caller).stream().map(g -> Views.AgreementView.of(g, me)).toList();
        List<Views.ClaimView> list = claims.visible(caller, "mine").stream()
                .map(c -> Views.ClaimView.of(c, me, claims.overdue(c), Optional.empty(), false)).toList();
        boolean leads = activities.visible(caller).stream().anyMatch(caller::leads);
        return new Mine(totals.of(caller, caller.accountId()), agreements, list, leads);
    }

    @Transactional
    public Views.AgreementView agreement(Caller caller, long id) {
        Agreement g = activities.agreement(caller, id);
        return Views.AgreementView.of(g, members.byIds(List.of(g.personId())));
    }

    @Transactional
    public OneClaim claim(Caller caller, long id) {
        Claim c = claims.read(caller, id);
        boolean lead = caller.leads(c.activity());
        Optional<String> warning = lead && c.status() == ClaimStatus.SUBMITTED ? claims.benefitWarning(c) : Optional.empty();
        Views.ClaimView view = Views.ClaimView.of(c, members.byIds(List.of(c.personId())), claims.overdue(c), warning, true);
        return new OneClaim(view, c.personId() == caller.accountId(), lead, caller.finance());
    }

    /** Claims for the lead's activities (scope lead) or every claim (scope all). */
    @Transactional
    public List<Views.ClaimView> claims(Caller caller, String scope) {
        List<Claim> list = claims.visible(caller, scope);
        Set<Long> ids = new HashSet<>();
        list.forEach(c -> ids.add(c.personId()));
        Map<Long, Member> names = members.byIds(ids);
        return list.stream().map(c -> Views.ClaimView.of(c, names, claims.overdue(c), Optional.empty(), false)).toList();
    }

    /** The activities the caller leads (or all of them, for finance and auditors), newest first. */
    @Transactional
    public List<Views.ActivityView> led(Caller caller) {
        List<org.coproduce.plugins.payments.Activity> list = activities.visible(caller).stream()
                .filter(a -> caller.readsAll() || caller.leads(a)).toList();
        Map<Long, Member> names = members.byIds(list.stream().map(org.coproduce.plugins.payments.Activity::leadId).toList());
        return list.stream().map(a -> Views.ActivityView.of(a, names)).toList();
    }

    /** One activity with its agreements, and whether the caller may offer agreements. */
    public record OneActivity(Views.ActivityView activity, List<Views.AgreementView> agreements, boolean mayOffer) {
    }

    @Transactional
    public OneActivity activity(Caller caller, long id) {
        org.coproduce.plugins.payments.Activity a = activities.read(caller, id);
        List<Agreement> list = activities.agreements(caller, a);
        Set<Long> ids = new HashSet<>(List.of(a.leadId()));
        list.forEach(g -> ids.add(g.personId()));
        Map<Long, Member> names = members.byIds(ids);
        return new OneActivity(Views.ActivityView.of(a, names), list.stream().map(g -> Views.AgreementView.of(g, names)).toList(),
                caller.leads(a) || caller.finance());
    }
}
