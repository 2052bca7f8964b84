package org.coproduce.portal.guidance;

/**
 * A reference a guidance document cites.
 *
 * @param text what is cited (author, title, year...)
 * @param url  where to read it, or null
 */
public record Reference(String text, String url) {
}
