/**
 * Whether the portal runs in demo mode, for plugins that bring their own demo content.
 *
 * @since 1.1
 */
package org.coproduce.plugin.demomode;
