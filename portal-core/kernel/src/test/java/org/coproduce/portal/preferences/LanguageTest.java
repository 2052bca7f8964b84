package org.coproduce.portal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Choosing the language from the browser, and reading the server messages' Welsh catalogue. */
class LanguageTest {

    @Test
    void theBrowsersFirstSupportedLanguageWins() {
        assertEquals(Language.WELSH, Language.fromAcceptLanguage("cy-GB,cy;q=0.9,en;q=0.5"));
        assertEquals(Language.WELSH, Language.fromAcceptLanguage("fr-FR, cy;q=0.8, en;q=0.7"));
        assertEquals(Language.ENGLISH, Language.fromAcceptLanguage("en-GB,en;q=0.9,cy;q=0.8"));
        assertEquals(Language.WELSH, Language.fromAcceptLanguage("en;q=0.4, cy;q=0.9"), "by weight, not by order");
        assertEquals(Language.ENGLISH, Language.fromAcceptLanguage("de, fr"), "nothing supported: English");
        assertEquals(Language.ENGLISH, Language.fromAcceptLanguage(null));
        assertEquals(Language.ENGLISH, Language.fromAcceptLanguage(";;;=q"), "nonsense: English");
    }

    @Test
    void codesParseWhateverTheirCase() {
        assertEquals(Language.WELSH, Language.parse(" CY ").orElseThrow());
        assertTrue(Language.parse("fr").isEmpty());
        assertEquals("Cymraeg", Language.WELSH.ownName());
    }

    @Test
    void serverMessagesTranslateOnlyForWelshAndOnlyWhatTheyKnow() {
        assertEquals("Rhowch eich enw.", ServerMessages.translate("Please enter your name.", Locale.of("cy")));
        assertEquals("Please enter your name.", ServerMessages.translate("Please enter your name.", Locale.of("en")));
        assertEquals("Something new.", ServerMessages.translate("Something new.", Locale.of("cy")));
    }

    @Test
    void aCatalogueEntryWithoutItsWelshIsRefused() {
        byte[] broken = "en: One.\nen: Two.\ncy: Dau.\n".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalStateException.class, () -> ServerMessages.read(new ByteArrayInputStream(broken)));
        byte[] good = "# comment\nen: One.\ncy: Un.\n\nen: Two.\ncy: Dau.\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(2, ServerMessages.read(new ByteArrayInputStream(good)).size());
    }
}
