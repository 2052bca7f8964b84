/**
 * The plugin host: discovers {@link org.coproduce.plugin.PortalPlugin} beans, keeps each plugin's enable
 * switch, drives the lifecycle, and silences a disabled plugin's pages, REST resources, navigation entries,
 * panels and event listeners in one place ({@link org.coproduce.portal.plugin.PluginRegistry#isActiveOwner}).
 */
package org.coproduce.portal.plugin;
