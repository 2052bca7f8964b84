package org.coproduce.plugin.ui;

import java.util.List;

/**
 * Extension point: adds entries to the main navigation. Implemented by a CDI bean in the plugin.
 *
 * @since 1.0
 */
public interface NavigationContributor {

    /** The entries; the core filters them by audience and drops them while the plugin is disabled. */
    List<NavigationEntry> navigationEntries();
}
