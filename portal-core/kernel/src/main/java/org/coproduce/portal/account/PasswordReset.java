package org.coproduce.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.coproduce.portal.auth.ApiTokens;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.Texts;

/** Password reset by a single-use link that expires after an hour. */
@ApplicationScoped
public class PasswordReset {

    @Inject
    Accounts accounts;

    @Inject
    EmailTokens tokens;

    @Inject
    AccountMails mails;

    @Inject
    AccountSettings settings;

    @Inject
    ApiTokens apiTokens;

    /**
     * Sends a reset link if an account has this address. Says nothing about whether one does, so the form
     * cannot be used to find out who is a member.
     */
    @Transactional
    public void request(String email) {
        if (email == null || !Texts.looksLikeEmail(email.strip())) {
            throw Problem.invalid(Map.of("email", "Please enter an email address like name@example.org."));
        }
        accounts.findByEmail(email).ifPresent(account -> {
            tokens.retireAll(account, TokenPurpose.RESET_PASSWORD);
            mails.sendPasswordReset(account, tokens.issue(account, TokenPurpose.RESET_PASSWORD));
        });
    }

    /**
     * Sets a new password with a reset link's token; signs the account out of every API token. Following the
     * link also proves the email address, so an unverified account becomes verified.
     */
    @Transactional
    public Account complete(String token, String newPassword) {
        if (token == null || token.isBlank()) {
            throw Problem.invalid(Map.of("token", "The link is missing its code. Please open the link from the email again."));
        }
        Account account = tokens.redeem(token, TokenPurpose.RESET_PASSWORD,
                "We do not recognise this reset link. Please check that you copied all of it.");
        settings.policy().problemWith(newPassword, account.email(), account.displayName()).ifPresent(message -> {
            throw Problem.invalid(Map.of("password", message));
        });
        account.changePasswordHash(settings.hasher().hash(newPassword));
        account.markVerified(java.time.Instant.now());
        apiTokens.revokeAll(account.id());
        return account;
    }
}
