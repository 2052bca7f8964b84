/** The plugin API's {@link org.coproduce.plugin.demomode.DemoMode}, answered from the core's demo settings. */
package org.coproduce.portal.demomode;
