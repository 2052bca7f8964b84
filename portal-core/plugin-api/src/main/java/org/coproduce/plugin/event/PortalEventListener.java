package org.coproduce.plugin.event;

/**
 * Extension point: hears events of one type. Implemented by a CDI bean in the plugin.
 *
 * @param <E> the event type
 * @since 1.0
 */
public interface PortalEventListener<E extends PortalEvent> {

    /** The type of event this listener hears (subtypes included). */
    Class<E> eventType();

    /**
     * Handles the event inside the transaction that raised it. An exception rolls that transaction back,
     * so throw only when the change must not happen.
     */
    void on(E event);
}
