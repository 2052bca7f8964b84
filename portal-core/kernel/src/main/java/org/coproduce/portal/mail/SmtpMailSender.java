package org.coproduce.portal.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Date;
import java.util.Properties;

/** Sends one mail over SMTP with Jakarta Mail, with connect, read and write timeouts. */
public final class SmtpMailSender {

    private final SmtpServer server;
    private final Session session;

    public SmtpMailSender(SmtpServer server) {
        this.server = server;
        Properties props = new Properties();
        String timeout = String.valueOf(server.timeout().toMillis());
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", server.host());
        props.put("mail.smtp.port", String.valueOf(server.port()));
        props.put("mail.smtp.connectiontimeout", timeout);
        props.put("mail.smtp.timeout", timeout);
        props.put("mail.smtp.writetimeout", timeout);
        props.put("mail.smtp.starttls.enable", String.valueOf(server.startTls()));
        props.put("mail.smtp.starttls.required", String.valueOf(server.startTls()));
        props.put("mail.smtp.auth", String.valueOf(server.username() != null));
        Authenticator auth = server.username() == null ? null : new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(server.username(), server.password());
            }
        };
        this.session = Session.getInstance(props, auth);
    }

    /** Sends a plain-text mail; throws when the server does not accept it. */
    public void send(String recipient, String subject, String bodyText) throws MessagingException {
        send(recipient, subject, bodyText, null, null);
    }

    /**
     * Sends the mail, as plain text or (with {@code bodyHtml}) as plain text and HTML alternatives, with
     * List-Unsubscribe headers for one-click unsubscribing (RFC 8058) when an address is given.
     */
    public void send(String recipient, String subject, String bodyText, String bodyHtml, String unsubscribeUrl)
            throws MessagingException {
        send(recipient, subject, bodyText, bodyHtml, unsubscribeUrl, null);
    }

    /** As {@link #send(String, String, String, String, String)}, with a Reply-To address when one is given. */
    public void send(String recipient, String subject, String bodyText, String bodyHtml, String unsubscribeUrl,
            String replyTo) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(server.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(subject, "UTF-8");
        if (bodyHtml == null) {
            message.setText(bodyText, "UTF-8");
        } else {
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(bodyText, "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(bodyHtml, "UTF-8", "html");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            message.setContent(alternatives);
        }
        if (unsubscribeUrl != null) {
            message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (replyTo != null) {
            message.setReplyTo(new InternetAddress[] {new InternetAddress(replyTo, true)});
        }
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
