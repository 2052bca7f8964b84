package org.coproduce.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountFixtures;
import org.coproduce.portal.persistence.OnBothDatabases;
import org.coproduce.portal.persistence.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link InboundReplies} on H2 and PostgreSQL: mails that are not posted (another sender, an automatic mail, an
 * address not ours) are recorded once with what became of them. Posting itself is tested in the container
 * ({@code ReplyByEmailIT}), where the discussion services run.
 */
class InboundRepliesIT extends OnBothDatabases {

    @ParameterizedTest
    @MethodSource("databases")
    void aMailFromAnotherAddressIsRefusedAndRecordedOnce(TestDatabase db) {
        Account ann = AccountFixtures.member(db, "Ann Member", true);
        String to = db.inTransaction(em -> inbound(em).notifications.replyAddresses().orElseThrow().address(ann.id(), 42));
        InboundReplies.Incoming forged = mail("intruder@example.org", to, false);

        assertEquals(InboundReplies.Outcome.REFUSED, db.inTransaction(em -> inbound(em).receive(forged)));
        assertEquals(Optional.of(InboundReplies.Outcome.REFUSED), db.inTransaction(em -> inbound(em).outcome(forged.key())));
        assertEquals(InboundReplies.Outcome.DUPLICATE, db.inTransaction(em -> inbound(em).receive(forged)), "read again");
        assertEquals(List.of(42L, (long) ann.id()), db.inTransaction(em -> em.createNativeQuery(
                "SELECT thread_id, account_id FROM inbound_mail WHERE message_key = ?1").setParameter(1, forged.key())
                .getResultList().stream().map(row -> List.of(((Number) ((Object[]) row)[0]).longValue(),
                        ((Number) ((Object[]) row)[1]).longValue())).findFirst().orElseThrow()));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void automaticMailsAndForeignAddressesAreNeverPosted(TestDatabase db) {
        Account ann = AccountFixtures.member(db, "Ann Member", true);
        String to = db.inTransaction(em -> inbound(em).notifications.replyAddresses().orElseThrow().address(ann.id(), 7));
        InboundReplies.Incoming outOfOffice = mail(ann.email(), to, true);
        InboundReplies.Incoming stray = mail(ann.email(), "replies+1-2-00000000000000000000@portal.example.org", false);

        assertEquals(InboundReplies.Outcome.AUTOMATIC, db.inTransaction(em -> inbound(em).receive(outOfOffice)));
        assertEquals(InboundReplies.Outcome.NOT_FOR_US, db.inTransaction(em -> inbound(em).receive(stray)));
        assertTrue((boolean) db.inTransaction(em -> inbound(em).known(stray.key())));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aReplyTheRulesRefuseIsRecordedWithTheReason(TestDatabase db) {
        Account ann = AccountFixtures.member(db, "Ann Member", true);
        String to = db.inTransaction(em -> inbound(em).notifications.replyAddresses().orElseThrow().address(ann.id(), 9));
        InboundReplies.Incoming late = mail(ann.email(), to, false);
        assertFalse((boolean) db.inTransaction(em -> inbound(em).known(late.key())));

        db.runInTransaction(em -> inbound(em).refused(late, "This thread is locked by the moderators."));
        db.runInTransaction(em -> inbound(em).refused(late, "Recorded once."));

        assertEquals(List.of("This thread is locked by the moderators."), db.inTransaction(em -> em.createNativeQuery(
                "SELECT detail FROM inbound_mail WHERE message_key = ?1").setParameter(1, late.key()).getResultList()));
    }

    private static InboundReplies.Incoming mail(String from, String to, boolean automatic) {
        return new InboundReplies.Incoming("<" + UUID.randomUUID() + "@mail.example.org>", from, List.of(to),
                "Thank you.\n\nOn Thu, 26 Nov 2026, Coproduce wrote:\n> earlier", automatic);
    }

    private static InboundReplies inbound(EntityManager em) {
        InboundReplies inbound = new InboundReplies();
        inbound.em = em;
        Notifications notifications = NotificationsIT.notifications(em);
        notifications.replySettings = NotificationsIT.replySettings("replies@portal.example.org");
        inbound.notifications = notifications;
        return inbound;
    }
}
