package org.coproduce.portal.web.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coproduce.portal.common.WeighedLru;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whole pages rendered for anonymous readers, kept until the content they show changes ({@link ContentChanges})
 * or for at most {@code coproduce.page-cache.seconds} (so counts such as views, and changes made on another node,
 * show within that time). Bounded by {@code coproduce.page-cache.megabytes}. Zero seconds switches it off.
 */
@ApplicationScoped
public class AnonymousPageCache {

    @Inject
    @ConfigProperty(name = "coproduce.page-cache.seconds", defaultValue = "30")
    long seconds;

    @Inject
    @ConfigProperty(name = "coproduce.page-cache.megabytes", defaultValue = "32")
    long megabytes;

    private WeighedLru<String, CachedPage> pages;

    @PostConstruct
    void create() {
        pages = new WeighedLru<>(Math.max(1, megabytes) * 1024 * 1024, CachedPage::weight);
    }

    public boolean enabled() {
        return seconds > 0;
    }

    /** The page kept under the key, if it is of the current generation and young enough. */
    public Optional<CachedPage> find(String key) {
        CachedPage page = pages.get(key);
        if (page == null || page.generation() != ContentChanges.generation()
                || System.nanoTime() - page.renderedAtNanos() > seconds * 1_000_000_000L) {
            return Optional.empty();
        }
        return Optional.of(page);
    }

    /** Keeps a page, unless the content changed while it was rendered. */
    public void keep(String key, CachedPage page) {
        if (page.generation() == ContentChanges.generation()) {
            pages.put(key, page);
        }
    }
}
