/**
 * Demo mode as plugins see it: whether to add their demo content.
 *
 * @since 1.1
 */
package org.coproduce.plugin.demo;
