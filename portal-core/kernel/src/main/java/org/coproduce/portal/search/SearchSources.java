package org.coproduce.portal.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.coproduce.plugin.search.SearchDocument;
import org.coproduce.plugin.search.SearchSource;
import org.coproduce.portal.plugin.Extensions;
import org.coproduce.portal.plugin.PluginRegistry;

/** Every kind of document the index holds: the core's and those of enabled plugins' {@link SearchSource}s. */
@ApplicationScoped
public class SearchSources {

    private static final Logger LOG = Logger.getLogger(SearchSources.class.getName());
    static final Pattern PLUGIN_TYPE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    @Inject
    CoreDocuments core;

    /** Plugins' sources (none where nothing injects them: the persistence tests). */
    @Inject
    @Any
    Instance<SearchSource> plugins;

    @Inject
    Extensions extensions;

    @Inject
    PluginRegistry registry;

    /** Whether {@code type} may be used by a plugin. */
    static boolean validPluginType(String type) {
        return type != null && PLUGIN_TYPE.matcher(type).matches() && !CoreDocuments.TYPES.contains(type)
                && !SearchOutbox.CATEGORY.equals(type);
    }

    private Map<String, SearchSource> activePlugins() {
        Map<String, SearchSource> sources = new LinkedHashMap<>();
        if (plugins == null) {
            return sources;
        }
        for (SearchSource source : extensions.active(plugins)) {
            if (validPluginType(source.type())) {
                sources.putIfAbsent(source.type(), source);
            }
        }
        return sources;
    }

    /** Types of plugin sources whose plugin is disabled: their documents are left out of searches. */
    public List<String> inactiveTypes() {
        List<String> types = new ArrayList<>();
        if (plugins == null) {
            return types;
        }
        plugins.handlesStream().filter(h -> !registry.isActiveOwner(h.getBean().getBeanClass()))
                .forEach(h -> types.add(h.get().type()));
        return types;
    }

    /** Every document type, core first, for a rebuild. */
    public List<String> types() {
        List<String> types = new ArrayList<>(CoreDocuments.TYPES);
        types.addAll(activePlugins().keySet());
        return types;
    }

    public List<String> expand(String type, String id) {
        if (core.handles(type)) {
            return core.expand(type, id);
        }
        return List.of(IndexedDocument.key(type, id));
    }

    public long count(String type) {
        if (core.handles(type)) {
            return core.count(type);
        }
        SearchSource source = activePlugins().get(type);
        return source == null ? 0 : source.ids().size();
    }

    /** For a rebuild: every id of a type, in batches; {@code after} is the last id of the previous batch or null. */
    public List<String> batch(String type, String after, int size) {
        if (core.handles(type)) {
            return core.idsAfter(type, after == null ? 0 : Long.parseLong(after), size);
        }
        SearchSource source = activePlugins().get(type);
        if (source == null) {
            return List.of();
        }
        List<String> ids = source.ids();
        int from = after == null ? 0 : ids.indexOf(after) + 1;
        return from <= 0 && after != null ? List.of() : ids.subList(from, Math.min(ids.size(), from + size));
    }

    /** The indexable documents among {@code ids}; those missing are to be deleted. */
    public Map<String, IndexedDocument> load(String type, List<String> ids) {
        if (core.handles(type)) {
            return core.load(type, ids);
        }
        Map<String, IndexedDocument> docs = new LinkedHashMap<>();
        SearchSource source = activePlugins().get(type);
        if (source == null) {
            return docs;
        }
        for (String id : ids) {
            try {
                Optional<SearchDocument> doc = source.document(id);
                doc.ifPresent(d -> docs.put(id, fromPlugin(type, d)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The search source for " + type + " failed on " + id + "; it is left out", e);
            }
        }
        return docs;
    }

    static IndexedDocument fromPlugin(String type, SearchDocument d) {
        String audience = switch (d.audience()) {
            case MEMBERS -> Audiences.MEMBERS;
            case MODERATORS -> Audiences.MODERATORS;
            case ADMINISTRATORS -> Audiences.ADMINISTRATORS;
            case EVERYONE -> Audiences.PUBLIC;
            case VISITORS -> throw new IllegalArgumentException("Search documents are never for visitors only.");
        };
        return new IndexedDocument(type, d.id(), d.title(), "", d.body(), d.path(), audience, d.date(), d.tags(), null, null);
    }
}
