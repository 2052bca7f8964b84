package org.coproduce.portal.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link SmtpMailSender} against a real SMTP server (GreenMail) on the loopback address. */
class SmtpMailSenderIT {

    private static final String LOOPBACK = "127.0.0.1";
    private static final String FROM = "Coproduce <no-reply@coproduce.example>";
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private GreenMail smtp;

    @BeforeEach
    void startSmtpServer() {
        smtp = new GreenMail(new ServerSetup(0, LOOPBACK, ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("mailer", "s3cret"));
        smtp.start();
    }

    @AfterEach
    void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void sendsAPlainTextMailInUtf8() throws Exception {
        String subject = "Croeso i Coproduce – ŵ ŷ 🎉";
        String body = "Helo Siân,\n\nCliciwch y ddolen i gadarnhau eich cyfeiriad: ŵ ŷ 😀\nDiolch!";

        sender(null, null).send("sian@example.org", subject, body);

        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertEquals(List.of(new InternetAddress("sian@example.org")),
                List.of(received.getRecipients(Message.RecipientType.TO)));
        assertEquals(List.of(new InternetAddress(FROM)), List.of(received.getFrom()));
        assertEquals(subject, received.getSubject());
        assertTrue(received.getContentType().toLowerCase().contains("charset=utf-8"), received.getContentType());
        assertEquals(body, ((String) received.getContent()).replace("\r\n", "\n"));
        assertEquals("auto-generated", received.getHeader("Auto-Submitted", null));
        assertNotNull(received.getSentDate());
    }

    @Test
    void signsInWhenAUserIsConfigured() throws Exception {
        sender("mailer", "s3cret").send("ann@example.org", "Signed in", "Sent with a password.");

        assertTrue(smtp.waitForIncomingEmail(5_000, 1));
        assertEquals("Signed in", smtp.getReceivedMessages()[0].getSubject());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThrows(AuthenticationFailedException.class,
                () -> sender("mailer", "wrong").send("ann@example.org", "Refused", "Not sent."));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aMalformedRecipientIsRefusedBeforeConnecting() {
        assertThrows(AddressException.class, () -> sender(null, null).send("ann@@example.org", "Never", "Never sent."));
        assertEquals(0, smtp.getReceivedMessages().length);
    }

    @Test
    void aRefusedConnectionFailsWithinTheTimeout() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            closedPort = socket.getLocalPort();
        }
        SmtpMailSender sender = new SmtpMailSender(server(closedPort, null, null));

        long started = System.nanoTime();
        assertThrows(MessagingException.class, () -> sender.send("ann@example.org", "Nobody", "Nobody listens."));

        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(TIMEOUT) < 0);
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            // The connection is accepted by the operating system, but no greeting ever comes.
            SmtpMailSender sender = new SmtpMailSender(server(silent.getLocalPort(), null, null));

            long started = System.nanoTime();
            assertThrows(MessagingException.class, () -> sender.send("ann@example.org", "Silence", "Nobody answers."));

            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(TIMEOUT.minusMillis(100)) >= 0 && took.compareTo(TIMEOUT.plusSeconds(3)) < 0,
                    "gave up after " + took);
        }
    }

    private SmtpMailSender sender(String username, String password) {
        return new SmtpMailSender(server(smtp.getSmtp().getPort(), username, password));
    }

    private static SmtpServer server(int port, String username, String password) {
        return new SmtpServer(LOOPBACK, port, username, password, false, TIMEOUT, FROM);
    }
}
