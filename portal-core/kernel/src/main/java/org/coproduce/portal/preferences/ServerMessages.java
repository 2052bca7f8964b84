package org.coproduce.portal.preferences;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;

/**
 * Translations of the messages the services write in English (validation and other problems shown on the pages),
 * keyed by the English sentence, like a gettext catalogue: {@code server-messages.cy.txt} holds pairs of lines
 * {@code en: ...} and {@code cy: ...}. A message without a translation is shown as written.
 */
public final class ServerMessages {

    static final String WELSH_CATALOGUE = "/org/coproduce/portal/preferences/server-messages.cy.txt";

    private static final Map<String, String> WELSH = read(ServerMessages.class.getResourceAsStream(WELSH_CATALOGUE));

    /** A number as the services write it into a message: 20000, 20,000 or 2.5. */
    private static final String NUMBER = "(\\d[\\d,.]*)";
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{(\\d)\\}");

    /** Catalogue entries with numbers in them ({0}, {1}...), as patterns over the English message. */
    private static final List<NumberedMessage> NUMBERED = numbered(WELSH);

    /** An English message with numbers and its Welsh: the numbers are carried over in their places. */
    record NumberedMessage(java.util.regex.Pattern english, List<Integer> order, String welsh) {

        java.util.Optional<String> translate(String message) {
            java.util.regex.Matcher m = english.matcher(message);
            if (!m.matches()) {
                return java.util.Optional.empty();
            }
            String result = welsh;
            for (int group = 0; group < order.size(); group++) {
                result = result.replace("{" + order.get(group) + "}", m.group(group + 1));
            }
            return java.util.Optional.of(result);
        }
    }

    private ServerMessages() {
    }

    public static String translate(String english, Locale locale) {
        if (english == null || locale == null || !"cy".equals(locale.getLanguage())) {
            return english;
        }
        String exact = WELSH.get(english);
        if (exact != null) {
            return exact;
        }
        for (NumberedMessage message : NUMBERED) {
            java.util.Optional<String> welsh = message.translate(english);
            if (welsh.isPresent()) {
                return welsh.get();
            }
        }
        return english;
    }

    static List<NumberedMessage> numbered(Map<String, String> catalogue) {
        List<NumberedMessage> found = new java.util.ArrayList<>();
        catalogue.forEach((english, welsh) -> {
            java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(english);
            StringBuilder regex = new StringBuilder();
            List<Integer> order = new java.util.ArrayList<>();
            int at = 0;
            while (placeholder.find()) {
                regex.append(java.util.regex.Pattern.quote(english.substring(at, placeholder.start()))).append(NUMBER);
                order.add(Integer.parseInt(placeholder.group(1)));
                at = placeholder.end();
            }
            if (!order.isEmpty()) {
                regex.append(java.util.regex.Pattern.quote(english.substring(at)));
                found.add(new NumberedMessage(java.util.regex.Pattern.compile(regex.toString()), List.copyOf(order), welsh));
            }
        });
        return List.copyOf(found);
    }

    public static Map<String, String> welsh() {
        return WELSH;
    }

    /** Reads the pairs; a line "en: " must be followed by a line "cy: " (blank lines and # comments between). */
    static Map<String, String> read(InputStream in) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (in == null) {
            return pairs;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String english = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("en: ") && english == null) {
                    english = line.substring(4).strip();
                } else if (line.startsWith("cy: ") && english != null) {
                    pairs.put(english, line.substring(4).strip());
                    english = null;
                } else {
                    throw new IllegalStateException("server-messages line " + number + " is out of order: " + line);
                }
            }
            if (english != null) {
                throw new IllegalStateException("server-messages ends without the Welsh for: " + english);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pairs;
    }
}
