package org.coproduce.portal.boot;

/** The named steps of start-up, in order. */
public enum BootMilestone {
    STARTING, CORE_MIGRATED, PLUGINS_DISCOVERED, PLUGINS_MIGRATED, DEMO_CONTENT_LOADED, PLUGINS_STARTED, READY, FAILED
}
