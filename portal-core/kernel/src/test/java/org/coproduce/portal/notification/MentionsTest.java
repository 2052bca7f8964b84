package org.coproduce.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Finding "@Display Name" and "@DisplayName" mentions in a post. */
class MentionsTest {

    @Test
    void aMentionOffersItsNamesLongestFirst() {
        assertEquals(List.of(List.of("priya practitioner thanks for", "priya practitioner thanks", "priya practitioner", "priya")),
                Mentions.candidates("@Priya Practitioner thanks for this"));
    }

    @Test
    void theLongestKnownNameWins() {
        List<List<String>> mentions = Mentions.candidates("Thanks @Priya Practitioner, and @sam for the notes. @nobody here");
        assertEquals(Set.of("priya practitioner", "sam"),
                Mentions.chosen(mentions, Set.of("priya", "priya practitioner", "sam")));
    }

    @Test
    void handlesAreNamesWithoutSpaces() {
        assertEquals("priyapractitioner", Mentions.handle("Priya  Practitioner"));
        assertEquals("priya practitioner", Mentions.normal(" Priya  Practitioner "));
        assertEquals(Set.of("priyapractitioner"),
                Mentions.chosen(Mentions.candidates("cc @PriyaPractitioner."), Set.of("priyapractitioner")));
    }

    @Test
    void addressesCodeAndQuotesAreNotMentions() {
        assertEquals(List.of(), Mentions.candidates("Write to sam@example.org please"));
        assertEquals(List.of(), Mentions.candidates("> @Sam said so\nsee `@Sam` and\n```\n@Sam\n```"));
        assertEquals(List.of(), Mentions.candidates(null));
    }

    @Test
    void welshNamesAndApostrophesAreWords() {
        assertEquals(Set.of("siân o'brien"), Mentions.chosen(Mentions.candidates("Diolch @Siân O'Brien!"), Set.of("siân o'brien")));
    }
}
