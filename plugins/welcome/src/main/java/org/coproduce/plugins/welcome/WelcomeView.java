package org.coproduce.plugins.welcome;

import java.time.Instant;

/**
 * The welcome message in the API.
 *
 * @param heading       the heading
 * @param body          the text
 * @param membersJoined how many members joined while the plugin was on
 * @param updatedAt     when the message last changed
 */
public record WelcomeView(String heading, String body, long membersJoined, Instant updatedAt) {

    static WelcomeView of(WelcomeMessage message) {
        return new WelcomeView(message.heading(), message.body(), message.membersJoined(), message.updatedAt());
    }
}
