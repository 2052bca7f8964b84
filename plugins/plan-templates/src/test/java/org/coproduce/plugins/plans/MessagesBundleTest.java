package org.coproduce.plugins.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The interface text is complete in English and Welsh, and covers every section kind, status and answer. */
class MessagesBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyIsInBothLanguages() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> welsh = new TreeSet<>(load("messages_cy.properties").stringPropertyNames());
        Set<String> missingInWelsh = new TreeSet<>(english);
        missingInWelsh.removeAll(welsh);
        Set<String> missingInEnglish = new TreeSet<>(welsh);
        missingInEnglish.removeAll(english);
        assertEquals(Set.of(), missingInWelsh, "keys missing in messages_cy.properties");
        assertEquals(Set.of(), missingInEnglish, "keys missing in messages.properties");
        assertTrue(english.size() > 50);
    }

    @Test
    void noTextIsEmptyAndWelshIsNotACopyOfEnglish() throws IOException {
        Properties english = load("messages.properties");
        Properties welsh = load("messages_cy.properties");
        for (String key : english.stringPropertyNames()) {
            assertFalse(english.getProperty(key).isBlank(), key);
            assertFalse(welsh.getProperty(key, "").isBlank(), key);
        }
        assertFalse(english.getProperty("plans.title").equals(welsh.getProperty("plans.title")));
    }

    @Test
    void everyKindStatusAndAnswerHasItsText() throws IOException {
        Properties english = load("messages.properties");
        Arrays.stream(SectionKind.values()).forEach(k -> assertTrue(english.containsKey("kind." + k.code()), k.code()));
        Arrays.stream(SupportStatus.values()).forEach(s -> assertTrue(english.containsKey("status." + s.code()), s.code()));
        Arrays.stream(FeelsHeard.values()).forEach(f -> assertTrue(english.containsKey("heard." + f.code()), f.code()));
    }
}
