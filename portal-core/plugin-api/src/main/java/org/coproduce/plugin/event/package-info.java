/**
 * Typed events the core raises and plugins listen to. Listeners run synchronously inside the transaction of
 * the change that raised the event, so what a listener writes commits or rolls back with it; a listener of a
 * disabled plugin is not called.
 *
 * @since 1.0
 */
package org.coproduce.plugin.event;
