package org.coproduce.plugin.ui;

import java.util.List;
import java.util.Objects;

/**
 * A small box of text in a {@link Slot}, rendered by the theme. All text is shown as text, never as HTML.
 *
 * @param id         unique among panels, conventionally {@code <pluginId>.<name>}
 * @param heading    the panel's heading
 * @param paragraphs its paragraphs of plain text
 * @param linkLabel  the label of an optional link, or null
 * @param linkPath   the path of that link inside the portal, or null
 * @param order      lower first within a slot
 * @since 1.0
 */
public record Panel(String id, String heading, List<String> paragraphs, String linkLabel, String linkPath,
                    int order) {

    public Panel {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        paragraphs = List.copyOf(paragraphs);
        if ((linkLabel == null) != (linkPath == null)) {
            throw new IllegalArgumentException("A panel link needs both a label and a path");
        }
        if (linkPath != null && (!linkPath.startsWith("/") || linkPath.startsWith("//"))) {
            throw new IllegalArgumentException("A panel link path starts with a single /: " + linkPath);
        }
    }
}
