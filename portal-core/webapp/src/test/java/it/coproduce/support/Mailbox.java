package it.coproduce.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server on loopback (GreenMail) where the test portal delivers its mail. */
public final class Mailbox implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private final GreenMail server;

    /** The portal's reply-by-email mailbox: its IMAP login and password (see the test server's settings in the pom). */
    public static final String REPLIES_USER = "replies";
    private static final String REPLIES_PASSWORD = "replies-secret";

    public Mailbox() {
        this(false);
    }

    private Mailbox(boolean imap) {
        ServerSetup smtp = new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", "smtp");
        server = imap ? new GreenMail(new ServerSetup[] {smtp,
                new ServerSetup(Integer.getInteger("it.imap.port", 3943), "127.0.0.1", "imap")}) : new GreenMail(smtp);
        server.start();
        if (imap) {
            server.setUser("replies@localhost", REPLIES_USER, REPLIES_PASSWORD);
        }
    }

    /** SMTP as usual, and an IMAP server holding the portal's reply mailbox, which the portal reads. */
    public static Mailbox withReplyMailbox() {
        return new Mailbox(true);
    }

    /** Puts a mail into the portal's reply mailbox, as the mail system does with mail to replies+...@localhost. */
    public void deliverToReplies(MimeMessage mail) {
        server.getUserManager().getUser(REPLIES_USER).deliver(mail);
    }

    public void stop() {
        server.stop();
    }

    public void start() {
        server.start();
    }

    @Override
    public void close() {
        server.stop();
    }

    /** The mails delivered to {@code address} so far. */
    public List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Waits until {@code count} mails have reached {@code address}; returns the newest. */
    public MimeMessage awaitMail(String address, int count, Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            List<MimeMessage> mails = mailsTo(address);
            if (mails.size() >= count) {
                return mails.get(mails.size() - 1);
            }
            server.waitForIncomingEmail(200, server.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail #" + count + " for " + address + " within " + timeout
                + "; received " + mailsTo(address).size());
    }

    /** The first link in the mail's text whose path starts with {@code pathPrefix}. */
    public static String link(MimeMessage mail, String pathPrefix) {
        Matcher matcher = LINK.matcher(text(mail));
        while (matcher.find()) {
            String link = matcher.group();
            if (link.contains(pathPrefix)) {
                return link;
            }
        }
        throw new AssertionError("No link to " + pathPrefix + " in: " + text(mail));
    }

    /** The mail's plain text: its body, or its text/plain part when it has alternatives. */
    public static String text(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            if (content instanceof Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    if (parts.getBodyPart(i).isMimeType("text/plain")) {
                        return String.valueOf(parts.getBodyPart(i).getContent());
                    }
                }
                throw new AssertionError("No text/plain part in " + parts.getContentType());
            }
            return String.valueOf(content);
        } catch (IOException | MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The token query parameter of a link. */
    public static String token(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }
}
