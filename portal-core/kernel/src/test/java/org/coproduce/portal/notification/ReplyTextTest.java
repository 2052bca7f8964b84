package org.coproduce.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What is left of a reply by email once the mail program's additions are taken out. */
class ReplyTextTest {

    @Test
    void gmailsQuoteAfterOnWroteIsLeftOut() {
        String mail = """
                Thanks, Tuesdays suit me too.

                See you there,
                Sam

                On Thu, 26 Nov 2026 at 17:02, Coproduce <replies+a-b-0123@example.org> wrote:
                > Priya replied in "Meeting times":
                >
                > We meet every Tuesday.
                """;
        assertEquals("Thanks, Tuesdays suit me too.\n\nSee you there,\nSam", ReplyText.clean(mail));
    }

    @Test
    void anAttributionWrappedOverTwoLinesIsFound() {
        String mail = "Yes please.\r\n\r\nOn Thu, 26 Nov 2026 at 17:02, Coproduce Portal\r\n<replies+x@example.org> wrote:\r\n"
                + "> earlier words\r\n";
        assertEquals("Yes please.", ReplyText.clean(mail));
    }

    @Test
    void welshAttributionIsFound() {
        assertEquals("Diolch yn fawr.", ReplyText.clean("Diolch yn fawr.\n\nAr 26 Tach 2026, am 17:02, ysgrifennodd Coproduce:\n> Helo"));
    }

    @Test
    void interleavedQuotedLinesAreLeftOutAndTheAnswersKept() {
        String mail = "> Do Tuesdays work?\nYes, they do.\n> And the room?\nThe room is fine.";
        assertEquals("Yes, they do.\nThe room is fine.", ReplyText.clean(mail));
    }

    @Test
    void signatureAfterDashDashSpaceIsLeftOut() {
        assertEquals("Count me in.", ReplyText.clean("Count me in.\n\n-- \nSam Jones\nCarer, Cardiff\n"));
        assertEquals("Count me in.", ReplyText.clean("Count me in.\n--\nSam"));
    }

    @Test
    void mobileFootersAreLeftOut() {
        assertEquals("On my way.", ReplyText.clean("On my way.\n\nSent from my iPhone"));
        assertEquals("Good idea.", ReplyText.clean("Good idea.\n\nGet Outlook for Android"));
        assertEquals("Da iawn.", ReplyText.clean("Da iawn.\n\nAnfonwyd o fy iPhone"));
        assertEquals("Fine.", ReplyText.clean("Fine.\nSent from my Samsung Galaxy smartphone."));
    }

    @Test
    void outlooksHeaderBlockStartsTheQuote() {
        String mail = "Agreed.\n\n________________________________\nFrom: Coproduce <no-reply@example.org>\nSent: 26 November 2026\n";
        assertEquals("Agreed.", ReplyText.clean(mail));
        assertEquals("Agreed.", ReplyText.clean("Agreed.\n\nFrom: Coproduce <no-reply@example.org>\nSent: Thursday\nTo: Sam\n"));
        assertEquals("Agreed.", ReplyText.clean("Agreed.\n-----Original Message-----\nFrom: x"));
    }

    @Test
    void wordsThatOnlyLookLikeMarkersStay() {
        String mail = "On Tuesday we talked about wrote-offs.\nFrom: the minutes, item 3.\nSo -- yes.";
        assertEquals(mail, ReplyText.clean(mail));
    }

    @Test
    void aReplyOfOnlyQuoteIsEmpty() {
        assertEquals("", ReplyText.clean("\n\nOn Thu, 26 Nov 2026, Coproduce wrote:\n> words\n"));
        assertEquals("", ReplyText.clean(null));
    }
}
