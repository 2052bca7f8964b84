package org.coproduce.portal.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reply by email, from MicroProfile Config: the portal's reply address ({@code coproduce.reply.address}, such as
 * {@code replies@example.org}; mails carry {@code replies+<token>@example.org}) and the IMAP mailbox those replies
 * arrive in ({@code coproduce.imap.*}). Off unless both the address and an IMAP host are configured.
 */
@ApplicationScoped
public class ReplyByEmailSettings {

    /** How to reach the mailbox. */
    public record Imap(String host, int port, String user, String password, boolean ssl, String folder,
                       Duration poll, Duration timeout) {

        @Override
        public String toString() {
            return (ssl ? "imaps://" : "imap://") + user + "@" + host + ":" + port + "/" + folder;
        }
    }

    @Inject
    @ConfigProperty(name = "coproduce.reply.address")
    Optional<String> address;

    @Inject
    @ConfigProperty(name = "coproduce.imap.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "coproduce.imap.port", defaultValue = "993")
    int port;

    @Inject
    @ConfigProperty(name = "coproduce.imap.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "coproduce.imap.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "coproduce.imap.ssl", defaultValue = "true")
    boolean ssl;

    @Inject
    @ConfigProperty(name = "coproduce.imap.folder", defaultValue = "INBOX")
    String folder;

    @Inject
    @ConfigProperty(name = "coproduce.imap.poll-millis", defaultValue = "60000")
    long pollMillis;

    @Inject
    @ConfigProperty(name = "coproduce.imap.timeout-millis", defaultValue = "20000")
    int timeoutMillis;

    /** The reply address when reply by email is on. */
    public Optional<String> address() {
        return imap().flatMap(i -> address.map(String::strip).filter(a -> !a.isEmpty()));
    }

    /** The mailbox when reply by email is on. */
    public Optional<Imap> imap() {
        if (address.map(String::isBlank).orElse(true) || host.map(String::isBlank).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(new Imap(host.get().strip(), port, user.orElse(""), password.orElse(""), ssl, folder,
                Duration.ofMillis(Math.max(200, pollMillis)), Duration.ofMillis(timeoutMillis)));
    }
}
