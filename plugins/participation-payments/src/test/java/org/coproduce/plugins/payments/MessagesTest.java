package org.coproduce.plugins.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.coproduce.plugins.payments.money.ClaimStatus;
import org.coproduce.plugins.payments.money.ExpenseKind;
import org.coproduce.plugins.payments.money.FeeChoice;
import org.coproduce.plugins.payments.money.PaymentMethod;
import org.junit.jupiter.api.Test;

/** The interface text is complete in English and Welsh, and every key the pages use exists. */
class MessagesTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/org/coproduce/plugins/payments/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndWelshHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties en = load("messages.properties");
        Properties cy = load("messages_cy.properties");
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(cy.stringPropertyNames()));
        for (Properties p : new Properties[] {en, cy}) {
            p.stringPropertyNames().forEach(k -> assertFalse(p.getProperty(k).isBlank(), k));
        }
        assertFalse(en.getProperty("mine.title").equals(cy.getProperty("mine.title")), "Welsh is not a copy of English");
    }

    @Test
    void everyEnumShownOnThePagesHasText() throws IOException {
        Properties en = load("messages.properties");
        Stream.of(Arrays.stream(ClaimStatus.values()).map(v -> "status." + v),
                Arrays.stream(ExpenseKind.values()).map(v -> "item." + v),
                Arrays.stream(FeeChoice.values()).map(v -> "choice." + v),
                Arrays.stream(PaymentMethod.values()).map(v -> "method." + v),
                Arrays.stream(org.coproduce.plugins.payments.money.ClaimKind.values()).map(v -> "kind." + v),
                Arrays.stream(org.coproduce.plugins.payments.money.FeeBasis.values()).flatMap(v -> Stream.of("basis." + v, "basis." + v + ".many")),
                Stream.of("accepted", "withdrawn").map(v -> "agreement.done." + v),
                Stream.of("created", "offered").map(v -> "activity.done." + v),
                Stream.of("quarter", "kind").map(v -> "reports.by." + v),
                Stream.of("created", "item", "receipt", "submitted", "approved", "authorised", "paid", "rejected").map(v -> "claim.done." + v))
                .flatMap(s -> s).forEach(key -> assertTrue(en.containsKey(key), key));
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Properties en = load("messages.properties");
        Path pages = Path.of("src/main/resources/META-INF/resources/plugins/participation-payments");
        Pattern simple = Pattern.compile("pp\\['([A-Za-z.]+)'\\]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(pages)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher m = simple.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertFalse(used.isEmpty());
        used.forEach(key -> assertTrue(en.containsKey(key), "missing " + key));
    }
}
