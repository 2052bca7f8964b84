package org.coproduce.portal.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coproduce.plugin.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewPracticeExampleTest {

    static NewPracticeExample valid() {
        return new NewPracticeExample("Peer-led reviews", "People lead their own reviews.", "## How\n\nTogether.",
                "se", "Malmö stad", "https://example.org/contact", " se-60 ", "co-production",
                List.of(" Reviews ", "peer support", "reviews", ""), List.of("Shorter meetings ", " "),
                List.of("https://example.org/report.pdf"));
    }

    private static NewPracticeExample with(String field, Object value) {
        NewPracticeExample v = valid();
        Map<String, Object> values = new java.util.HashMap<>(Map.of("title", v.title(), "summary", v.summary(),
                "body", v.body(), "country", v.country(), "organisation", v.organisation(), "contact", v.contact(),
                "referenceNumber", v.referenceNumber(), "partnershipLevel", v.partnershipLevel(), "tags", v.tags(),
                "outcomes", v.outcomes()));
        values.put("evidenceLinks", v.evidenceLinks());
        values.put(field, value);
        @SuppressWarnings("unchecked")
        NewPracticeExample changed = new NewPracticeExample((String) values.get("title"), (String) values.get("summary"),
                (String) values.get("body"), (String) values.get("country"), (String) values.get("organisation"),
                (String) values.get("contact"), (String) values.get("referenceNumber"),
                (String) values.get("partnershipLevel"), (List<String>) values.get("tags"),
                (List<String>) values.get("outcomes"), (List<String>) values.get("evidenceLinks"));
        return changed;
    }

    private static Map<String, String> problems(NewPracticeExample input) {
        Problem problem = assertThrows(Problem.class, input::checked);
        assertEquals(Problem.Kind.INVALID, problem.kind());
        return problem.fields().stream().collect(Collectors.toMap(Problem.FieldMessage::field, Problem.FieldMessage::message));
    }

    @Test
    void valuesAreStandardised() {
        NewPracticeExample.Checked checked = valid().checked();
        assertEquals("SE", checked.country());
        assertEquals("SE-60", checked.referenceNumber());
        assertEquals(PartnershipLevel.COPRODUCTION, checked.partnershipLevel());
        assertEquals(List.of("reviews", "peer support"), checked.tags(), "lower-case, each once, blanks dropped");
        assertEquals(List.of("Shorter meetings"), checked.outcomes());
        assertEquals("## How\n\nTogether.", checked.body(), "text as written");
        assertEquals("Malmö stad", checked.organisation());
    }

    @Test
    void everythingMissingIsNamedFieldByField() {
        Map<String, String> problems = problems(new NewPracticeExample(null, null, null, null, null, null, null, null,
                null, null, null));
        assertEquals(List.of("title", "summary", "body", "country", "organisation", "contact", "referenceNumber",
                "partnershipLevel"), problems.keySet().stream().sorted(java.util.Comparator.comparing(List.of("title",
                "summary", "body", "country", "organisation", "contact", "referenceNumber", "partnershipLevel")::indexOf)).toList());
        problems.values().forEach(message -> assertTrue(message.endsWith("."), message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "UK", "GBR", "G", "12", "Sweden", "ZZ"})
    void unknownCountriesAreRefused(String country) {
        assertTrue(problems(with("country", country)).get("country").contains("two-letter code"), country);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB", "gb", " nz ", "IE", "NL", "SE"})
    void isoCountriesAreAccepted(String country) {
        assertEquals(country.strip().toUpperCase(), with("country", country).checked().country());
    }

    @ParameterizedTest
    @ValueSource(strings = {"team@example.org", "https://example.org", "http://council.example.gov.uk/care?x=1#y",
            "HTTPS://EXAMPLE.ORG/Path"})
    void contactsAreEmailOrWebAddresses(String contact) {
        assertNull(NewPracticeExample.contactProblem(contact), contact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org", "example.org", "https://", "team@", "a@@b.org",
            "https://user:pw@example.org", "https://exa mple.org", "call 07700 900123", "data:text/html,hi",
            "https://localhost/"})
    void otherContactsAreRefused(String contact) {
        assertTrue(problems(with("contact", contact)).containsKey("contact"), contact);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SE-60", "se-60", "NZ-1", "ABCDE-123456", "GB-007"})
    void referenceNumbers(String reference) {
        assertEquals(reference.toUpperCase(), with("referenceNumber", reference).checked().referenceNumber());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SE60", "S-60", "SE-", "-60", "ABCDEF-1", "SE-1234567", "SE 60", "SÉ-60", "SE-6O"})
    void badReferenceNumbers(String reference) {
        assertTrue(problems(with("referenceNumber", reference)).get("referenceNumber").contains("such as SE-60"), reference);
    }

    @Test
    void partnershipLevelsInAnyReasonableSpelling() {
        for (String level : List.of("COORDINATION", "co-ordination", "Co-operation", "collaboration", "CO_PRODUCTION",
                "co production")) {
            assertTrue(PartnershipLevel.parse(level).isPresent(), level);
        }
        assertTrue(problems(with("partnershipLevel", "consultation")).containsKey("partnershipLevel"));
        assertFalse(PartnershipLevel.parse(null).isPresent());
        for (PartnershipLevel level : PartnershipLevel.values()) {
            assertTrue(level.meaning().length() > 40 && level.meaning().endsWith("."), level.name());
        }
    }

    @Test
    void listsHaveLimits() {
        List<String> elevenTags = Arrays.asList("a1,a2,a3,a4,a5,a6,a7,a8,a9,a10,a11".split(","));
        assertTrue(problems(with("tags", elevenTags)).containsKey("tags"));
        assertTrue(problems(with("tags", List.of("x".repeat(41)))).containsKey("tags"));
        assertTrue(problems(with("tags", List.of("<script>"))).containsKey("tags"));
        assertTrue(problems(with("outcomes", List.of("o".repeat(301)))).containsKey("outcomes"));
        assertTrue(problems(with("evidenceLinks", List.of("not a link"))).containsKey("evidenceLinks"));
        assertTrue(problems(with("evidenceLinks", List.of("javascript:alert(1)"))).containsKey("evidenceLinks"));
        assertEquals(List.of(), with("tags", null).checked().tags());
    }

    @Test
    void longAndOddText() {
        assertTrue(problems(with("title", "t".repeat(151))).containsKey("title"));
        assertTrue(problems(with("summary", "s".repeat(501))).containsKey("summary"));
        assertTrue(problems(with("body", "b".repeat(20_001))).containsKey("body"));
        assertTrue(problems(with("body", "bell\u0007")).containsKey("body"));
        assertEquals("Line\nbreaks\tand tabs", with("body", "Line\nbreaks\tand tabs").checked().body());
    }

    @Test
    void countryNames() {
        assertEquals("United Kingdom", Countries.name("GB"));
        assertEquals("Sweden", Countries.name("SE"));
        assertEquals("New Zealand", Countries.name("NZ"));
        assertEquals("XX", Countries.name("XX"));
        assertTrue(Countries.all().size() > 200);
        assertEquals("Afghanistan", Countries.all().get(0).name());
    }

    @Test
    void filtersAreReadLikeTheForm() {
        PracticeFilter filter = PracticeFilter.parse(" se ", "co-production", "  Peer   Support ");
        assertEquals(new PracticeFilter("SE", PartnershipLevel.COPRODUCTION, "peer support"), filter);
        assertTrue(PracticeFilter.parse("", null, " ").isEmpty());
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class, () -> PracticeFilter.parse("XX", null, null)).kind());
        assertEquals(Problem.Kind.INVALID, assertThrows(Problem.class, () -> PracticeFilter.parse(null, "best", null)).kind());
    }
}
