/** The plugin API's demo mode ({@link org.coproduce.plugin.demo.DemoMode}) answered from the core's demo content rule. */
package org.coproduce.portal.demomode;
