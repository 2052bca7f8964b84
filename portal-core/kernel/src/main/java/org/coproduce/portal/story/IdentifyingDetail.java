package org.coproduce.portal.story;

/**
 * A piece of text that may identify someone, found by {@link IdentifyingDetails}.
 *
 * @param kind  what it looks like
 * @param text  the text found, exactly as written
 * @param start where it starts in the text checked (a character index, as Java and JavaScript count)
 * @param end   where it ends (exclusive)
 */
public record IdentifyingDetail(Kind kind, String text, int start, int end) {

    /** What a detail looks like; the order is the order of preference when two findings overlap. */
    public enum Kind {
        EMAIL("email", "Email address"),
        PHONE("phone", "Phone number"),
        POSTCODE("postcode", "Postcode"),
        ADDRESS("address", "Address"),
        DATE_OF_BIRTH("date-of-birth", "Date of birth"),
        DATE("date", "Date"),
        AGE("age", "Age"),
        NAME("name", "Name of a person");

        private final String code;
        private final String label;

        Kind(String code, String label) {
            this.code = code;
            this.label = label;
        }

        /** The value used in the JSON API, for example {@code date-of-birth}. */
        public String code() {
            return code;
        }

        /** A plain-language label for pages. */
        public String label() {
            return label;
        }
    }

    /** The words around the finding, to show it in place: up to {@code width} characters either side. */
    public Excerpt excerptIn(String source, int width) {
        int from = Math.max(0, start - width);
        int to = Math.min(source.length(), end + width);
        while (from > 0 && from < start && !Character.isWhitespace(source.charAt(from - 1))) {
            from++;
        }
        while (to < source.length() && to > end && !Character.isWhitespace(source.charAt(to))) {
            to--;
        }
        String before = (from > 0 ? "…" : "") + source.substring(from, start).replaceAll("\\s+", " ");
        String after = source.substring(end, to).replaceAll("\\s+", " ") + (to < source.length() ? "…" : "");
        return new Excerpt(kind, before, text, after);
    }

    /** A finding with the words around it. */
    public record Excerpt(Kind kind, String before, String match, String after) {
    }
}
