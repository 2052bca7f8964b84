package org.coproduce.portal.practice;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.coproduce.portal.common.Texts;

/**
 * What a person sends to add a practice example, and the checks on it. {@link #checked()} gives the values
 * to store (country, reference number and partnership level in their standard form, tags lower-case and each
 * once) or throws a 400 naming every field that is not right.
 */
public record NewPracticeExample(String title, String summary, String body, String country, String organisation,
                                 String contact, String referenceNumber, String partnershipLevel, List<String> tags,
                                 List<String> outcomes, List<String> evidenceLinks, List<Long> relatedGuidanceIds,
                                 List<Long> relatedThreadIds) {

    /** An example without links to guidance or discussions. */
    public NewPracticeExample(String title, String summary, String body, String country, String organisation,
                              String contact, String referenceNumber, String partnershipLevel, List<String> tags,
                              List<String> outcomes, List<String> evidenceLinks) {
        this(title, summary, body, country, organisation, contact, referenceNumber, partnershipLevel, tags, outcomes,
                evidenceLinks, List.of(), List.of());
    }

    public static final int TITLE_MAX = 150;
    public static final int SUMMARY_MAX = 500;
    public static final int BODY_MAX = 20_000;
    public static final int ORGANISATION_MAX = 150;
    public static final int CONTACT_MAX = 300;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 10;
    public static final int OUTCOME_MAX = 300;
    public static final int OUTCOMES_MAX = 10;
    public static final int LINK_MAX = 500;
    public static final int LINKS_MAX = 10;
    public static final int RELATED_MAX = 10;

    private static final Pattern REFERENCE = Pattern.compile("[A-Z]{2,5}-[0-9]{1,6}");
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} '’-]*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    /** The checked values, ready to store. */
    public record Checked(String title, String summary, String body, String country, String organisation,
                          String contact, String referenceNumber, PartnershipLevel partnershipLevel, List<String> tags,
                          List<String> outcomes, List<String> evidenceLinks, List<Long> relatedGuidanceIds,
                          List<Long> relatedThreadIds) {
    }

    public Checked checked() {
        Texts check = new Texts();
        check.requireLine("title", title, "a title", TITLE_MAX);
        requireText(check, "summary", summary, "a short summary", SUMMARY_MAX);
        requireText(check, "body", body, "the description", BODY_MAX);
        String countryCode = Countries.normalise(country).orElse(null);
        if (countryCode == null) {
            check.problem("country", country == null || country.isBlank() ? "Please choose a country."
                    : "Please choose a country: a two-letter code such as GB, SE or NZ.");
        }
        check.requireLine("organisation", organisation, "the organisation", ORGANISATION_MAX);
        String contactProblem = contactProblem(contact);
        if (contactProblem != null) {
            check.problem("contact", contactProblem);
        }
        String reference = referenceNumber == null ? null : referenceNumber.strip().toUpperCase(Locale.ROOT);
        if (reference == null || reference.isEmpty()) {
            check.problem("referenceNumber", "Please enter a reference number, such as SE-60.");
        } else if (!REFERENCE.matcher(reference).matches()) {
            check.problem("referenceNumber", "A reference number is 2 to 5 letters, a dash and up to 6 digits, such as SE-60.");
        }
        PartnershipLevel level = PartnershipLevel.parse(partnershipLevel).orElse(null);
        if (level == null) {
            check.problem("partnershipLevel", "Please choose the partnership level: co-ordination, co-operation, "
                    + "collaboration or co-production.");
        }
        List<String> cleanTags = tags(check, tags);
        List<String> cleanOutcomes = lines(check, "outcomes", outcomes, "an outcome", OUTCOME_MAX, OUTCOMES_MAX);
        List<String> cleanLinks = links(check, evidenceLinks);
        List<Long> guidance = ids(check, "relatedGuidanceIds", relatedGuidanceIds, "guidance documents");
        List<Long> threads = ids(check, "relatedThreadIds", relatedThreadIds, "discussion threads");
        check.throwIfAny();
        return new Checked(title, summary, body, countryCode, organisation, contact.strip(), reference, level,
                cleanTags, cleanOutcomes, cleanLinks, guidance, threads);
    }

    /** Why {@code contact} is not an email address or a web address, or null when it is one. */
    static String contactProblem(String contact) {
        if (contact == null || contact.isBlank()) {
            return "Please give a way to get in touch: an email address or a web address.";
        }
        String value = contact.strip();
        if (value.length() > CONTACT_MAX) {
            return "The contact can be at most " + CONTACT_MAX + " characters long.";
        }
        if (value.contains("@") && !value.contains("/")) {
            return Texts.looksLikeEmail(value) ? null : "This email address does not look right. Please check it.";
        }
        return webAddress(value) ? null
                : "Please give an email address or a web address starting with https:// or http://.";
    }

    /** Whether {@code value} is an absolute http or https address with a host. */
    static boolean webAddress(String value) {
        if (value == null || value.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    && uri.getHost().contains(".") && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Tags: lower-case, spaces tidied, each once, letters, digits, spaces and hyphens only. */
    static List<String> tags(Texts check, List<String> given) {
        Set<String> clean = new LinkedHashSet<>();
        if (given == null) {
            return List.of();
        }
        for (String tag : given) {
            String value = tag == null ? "" : tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (value.isEmpty()) {
                continue;
            }
            if (value.length() > TAG_MAX) {
                check.problem("tags", "A tag can be at most " + TAG_MAX + " characters long.");
            } else if (!TAG.matcher(value).matches()) {
                check.problem("tags", "Tags can hold letters, digits, spaces and hyphens only.");
            }
            clean.add(value);
        }
        if (clean.size() > TAGS_MAX) {
            check.problem("tags", "Please give at most " + TAGS_MAX + " tags.");
        }
        return List.copyOf(clean);
    }

    private static List<String> lines(Texts check, String field, List<String> given, String label, int max, int count) {
        List<String> clean = new ArrayList<>();
        if (given == null) {
            return clean;
        }
        for (String line : given) {
            if (line == null || line.isBlank()) {
                continue;
            }
            String value = line.strip();
            if (value.length() > max) {
                check.problem(field, "Each " + label.substring(label.indexOf(' ') + 1) + " can be at most " + max
                        + " characters long.");
            } else if (Texts.hasControlCharacters(value)) {
                check.problem(field, "Each " + label.substring(label.indexOf(' ') + 1)
                        + " is one line, without tabs or invisible characters.");
            }
            clean.add(value);
        }
        if (clean.size() > count) {
            check.problem(field, "Please give at most " + count + " " + field + ".");
        }
        return clean;
    }

    private static List<String> links(Texts check, List<String> given) {
        List<String> clean = new ArrayList<>();
        if (given == null) {
            return clean;
        }
        for (String link : given) {
            if (link == null || link.isBlank()) {
                continue;
            }
            String value = link.strip();
            if (value.length() > LINK_MAX) {
                check.problem("evidenceLinks", "Each evidence link can be at most " + LINK_MAX + " characters long.");
            } else if (!webAddress(value)) {
                check.problem("evidenceLinks", "Each evidence link is a web address starting with https:// or http://.");
            }
            clean.add(value);
        }
        if (clean.size() > LINKS_MAX) {
            check.problem("evidenceLinks", "Please give at most " + LINKS_MAX + " evidence links.");
        }
        return clean;
    }

    /** Ids of related items: each once, in the order given, positive, at most {@link #RELATED_MAX}. */
    static List<Long> ids(Texts check, String field, List<Long> given, String what) {
        Set<Long> clean = new LinkedHashSet<>();
        if (given == null) {
            return List.of();
        }
        for (Long id : given) {
            if (id == null || id <= 0) {
                check.problem(field, "Each of the related " + what + " is given by its number, such as 12.");
            } else {
                clean.add(id);
            }
        }
        if (clean.size() > RELATED_MAX) {
            check.problem(field, "Please link at most " + RELATED_MAX + " " + what + ".");
        }
        return List.copyOf(clean);
    }

    private static void requireText(Texts check, String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            check.problem(field, "Please write " + label + ".");
        } else if (value.length() > max) {
            check.problem(field, Character.toUpperCase(label.charAt(0)) + label.substring(1) + " can be at most "
                    + String.format("%,d", max) + " characters long; it has " + String.format("%,d", value.length()) + ".");
        } else if (CONTROL.matcher(value).find()) {
            check.problem(field, Character.toUpperCase(label.charAt(0)) + label.substring(1)
                    + " contains invisible control characters. Please remove them.");
        }
    }
}
