package org.coproduce.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.event.AccountRegistered;
import org.coproduce.plugin.event.AccountVerified;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.Texts;
import org.coproduce.portal.plugin.PluginEvents;

/**
 * Registers accounts and verifies their email addresses. The verification mail is written to the outbox in
 * the same transaction as the account, so a person never exists without their mail, nor the other way.
 */
@ApplicationScoped
public class AccountRegistration {

    @Inject
    Accounts accounts;

    @Inject
    EmailTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    AccountSettings settings;

    @Inject
    PluginEvents events;

    @Inject
    org.coproduce.portal.terms.Terms terms;

    @Inject
    RegistrationLimit limit;

    /**
     * Registers a member.
     *
     * @param address the client's address, for the limit of new accounts per address and hour
     * @throws Problem 400 with a message per field when the input is not acceptable (including terms not accepted,
     *                 or a version of the terms that is not the one in force); 409 when the email address has an
     *                 account already; 429 with Retry-After over the limit of new accounts per address
     */
    @Transactional
    public Account register(RegistrationRequest request, String address) {
        NetworkRole role = validate(request);
        if (accounts.findByEmail(request.email()).isPresent()) {
            throw new Problem(Problem.Kind.CONFLICT, "email_in_use", "There is already an account with this "
                    + "email address. You can sign in, or reset your password if you have forgotten it.");
        }
        limit.admit(address, Instant.now());
        Account account = accounts.add(new Account(Texts.normalizeEmail(request.email()), request.displayName(),
                settings.hasher().hash(request.password()), role, PortalRole.MEMBER, Instant.now()));
        account.acceptTerms(request.termsVersion(), account.createdAt());
        mails.sendVerification(account, tokens.issue(account, TokenPurpose.VERIFY_EMAIL));
        events.publish(new AccountRegistered(account.id(), account.displayName(), account.createdAt()));
        return account;
    }

    /**
     * Verifies the email address behind a verification link.
     *
     * @throws Problem 404 for an unknown link, 410 for a used or expired one
     */
    @Transactional
    public Account verify(String token) {
        Account account = tokens.redeem(token, TokenPurpose.VERIFY_EMAIL,
                "We do not recognise this confirmation link. Please check that you copied all of it.");
        Instant now = Instant.now();
        account.markVerified(now);
        events.publish(new AccountVerified(account.id(), now));
        return account;
    }

    /** Sends a new verification link to an account that is not verified yet (does nothing otherwise). */
    @Transactional
    public void resendVerification(long accountId) {
        accounts.find(accountId).filter(a -> !a.verified()).ifPresent(account -> {
            tokens.retireAll(account, TokenPurpose.VERIFY_EMAIL);
            mails.sendVerification(account, tokens.issue(account, TokenPurpose.VERIFY_EMAIL));
        });
    }

    private NetworkRole validate(RegistrationRequest request) {
        Texts check = new Texts();
        check.requireLine("displayName", request.displayName(), "your name", 80);
        if (request.email() == null || request.email().isBlank()) {
            check.problem("email", "Please enter your email address.");
        } else if (!Texts.looksLikeEmail(request.email().strip())) {
            check.problem("email", "Please enter an email address like name@example.org.");
        }
        settings.policy().problemWith(request.password(), request.email(), request.displayName())
                .ifPresent(message -> check.problem("password", message));
        NetworkRole role = NetworkRole.parse(request.networkRole()).orElse(null);
        if (role == null) {
            check.problem("networkRole", "Please choose how you take part: practitioner, service-user, carer, "
                    + "student or other.");
        }
        if (!Boolean.TRUE.equals(request.acceptTerms())) {
            check.problem("acceptTerms", "Please read the terms of service and tick the box to accept them.");
        } else {
            int current = terms.currentVersion();
            if (request.termsVersion() == null) {
                check.problem("termsVersion", "Please say which version of the terms you accept (version " + current
                        + " is in force).");
            } else if (request.termsVersion() != current) {
                check.problem("termsVersion", "The terms of service have changed to version " + current
                        + ": please read them again and accept that version.");
            }
        }
        check.throwIfAny();
        return role;
    }
}
