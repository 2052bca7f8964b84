package org.coproduce.portal.guidance;

/**
 * One section of a guidance document.
 *
 * @param heading the section's heading (plain text)
 * @param body    the section's text in Markdown, stored as written
 */
public record Section(String heading, String body) {
}
