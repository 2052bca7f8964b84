package org.coproduce.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configuration of accounts (MicroProfile Config), and the hasher and policy built from it. */
@ApplicationScoped
public class AccountSettings {

    @Inject
    @ConfigProperty(name = "coproduce.password.iterations", defaultValue = "" + PasswordHasher.DEFAULT_ITERATIONS)
    int iterations;

    @Inject
    @ConfigProperty(name = "coproduce.base-url", defaultValue = "http://localhost:9080")
    String baseUrl;

    private PasswordHasher hasher;
    private PasswordPolicy policy;

    /** Settings made outside the container (for tools and tests). */
    public static AccountSettings of(int iterations, String baseUrl) {
        AccountSettings settings = new AccountSettings();
        settings.iterations = iterations;
        settings.baseUrl = baseUrl;
        settings.init();
        return settings;
    }

    @PostConstruct
    void init() {
        hasher = new PasswordHasher(iterations);
        policy = PasswordPolicy.standard();
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public PasswordPolicy policy() {
        return policy;
    }

    /** The portal's public address without a trailing slash, for links in mails. */
    public String baseUrl() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
