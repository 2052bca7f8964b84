package org.coproduce.plugins.welcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.coproduce.plugin.search.SearchDocument;
import org.coproduce.plugin.search.SearchSource;
import org.coproduce.plugin.ui.Audience;

/** The welcome message in the portal's search: everyone may find it; it leads to the plugin's page. */
@ApplicationScoped
public class WelcomeSearchSource implements SearchSource {

    /** The plugin's search type. */
    public static final String TYPE = "welcome-message";

    @Inject
    WelcomeMessages messages;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<SearchDocument> document(String id) {
        if (!String.valueOf(WelcomeMessage.THE_ONE).equals(id)) {
            return Optional.empty();
        }
        WelcomeMessage message = messages.current();
        if (message == null) {
            return Optional.empty();
        }
        return Optional.of(new SearchDocument(id, message.heading(), message.body(), "/plugins/welcome/",
                Audience.EVERYONE, message.updatedAt(), List.of("welcome")));
    }

    @Override
    public List<String> ids() {
        return List.of(String.valueOf(WelcomeMessage.THE_ONE));
    }
}
