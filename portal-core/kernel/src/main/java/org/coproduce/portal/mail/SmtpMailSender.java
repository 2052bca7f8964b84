package org.coproduce.portal.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
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

    /** Sends the mail; throws when the server does not accept it. */
    public void send(String recipient, String subject, String bodyText) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(server.from()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        message.setSubject(subject, "UTF-8");
        message.setText(bodyText, "UTF-8");
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        Transport.send(message);
    }
}
