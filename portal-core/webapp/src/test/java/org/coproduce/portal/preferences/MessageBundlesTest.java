package org.coproduce.portal.preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.account.NetworkRole;
import org.junit.jupiter.api.Test;

/**
 * Every piece of interface text exists in English and in Welsh: the core's bundle and every theme's bundle have
 * the same keys in both languages, every key a page or template uses exists, and placeholders survive translation.
 */
class MessageBundlesTest {

    private static final Pattern KEY_IN_PAGE = Pattern.compile("msg\\['([A-Za-z0-9._-]+)'\\]");
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static final String CORE = "/org/coproduce/portal/preferences/messages";

    @Test
    void coreBundleHasEveryKeyInBothLanguages() {
        sameKeys("core", load(CORE + ".properties"), load(CORE + "_cy.properties"));
    }

    @Test
    void everyThemeBundleHasEveryKeyInBothLanguages() {
        Map<String, Theme> themes = ThemeCatalogue.read(getClass().getClassLoader());
        assertTrue(themes.keySet().containsAll(Set.of("default", "high-contrast", "easy-read")), "themes found: " + themes.keySet());
        Set<String> known = new TreeSet<>(load(CORE + ".properties").stringPropertyNames());
        known.addAll(load(themeBundle("default") + ".properties").stringPropertyNames());
        for (Theme theme : themes.values()) {
            Properties english = load(themeBundle(theme.id()) + ".properties");
            sameKeys("theme " + theme.id(), english, load(themeBundle(theme.id()) + "_cy.properties"));
            assertTrue(english.containsKey("theme.name"), theme.id() + " names itself");
            for (String key : english.stringPropertyNames()) {
                assertTrue(key.startsWith("theme.") || known.contains(key),
                        "theme " + theme.id() + " rewords a key that no page uses: " + key);
            }
            if (theme.parent() != null) {
                assertTrue(themes.containsKey(theme.parent()), theme.id() + "'s parent is installed");
            }
        }
    }

    @Test
    void everyKeyThePagesUseExistsInBothLanguages() throws IOException {
        Properties english = new Properties();
        english.putAll(load(CORE + ".properties"));
        english.putAll(load(themeBundle("default") + ".properties"));
        Properties welsh = new Properties();
        welsh.putAll(load(CORE + "_cy.properties"));
        welsh.putAll(load(themeBundle("default") + "_cy.properties"));
        List<Path> pages = new ArrayList<>();
        pages.addAll(xhtml(Path.of("src/main/webapp")));
        pages.addAll(xhtml(Path.of("../../themes")));
        assertTrue(pages.size() > 25, "pages found: " + pages.size());
        List<String> missing = new ArrayList<>();
        for (Path page : pages) {
            Matcher keys = KEY_IN_PAGE.matcher(Files.readString(page));
            while (keys.find()) {
                String key = keys.group(1);
                if (!english.containsKey(key) || !welsh.containsKey(key)) {
                    missing.add(page + ": " + key);
                }
            }
        }
        for (NetworkRole role : NetworkRole.values()) {
            if (!english.containsKey("networkRole." + role.code()) || !welsh.containsKey("networkRole." + role.code())) {
                missing.add("networkRole." + role.code());
            }
        }
        for (PortalRole role : PortalRole.values()) {
            if (!english.containsKey("portalRole." + role.name()) || !welsh.containsKey("portalRole." + role.name())) {
                missing.add("portalRole." + role.name());
            }
        }
        assertEquals(List.of(), missing, "keys used but missing in English or Welsh");
    }

    @Test
    void serverMessageTranslationsAreComplete() {
        Map<String, String> welsh = ServerMessages.welsh();
        assertFalse(welsh.isEmpty());
        welsh.forEach((english, cymraeg) -> {
            assertFalse(cymraeg.isBlank(), "Welsh for: " + english);
            assertFalse(cymraeg.equals(english), "translated: " + english);
        });
    }

    private static void sameKeys(String what, Properties english, Properties welsh) {
        assertFalse(english.isEmpty(), what + " has English text");
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(welsh.stringPropertyNames());
        Set<String> onlyWelsh = new TreeSet<>(welsh.stringPropertyNames());
        onlyWelsh.removeAll(english.stringPropertyNames());
        assertEquals(Set.of(), onlyEnglish, what + ": keys missing in Welsh");
        assertEquals(Set.of(), onlyWelsh, what + ": keys missing in English");
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String cy = welsh.getProperty(key);
            assertFalse(en.isBlank(), what + " " + key + " is empty in English");
            assertFalse(cy.isBlank(), what + " " + key + " is empty in Welsh");
            Set<String> enPlaces = placeholders(en);
            assertEquals(enPlaces, placeholders(cy), what + " " + key + ": the same placeholders in both languages");
            if (!enPlaces.isEmpty()) {
                for (String value : List.of(en, cy)) {
                    assertFalse(LONE_QUOTE.matcher(value).find(), what + " " + key + ": write '' for ' in a text with placeholders: " + value);
                    new MessageFormat(value);
                }
            }
        }
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(value);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String themeBundle(String id) {
        return "/coproduce/themes/" + id + "/messages";
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static List<Path> xhtml(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".xhtml") && !p.toString().contains("/target/")).toList();
        }
    }
}
