package org.coproduce.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Notification mails in the member's language: the same mail in English and in Welsh. */
class NotificationMailsTest {

    private static final NotificationMails.Item ITEM = new NotificationMails.Item("Subject", "What happened.",
            "https://portal.example/discussions/reply?id=5");

    @Test
    void englishMail() {
        NotificationMails.Mail mail = NotificationMails.single(MailWords.of(null), "Sam", ITEM, "https://p/settings",
                "https://p/unsubscribe", "Replies in threads I follow", true);
        assertTrue(mail.text().startsWith("Hello Sam,\n\nWhat happened.\n\nRead more: https://portal.example"), mail.text());
        assertTrue(mail.text().contains("Reply to this email to answer in the thread"), mail.text());
        assertTrue(mail.text().contains("\n-- \nYou get this because of your setting \u201cReplies in threads I follow\u201d.\n"
                + "Stop these emails: https://p/unsubscribe\n"), mail.text());
        assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"en\">"), mail.html());
    }

    @Test
    void welshMail() {
        MailWords welsh = MailWords.of("cy");
        NotificationMails.Mail mail = NotificationMails.single(welsh, "Siân", ITEM, "https://p/settings",
                "https://p/unsubscribe", welsh.kind(NotificationKinds.FOLLOWED_REPLY), false);
        assertTrue(mail.text().startsWith("Helo Siân,\n\nWhat happened.\n\nDarllen mwy: https://portal.example"), mail.text());
        assertTrue(mail.text().contains("Rydych chi'n cael hwn oherwydd eich gosodiad \u201cAtebion mewn edefynnau rwy'n eu dilyn\u201d."),
                mail.text());
        assertTrue(mail.text().contains("Stopio'r e-byst hyn: https://p/unsubscribe"), mail.text());
        assertTrue(!mail.text().contains("Atebwch yr e-bost"), "no reply hint without a reply address");
        assertTrue(mail.html().startsWith("<!DOCTYPE html><html lang=\"cy\">"), mail.html());
        assertEquals("Ateb newydd yn \u201cAmserau\u201d", welsh.format("notice.reply.subject", "Amserau"));
        assertEquals("Ymatebodd Sam i'ch stori", welsh.format("notice.story.subject", "Sam"));
    }

    @Test
    void digestSubjectsCountInEitherLanguage() {
        List<NotificationMails.Item> two = List.of(ITEM, ITEM);
        assertEquals("Your daily digest from Coproduce: 2 updates",
                NotificationMails.digest(MailWords.of("en"), "Sam", "daily", two, "s", "u").subject());
        assertEquals("Your weekly digest from Coproduce: 1 update",
                NotificationMails.digest(MailWords.of("en"), "Sam", "weekly", List.of(ITEM), "s", "u").subject());
        assertTrue(NotificationMails.digest(MailWords.of("cy"), "Sam", "weekly", two, "s", "u").text()
                .contains("Dyma beth ddigwyddodd:"));
    }
}
