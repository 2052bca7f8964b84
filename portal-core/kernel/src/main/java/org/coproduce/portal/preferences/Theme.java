package org.coproduce.portal.preferences;

/** A theme as its descriptor (META-INF/coproduce-theme.properties) describes it; {@code parent} is null for a root. */
public record Theme(String id, String name, String parent, String description) {
}
