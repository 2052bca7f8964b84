package org.coproduce.portal.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The installed themes, read from every jar's {@code META-INF/coproduce-theme.properties}. A theme's chain is the
 * theme, its parent, the parent's parent...: the contracts Faces searches, in that order, for templates and
 * stylesheets, and the message bundles searched for interface text.
 */
@ApplicationScoped
public class ThemeCatalogue {

    public static final String DESCRIPTOR = "META-INF/coproduce-theme.properties";
    public static final String FALLBACK = "default";

    private volatile Map<String, Theme> themes;

    public List<Theme> all() {
        List<Theme> list = new ArrayList<>(themes().values());
        list.sort(Comparator.comparing((Theme t) -> !FALLBACK.equals(t.id())).thenComparing(Theme::id));
        return list;
    }

    public Optional<Theme> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(themes().get(id));
    }

    public boolean exists(String id) {
        return find(id).isPresent();
    }

    /** The theme, then its ancestors; an unknown id gives the fallback theme's chain. */
    public List<String> chain(String id) {
        List<String> chain = new ArrayList<>();
        Theme theme = find(id).orElseGet(() -> themes().get(FALLBACK));
        while (theme != null && !chain.contains(theme.id())) {
            chain.add(theme.id());
            theme = find(theme.parent()).orElse(null);
        }
        if (chain.isEmpty()) {
            chain.add(FALLBACK);
        }
        return Collections.unmodifiableList(chain);
    }

    /** Whether the theme's contract holds the resource (cached: themes are jars and do not change while running). */
    public boolean hasResource(String themeId, String name) {
        return resources.computeIfAbsent(themeId + "/" + name, key -> Thread.currentThread().getContextClassLoader()
                .getResource("META-INF/contracts/" + key) != null);
    }

    private final Map<String, Boolean> resources = new java.util.concurrent.ConcurrentHashMap<>();

    private Map<String, Theme> themes() {
        if (themes == null) {
            themes = read(Thread.currentThread().getContextClassLoader());
        }
        return themes;
    }

    /** Reads every descriptor the class loader can see. */
    public static Map<String, Theme> read(ClassLoader loader) {
        Map<String, Theme> found = new LinkedHashMap<>();
        try {
            for (URL url : Collections.list(loader.getResources(DESCRIPTOR))) {
                Properties properties = new Properties();
                try (InputStream in = url.openStream()) {
                    properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
                String id = properties.getProperty("id", "").strip();
                if (!id.isEmpty()) {
                    String parent = properties.getProperty("parent", "").strip();
                    found.put(id, new Theme(id, properties.getProperty("name", id).strip(),
                            parent.isEmpty() ? null : parent, properties.getProperty("description", "").strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(found);
    }
}
