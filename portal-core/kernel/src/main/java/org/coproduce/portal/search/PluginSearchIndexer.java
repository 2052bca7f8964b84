package org.coproduce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.coproduce.plugin.search.SearchIndexer;

/** The core's {@link SearchIndexer}: a plugin's change becomes an index task in the plugin's transaction. */
@ApplicationScoped
public class PluginSearchIndexer implements SearchIndexer {

    @Inject
    SearchOutbox outbox;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(String type, String id) {
        if (!SearchSources.validPluginType(type)) {
            throw new IllegalArgumentException("A plugin's search type is lower-case letters, digits and hyphens "
                    + "(2 to 40) and not one of the core's: " + type);
        }
        outbox.changed(type, id);
    }
}
