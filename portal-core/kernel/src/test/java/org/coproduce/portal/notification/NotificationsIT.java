package org.coproduce.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountFixtures;
import org.coproduce.portal.account.AccountSettings;
import org.coproduce.portal.mail.MailOutbox;
import org.coproduce.portal.mail.MailView;
import org.coproduce.portal.mail.OutboxFixtures;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Notifications} on H2 and PostgreSQL: listing, mailing as chosen, digests and unsubscribing. */
class NotificationsIT extends OnBothDatabases {

    private static final String BASE = "https://portal.example.org";

    @ParameterizedTest
    @MethodSource("databases")
    void aNotificationIsListedAndMailedAtOnceByDefaultWithAnUnsubscribeLink(TestDatabase db) {
        Account ann = member(db, true);
        db.runInTransaction(em -> notifications(em).send(ann.id(), NotificationKinds.FOLLOWED_REPLY,
                "New reply in \u201cCare <plans>\u201d", "Sam replied:\n\nThank you & welcome.", "/discussions/reply?id=7"));

        MailView mail = mailTo(db, ann);
        assertEquals("New reply in \u201cCare <plans>\u201d", mail.subject());
        assertTrue(mail.body().contains("Thank you & welcome.") && mail.body().contains(BASE + "/discussions/reply?id=7"),
                mail.body());
        assertTrue(mail.bodyHtml().contains("Thank you &amp; welcome.") && !mail.bodyHtml().contains("<plans>"),
                mail.bodyHtml());
        assertTrue(mail.unsubscribeUrl().startsWith(BASE + "/api/v1/unsubscribe?token="));
        String token = mail.unsubscribeUrl().substring(mail.unsubscribeUrl().indexOf("token=") + 6);
        assertTrue(mail.body().contains(BASE + "/unsubscribe?token=" + token), "the mail links to the page that asks");
        assertEquals(1L, (long) db.inTransaction(em -> notifications(em).unread(ann.id())));
        NotificationView listed = db.inTransaction(em -> notifications(em).list(ann.id(), 1, 20)).items().get(0);
        assertEquals(NotificationKinds.FOLLOWED_REPLY, listed.kind());
        assertFalse(listed.read());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void offMeansListedOnlyAndUnconfirmedMembersGetNoMail(TestDatabase db) {
        Account ann = member(db, true);
        Account newcomer = member(db, false);
        db.runInTransaction(em -> notifications(em).choose(ann.id(), Map.of(NotificationKinds.FOLLOWED_REPLY, NotificationMode.OFF)));
        db.runInTransaction(em -> {
            notifications(em).send(ann.id(), NotificationKinds.FOLLOWED_REPLY, "Quiet", "Text", "");
            notifications(em).send(newcomer.id(), NotificationKinds.FOLLOWED_REPLY, "Unconfirmed", "Text", "");
        });

        assertEquals(List.of(), mailsTo(db, ann));
        assertEquals(List.of(), mailsTo(db, newcomer));
        assertEquals(1L, (long) db.inTransaction(em -> notifications(em).unread(ann.id())));
        assertEquals(1L, (long) db.inTransaction(em -> notifications(em).unread(newcomer.id())));
        assertEquals(NotificationMode.OFF, db.inTransaction(em -> notifications(em).preferences(ann.id()))
                .get(NotificationKinds.FOLLOWED_REPLY));
        assertEquals(NotificationMode.IMMEDIATE, db.inTransaction(em -> notifications(em).preferences(ann.id()))
                .get(NotificationKinds.STORY_RESPONSE));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aDailyDigestGathersWhatWaitedADayAndSkipsKindsSinceSwitchedOff(TestDatabase db) {
        Account ann = member(db, true);
        db.runInTransaction(em -> notifications(em).choose(ann.id(), Map.of(
                NotificationKinds.FOLLOWED_REPLY, NotificationMode.DAILY, NotificationKinds.FOLLOWED_THREAD, NotificationMode.DAILY,
                "plan.review-due", NotificationMode.WEEKLY)));
        db.runInTransaction(em -> {
            notifications(em).send(ann.id(), NotificationKinds.FOLLOWED_REPLY, "First reply", "One", "/a");
            notifications(em).send(ann.id(), NotificationKinds.FOLLOWED_REPLY, "Second reply", "Two", "/b");
            notifications(em).send(ann.id(), NotificationKinds.FOLLOWED_THREAD, "A thread", "Three", "/c");
            notifications(em).send(ann.id(), "plan.review-due", "Review", "Weekly item", "/d");
        });
        db.runInTransaction(em -> notifications(em).choose(ann.id(), Map.of(NotificationKinds.FOLLOWED_THREAD, NotificationMode.OFF)));
        assertEquals(List.of(), mailsTo(db, ann), "nothing mailed at once");

        assertEquals(0, (int) db.inTransaction(em -> notifications(em).sendDueDigests(Instant.now())), "not a day yet");
        Instant tomorrow = Instant.now().plus(Duration.ofHours(25));
        assertEquals(1, (int) db.inTransaction(em -> notifications(em).sendDueDigests(tomorrow)));
        assertEquals(0, (int) db.inTransaction(em -> notifications(em).sendDueDigests(tomorrow)), "each item once");

        MailView digest = mailTo(db, ann);
        assertEquals("Your daily digest from Coproduce: 2 updates", digest.subject());
        assertTrue(digest.body().contains("First reply") && digest.body().contains("Second reply"), digest.body());
        assertFalse(digest.body().contains("A thread"), "switched off since");
        assertFalse(digest.body().contains("Weekly item"), "waits for the weekly digest");
        assertEquals(1, (int) db.inTransaction(em -> notifications(em).sendDueDigests(Instant.now().plus(Duration.ofDays(8)))));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void signedLinksUnsubscribeWithoutSigningInAndForgedOnesDoNothing(TestDatabase db) {
        Account ann = member(db, true);
        String url = db.inTransaction(em -> notifications(em).unsubscribeUrl(ann.id(), NotificationKinds.STORY_RESPONSE));
        String token = url.substring(url.indexOf("token=") + 6);

        assertTrue(db.inTransaction(em -> notifications(em).unsubscribe(token + "x")).isEmpty());
        assertTrue(db.inTransaction(em -> notifications(em).unsubscribe("not-a-token")).isEmpty());
        String forged = new UnsubscribeTokens(new byte[32]).sign(ann.id(), NotificationKinds.STORY_RESPONSE);
        assertTrue(db.inTransaction(em -> notifications(em).unsubscribe(forged)).isEmpty());
        assertEquals(NotificationMode.IMMEDIATE, db.inTransaction(em -> notifications(em).mode(ann.id(), NotificationKinds.STORY_RESPONSE)));

        assertEquals(NotificationKinds.STORY_RESPONSE,
                db.inTransaction(em -> notifications(em).unsubscribe(token)).orElseThrow().kind());
        assertEquals(NotificationMode.OFF, db.inTransaction(em -> notifications(em).mode(ann.id(), NotificationKinds.STORY_RESPONSE)));

        String all = db.inTransaction(em -> notifications(em).unsubscribeUrl(ann.id(), Notifications.ALL));
        db.inTransaction(em -> notifications(em).unsubscribe(all.substring(all.indexOf("token=") + 6)));
        assertEquals(NotificationMode.OFF, db.inTransaction(em -> notifications(em).mode(ann.id(), "payment.paid")));
        db.runInTransaction(em -> notifications(em).choose(ann.id(), Map.of(NotificationKinds.FOLLOWED_REPLY, NotificationMode.DAILY)));
        assertEquals(NotificationMode.DAILY, db.inTransaction(em -> notifications(em).mode(ann.id(), NotificationKinds.FOLLOWED_REPLY)));
        assertEquals(NotificationMode.OFF, db.inTransaction(em -> notifications(em).mode(ann.id(), NotificationKinds.FOLLOWED_THREAD)),
                "the others stay off after \"stop all\"");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void readingMarksAndBadChoicesAreRefused(TestDatabase db) {
        Account ann = member(db, true);
        db.runInTransaction(em -> {
            for (int i = 0; i < 3; i++) {
                notifications(em).send(ann.id(), NotificationKinds.FOLLOWED_REPLY, "Item " + i, "Text", "");
            }
        });
        List<NotificationView> items = db.inTransaction(em -> notifications(em).list(ann.id(), 1, 2)).items();
        assertEquals(List.of("Item 2", "Item 1"), items.stream().map(NotificationView::subject).toList());

        assertEquals(1, (int) db.inTransaction(em -> notifications(em).markRead(ann.id(), List.of(items.get(0).id()))));
        assertEquals(2L, (long) db.inTransaction(em -> notifications(em).unread(ann.id())));
        Account other = member(db, true);
        assertEquals(0, (int) db.inTransaction(em -> notifications(em).markRead(other.id(), List.of(items.get(1).id()))),
                "nobody marks another's");
        assertEquals(2, (int) db.inTransaction(em -> notifications(em).markRead(ann.id(), List.of())));
        assertEquals(0L, (long) db.inTransaction(em -> notifications(em).unread(ann.id())));

        Problem unknown = assertThrows(Problem.class, () -> db.runInTransaction(em -> notifications(em).choose(ann.id(),
                Map.of("Not A Kind", NotificationMode.OFF))));
        assertEquals(Problem.Kind.INVALID, unknown.kind());
        assertThrows(IllegalArgumentException.class, () -> db.runInTransaction(em -> notifications(em).send(ann.id(),
                "Bad Kind", "s", "t", "")));
        assertTrue(db.inTransaction(em -> notifications(em).send(Long.MAX_VALUE, NotificationKinds.FOLLOWED_REPLY,
                "s", "t", "")).isEmpty());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWelshMemberGetsTheMailInWelsh(TestDatabase db) {
        Account siân = member(db, true);
        db.runInTransaction(em -> em.createNativeQuery("UPDATE account SET language = 'cy' WHERE id = ?1")
                .setParameter(1, siân.id()).executeUpdate());
        db.runInTransaction(em -> notifications(em).send(siân.id(), NotificationKinds.FOLLOWED_REPLY,
                w -> new Notifications.Notice(w.format("notice.reply.subject", "Amserau cyfarfod"),
                        w.format("notice.reply.text", "Sam", "Amserau cyfarfod") + "\n\nDydd Mawrth."),
                "/discussions/reply?id=9", 9L));

        MailView mail = mailTo(db, siân);
        assertEquals("Ateb newydd yn \u201cAmserau cyfarfod\u201d", mail.subject());
        assertTrue(mail.body().startsWith("Helo Ann Member,\n\nAtebodd Sam yn \u201cAmserau cyfarfod\u201d:\n\nDydd Mawrth."),
                mail.body());
        assertTrue(mail.body().contains("Stopio'r e-byst hyn: " + BASE + "/unsubscribe?token="), mail.body());
        assertTrue(mail.bodyHtml().contains("<html lang=\"cy\">"), mail.bodyHtml());
        assertEquals(null, mail.replyTo(), "no reply address while reply by email is off");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aMailAboutAThreadCarriesASignedReplyAddressWhenReplyByEmailIsOn(TestDatabase db) {
        Account ann = member(db, true);
        db.runInTransaction(em -> {
            Notifications notifications = notifications(em);
            notifications.replySettings = replySettings("replies@portal.example.org");
            notifications.send(ann.id(), NotificationKinds.FOLLOWED_REPLY, w -> new Notifications.Notice("Subject", "Text"),
                    "/discussions/reply?id=3", 77L);
        });

        MailView mail = mailTo(db, ann);
        ReplyAddresses addresses = db.inTransaction(em -> {
            Notifications notifications = notifications(em);
            notifications.replySettings = replySettings("replies@portal.example.org");
            return notifications.replyAddresses().orElseThrow();
        });
        assertEquals(java.util.Optional.of(new ReplyAddresses.Target(ann.id(), 77L)), addresses.read(mail.replyTo()));
        assertTrue(mail.body().contains("Reply to this email to answer in the thread"), mail.body());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void mentionsAreListedButNotMailedUntilTheMemberOptsIn(TestDatabase db) {
        Account ann = member(db, true);
        assertEquals(NotificationMode.OFF, db.inTransaction(em -> notifications(em).preferences(ann.id()))
                .get(NotificationKinds.MENTION));
        db.runInTransaction(em -> notifications(em).send(ann.id(), NotificationKinds.MENTION, "Sam mentioned you", "Hi", "/x"));
        assertEquals(List.of(), mailsTo(db, ann));
        assertEquals(1L, (long) db.inTransaction(em -> notifications(em).unread(ann.id())));

        db.runInTransaction(em -> notifications(em).choose(ann.id(), Map.of(NotificationKinds.MENTION, NotificationMode.IMMEDIATE)));
        db.runInTransaction(em -> notifications(em).send(ann.id(), NotificationKinds.MENTION, "Sam mentioned you again", "Hi", "/x"));
        assertEquals("Sam mentioned you again", mailTo(db, ann).subject());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoDigestWorkersAtOnceMailADigestOnce(TestDatabase db) throws Exception {
        Account ann = member(db, true);
        db.runInTransaction(em -> notifications(em).choose(ann.id(), Map.of(NotificationKinds.FOLLOWED_REPLY, NotificationMode.DAILY)));
        db.runInTransaction(em -> notifications(em).send(ann.id(), NotificationKinds.FOLLOWED_REPLY, "Waiting", "One", "/a"));
        Instant tomorrow = Instant.now().plus(Duration.ofHours(25));
        EntityManager em = db.jpa().createEntityManager();
        try {
            em.getTransaction().begin();
            notifications(em).sendDueDigests(tomorrow);
            // Another node's worker, while this one's transaction is open: it skips the locked items instead of waiting.
            java.util.concurrent.CompletableFuture.runAsync(() -> db.runInTransaction(other ->
                    notifications(other).sendDueDigests(tomorrow))).get(20, java.util.concurrent.TimeUnit.SECONDS);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
        assertEquals("Your daily digest from Coproduce: 1 update", mailTo(db, ann).subject());
    }

    static ReplyByEmailSettings replySettings(String address) {
        ReplyByEmailSettings settings = new ReplyByEmailSettings();
        settings.address = java.util.Optional.ofNullable(address);
        settings.host = java.util.Optional.of("imap.example.org");
        settings.user = java.util.Optional.of("replies");
        settings.password = java.util.Optional.of("secret");
        settings.folder = "INBOX";
        settings.pollMillis = 60_000;
        return settings;
    }

    private static Account member(TestDatabase db, boolean verified) {
        return AccountFixtures.member(db, "Ann Member", verified);
    }

    private static MailView mailTo(TestDatabase db, Account account) {
        List<MailView> mails = mailsTo(db, account);
        assertEquals(1, mails.size(), mails.toString());
        return mails.get(0);
    }

    private static List<MailView> mailsTo(TestDatabase db, Account account) {
        return db.inTransaction(em -> outbox(em).recent(500)).stream()
                .filter(m -> m.recipient().equals(account.email())).toList();
    }

    private static MailOutbox outbox(EntityManager em) {
        return OutboxFixtures.outbox(em);
    }

    static Notifications notifications(EntityManager em) {
        Notifications notifications = new Notifications();
        notifications.em = em;
        notifications.outbox = outbox(em);
        notifications.settings = AccountSettings.of(10_000, BASE);
        PortalSecrets secrets = new PortalSecrets();
        secrets.em = em;
        notifications.secrets = secrets;
        notifications.replySettings = replySettings(null);
        return notifications;
    }
}
