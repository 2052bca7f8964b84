package org.coproduce.portal.notification;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.coproduce.plugin.Problem;

/**
 * Reads the portal's reply mailbox over IMAP (Jakarta Mail) every {@code coproduce.imap.poll-millis} and hands each
 * unread mail to {@link InboundReplies}; a handled mail is flagged as read, so it is not read again (and a mail read
 * twice, say after a crash between posting and flagging, is recognised by its Message-ID and posted once). Does
 * nothing unless reply by email is configured.
 */
@ApplicationScoped
public class ReplyByEmailWorker {

    private static final Logger LOG = Logger.getLogger(ReplyByEmailWorker.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    ReplyByEmailSettings settings;

    @Inject
    InboundReplies inbound;

    private ScheduledFuture<?> task;
    private volatile boolean failing;

    /** Starts reading; called once by the boot sequence. */
    public synchronized void start() {
        Optional<ReplyByEmailSettings.Imap> imap = settings.imap();
        if (imap.isEmpty()) {
            LOG.info("Reply by email is off (set coproduce.reply.address and coproduce.imap.host to switch it on).");
            return;
        }
        if (task == null) {
            long every = imap.get().poll().toMillis();
            task = scheduler.scheduleWithFixedDelay(() -> readMailbox(imap.get()), every, every, TimeUnit.MILLISECONDS);
            LOG.info(() -> "Reading replies by email from " + imap.get() + " every " + every + " ms.");
        }
    }

    @PreDestroy
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    void readMailbox(ReplyByEmailSettings.Imap imap) {
        Properties props = new Properties();
        String protocol = imap.ssl() ? "imaps" : "imap";
        String timeout = String.valueOf(imap.timeout().toMillis());
        props.put("mail.store.protocol", protocol);
        props.put("mail." + protocol + ".connectiontimeout", timeout);
        props.put("mail." + protocol + ".timeout", timeout);
        props.put("mail." + protocol + ".writetimeout", timeout);
        Session session = Session.getInstance(props);
        try (Store store = session.getStore(protocol)) {
            store.connect(imap.host(), imap.port(), imap.user(), imap.password());
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (int i = 0; i < unread.length && i < BATCH; i++) {
                    handle(folder, unread[i]);
                }
            } finally {
                folder.close(false);
            }
            if (failing) {
                failing = false;
                LOG.info(() -> "The reply mailbox " + imap + " can be read again.");
            }
        } catch (MessagingException | RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Cannot read the reply mailbox " + imap + " (tried again at every poll; said once): "
                        + e.getMessage());
            }
        }
    }

    private void handle(Folder folder, Message message) throws MessagingException {
        InboundReplies.Incoming mail;
        try {
            mail = incoming(folder, message);
        } catch (IOException | MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "A mail in the reply mailbox cannot be read; it is left unread", e);
            return;
        }
        try {
            InboundReplies.Outcome outcome = inbound.receive(mail);
            LOG.fine(() -> mail.key() + ": " + outcome);
        } catch (Problem problem) {
            inbound.refused(mail, problem.getMessage());
        } catch (RuntimeException e) {
            if (!inbound.known(mail.key())) {
                LOG.log(Level.WARNING, "A reply by email could not be handled; it is tried again at the next poll", e);
                return;
            }
        }
        message.setFlag(Flags.Flag.SEEN, true);
    }

    static InboundReplies.Incoming incoming(Folder folder, Message message) throws MessagingException, IOException {
        String key = message instanceof MimeMessage mime && mime.getMessageID() != null ? mime.getMessageID().strip()
                : "imap:" + (folder instanceof UIDFolder uids ? uids.getUIDValidity() + ":" + uids.getUID(message)
                : message.getMessageNumber() + ":" + message.getSentDate());
        Address[] from = message.getFrom();
        String sender = from != null && from.length > 0 && from[0] instanceof InternetAddress address ? address.getAddress() : null;
        List<String> recipients = new ArrayList<>();
        Address[] all = message.getAllRecipients();
        if (all != null) {
            for (Address address : all) {
                if (address instanceof InternetAddress internet) {
                    recipients.add(internet.getAddress());
                }
            }
        }
        for (String header : new String[] {"Delivered-To", "X-Original-To", "Envelope-To"}) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    recipients.add(value.replaceAll("[<>]", "").strip());
                }
            }
        }
        return new InboundReplies.Incoming(key, sender, recipients, text(message), automatic(message));
    }

    /** Out-of-office replies, bounces and list mail are never posted. */
    static boolean automatic(Message message) throws MessagingException {
        String auto = first(message, "Auto-Submitted");
        String precedence = first(message, "Precedence");
        return (auto != null && !auto.strip().toLowerCase(Locale.ROOT).startsWith("no"))
                || (precedence != null && precedence.strip().toLowerCase(Locale.ROOT).matches("bulk|junk|list|auto_reply"))
                || first(message, "X-Autoreply") != null || first(message, "X-Autorespond") != null;
    }

    private static String first(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The mail's plain text: its text/plain part, else its HTML part as text. */
    static String text(Part part) throws MessagingException, IOException {
        String plain = find(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = find(part, "text/html");
        return html == null ? "" : HtmlToText.text(html);
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String text ? text : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
