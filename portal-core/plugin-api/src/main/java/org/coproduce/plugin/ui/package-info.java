/**
 * User-interface extension points: navigation entries and panels in named slots. Plugins return data
 * (records); the core's theme renders it, escaping every text, so a plugin never writes raw HTML into a
 * core page. A plugin's own pages are Faces views under {@code META-INF/resources/plugins/<id>/} in its jar.
 *
 * @since 1.0
 */
package org.coproduce.plugin.ui;
