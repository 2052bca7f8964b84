package org.coproduce.plugin.ui;

import java.util.Objects;

/**
 * One link in the portal's main navigation.
 *
 * @param id       unique among all entries, conventionally {@code <pluginId>.<name>}
 * @param label    the link text, plain language
 * @param path     a path inside the portal starting with {@code /}, for example {@code /plugins/welcome/}
 * @param order    where it goes: lower first (the core's entries use multiples of 100)
 * @param audience who sees it
 * @since 1.0
 */
public record NavigationEntry(String id, String label, String path, int order, Audience audience) {

    public NavigationEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(audience, "audience");
        if (path == null || !path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("A navigation path starts with a single /: " + path);
        }
    }
}
