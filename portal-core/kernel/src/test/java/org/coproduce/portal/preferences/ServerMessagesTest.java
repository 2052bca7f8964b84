package org.coproduce.portal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** {@link ServerMessages}: exact sentences, and sentences with numbers carried into the Welsh. */
class ServerMessagesTest {

    private static final Locale WELSH = Locale.of("cy");

    @Test
    void exactSentencesAreLookedUp() {
        assertEquals("Rhowch eich enw.", ServerMessages.translate("Please enter your name.", WELSH));
        assertEquals("Please enter your name.", ServerMessages.translate("Please enter your name.", Locale.UK));
    }

    @Test
    void numbersAreCarriedIntoTheWelshInTheirPlaces() {
        assertEquals("Gall eich neges fod yn 20000 nod ar y mwyaf (mae ganddi 20114).",
                ServerMessages.translate("Your message can be at most 20000 characters long (it has 20114).", WELSH));
        assertEquals("Gall eich stori fod yn 20,000 nod ar y mwyaf; mae ganddi 20,114.",
                ServerMessages.translate("Your story can be at most 20,000 characters long; it has 20,114.", WELSH));
        assertEquals("Dewiswch 5 tag ar y mwyaf.", ServerMessages.translate("Please choose at most 5 tags.", WELSH));
    }

    @Test
    void otherTextAroundTheNumbersIsNotTranslated() {
        String other = "Please choose at most five tags.";
        assertEquals(other, ServerMessages.translate(other, WELSH));
        String words = "Your message can be at most many characters long (it has 20114).";
        assertEquals(words, ServerMessages.translate(words, WELSH));
    }
}
