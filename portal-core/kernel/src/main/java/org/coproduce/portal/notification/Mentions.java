package org.coproduce.portal.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "@Display Name" or "@DisplayName" (the name without its spaces, as a handle) in a post. Each mention gives the
 * names it could be, longest first (a display name has up to four words); the longest that is a member's wins.
 * Addresses (name@example.org), code and quoted lines are not mentions.
 */
public final class Mentions {

    static final int MAX_MENTIONS = 20;
    private static final int MAX_WORDS = 4;
    private static final Pattern AT = Pattern.compile("(?<![\\p{L}\\p{N}_.@`])@([\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019._-]*"
            + "(?:[ \\t]+[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019._-]*){0," + (MAX_WORDS - 1) + "})");

    private Mentions() {
    }

    /** For each mention in the text, the lower-case names it could be, longest first. */
    public static List<List<String>> candidates(String markdown) {
        List<List<String>> mentions = new ArrayList<>();
        if (markdown == null) {
            return mentions;
        }
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced || trimmed.startsWith(">") || line.startsWith("    ")) {
                continue;
            }
            Matcher matcher = AT.matcher(line.replaceAll("`[^`]*`", " "));
            while (matcher.find() && mentions.size() < MAX_MENTIONS) {
                String[] words = matcher.group(1).split("[ \\t]+");
                List<String> names = new ArrayList<>();
                for (int n = words.length; n >= 1; n--) {
                    String name = String.join(" ", List.of(words).subList(0, n)).toLowerCase(Locale.ROOT);
                    String trimmedName = name.replaceAll("[.'\u2019_-]+$", "");
                    if (!trimmedName.isEmpty() && !names.contains(trimmedName)) {
                        names.add(trimmedName);
                    }
                    if (!name.equals(trimmedName) && !names.contains(name)) {
                        names.add(names.size() - 1, name);
                    }
                }
                mentions.add(names);
            }
        }
        return mentions;
    }

    /** Every name any mention could be (for one lookup). */
    public static Set<String> allNames(List<List<String>> mentions) {
        Set<String> all = new LinkedHashSet<>();
        mentions.forEach(all::addAll);
        return all;
    }

    /** The names mentioned: for each mention the longest of its names that is {@code known}. */
    public static Set<String> chosen(List<List<String>> mentions, Set<String> known) {
        Set<String> chosen = new LinkedHashSet<>();
        for (List<String> names : mentions) {
            names.stream().filter(known::contains).findFirst().ifPresent(chosen::add);
        }
        return chosen;
    }

    /** A display name as mentions compare it: lower case, and as a handle also without spaces. */
    public static String normal(String displayName) {
        return displayName.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public static String handle(String displayName) {
        return displayName.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
