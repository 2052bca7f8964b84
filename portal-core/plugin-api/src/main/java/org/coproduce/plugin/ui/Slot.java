package org.coproduce.plugin.ui;

/**
 * The named places in core pages where plugins may put panels.
 *
 * @since 1.0
 */
public enum Slot {
    /** The top of the home page, under the page heading. */
    HOME_TOP,
    /** The side of the home page. */
    HOME_SIDE
}
