/**
 * The welcome plugin: a welcome panel on the home page, a welcome page with its navigation entry, an API to
 * read and (for administrators) edit the message, and a count of members who joined while it ran. It uses
 * nothing but the plugin API and Jakarta EE.
 */
package org.coproduce.plugins.welcome;
