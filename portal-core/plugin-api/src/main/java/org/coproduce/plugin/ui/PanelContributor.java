package org.coproduce.plugin.ui;

import java.util.List;
import org.coproduce.plugin.Viewer;

/**
 * Extension point: puts panels into slots of core pages.
 *
 * @since 1.0
 */
public interface PanelContributor {

    /**
     * The panels for {@code slot} as seen by {@code viewer}; an empty list when the plugin has nothing there.
     * Called while rendering a page: keep it quick.
     */
    List<Panel> panels(Slot slot, Viewer viewer);
}
