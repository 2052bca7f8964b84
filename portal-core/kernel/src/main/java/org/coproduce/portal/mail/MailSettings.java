package org.coproduce.portal.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail configuration from MicroProfile Config (environment variables work: {@code COPRODUCE_SMTP_HOST}...).
 * With no SMTP host, mails stay in the outbox.
 */
@ApplicationScoped
public class MailSettings {

    @Inject
    @ConfigProperty(name = "coproduce.smtp.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "coproduce.smtp.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "coproduce.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "coproduce.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "coproduce.smtp.starttls", defaultValue = "false")
    boolean startTls;

    @Inject
    @ConfigProperty(name = "coproduce.smtp.timeout-millis", defaultValue = "10000")
    int timeoutMillis;

    @Inject
    @ConfigProperty(name = "coproduce.mail.from", defaultValue = "Coproduce <no-reply@localhost>")
    String from;

    @Inject
    @ConfigProperty(name = "coproduce.mail.poll-millis", defaultValue = "2000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "coproduce.mail.retry-base-millis", defaultValue = "30000")
    long retryBaseMillis;

    @Inject
    @ConfigProperty(name = "coproduce.mail.retry-max-millis", defaultValue = "3600000")
    long retryMaxMillis;

    @Inject
    @ConfigProperty(name = "coproduce.mail.max-attempts", defaultValue = "8")
    int maxAttempts;

    /** The SMTP server, when one is configured. */
    public Optional<SmtpServer> smtp() {
        return host.filter(h -> !h.isBlank()).map(h -> new SmtpServer(h, port, username.orElse(null),
                password.orElse(null), startTls, Duration.ofMillis(timeoutMillis), from));
    }

    public Duration pollInterval() {
        return Duration.ofMillis(Math.max(100, pollMillis));
    }

    public RetryPolicy retryPolicy() {
        return new RetryPolicy(Duration.ofMillis(retryBaseMillis), Duration.ofMillis(retryMaxMillis), maxAttempts);
    }
}
