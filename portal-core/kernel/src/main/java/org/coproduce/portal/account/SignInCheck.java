package org.coproduce.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.Texts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks an email address and password. Unknown addresses and wrong passwords get the same answer and take
 * the same time (a dummy hash is checked), and repeated failures are throttled with a 429.
 */
@ApplicationScoped
public class SignInCheck {

    static final String WRONG = "The email address or password is not right. Please try again.";

    @Inject
    Accounts accounts;

    @Inject
    AccountSettings settings;

    @Inject
    @ConfigProperty(name = "coproduce.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "coproduce.login.window-seconds", defaultValue = "900")
    long windowSeconds;

    private LoginThrottle throttle;
    private String dummyHash;

    @PostConstruct
    void init() {
        throttle = new LoginThrottle(maxFailures, Duration.ofSeconds(windowSeconds), Clock.systemUTC());
        dummyHash = settings.hasher().hash("not a password anyone has " + System.nanoTime());
    }

    /**
     * Returns the account when the password is right.
     *
     * @param clientAddress the caller's network address, for throttling
     * @throws Problem 401 when the email or password is wrong, 429 after too many failures
     */
    @Transactional
    public Account check(String email, String password, String clientAddress) {
        String key = Texts.normalizeEmail(email == null ? "" : email);
        long wait = throttle.retryAfterSeconds(key, clientAddress);
        if (wait > 0) {
            throw new Problem(Problem.Kind.TOO_MANY_REQUESTS, "too_many_attempts",
                    "There have been too many attempts to sign in. Please wait " + minutes(wait)
                            + " and try again, or reset your password.", java.util.List.of(), wait);
        }
        Account account = accounts.findByEmail(key).orElse(null);
        String given = password == null ? "" : password;
        boolean right = settings.hasher().matches(given, account == null ? dummyHash : account.passwordHash());
        if (account == null || !right) {
            throttle.failed(key, clientAddress);
            throw new Problem(Problem.Kind.UNAUTHORIZED, "invalid_credentials", WRONG);
        }
        throttle.succeeded(key);
        if (settings.hasher().needsRehash(account.passwordHash())) {
            account.changePasswordHash(settings.hasher().hash(given));
        }
        return account;
    }

    private static String minutes(long seconds) {
        long minutes = Duration.ofSeconds(seconds).toMinutes();
        return minutes < 1 ? seconds + " seconds" : (minutes + 1) + " minutes";
    }
}
