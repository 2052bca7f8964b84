package org.coproduce.portal.web.cache;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.coproduce.portal.common.WeighedLru;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered parts of pages ({@link CachedFragment}), kept by a key that names everything the part shows (including
 * the content generation its data was read at), for at most {@code coproduce.page-cache.seconds}.
 */
@ApplicationScoped
public class FragmentCache {

    private record Fragment(String html, long renderedAtNanos) {
    }

    @Inject
    @ConfigProperty(name = "coproduce.page-cache.seconds", defaultValue = "30")
    long seconds;

    @Inject
    @ConfigProperty(name = "coproduce.page-cache.megabytes", defaultValue = "32")
    long megabytes;

    private WeighedLru<String, Fragment> fragments;

    @PostConstruct
    void create() {
        fragments = new WeighedLru<>(Math.max(1, megabytes) * 1024 * 1024, f -> 2L * f.html().length() + 64);
    }

    /** The kept part, or null. */
    public String find(String key) {
        if (seconds <= 0) {
            return null;
        }
        Fragment fragment = fragments.get(key);
        if (fragment == null || System.nanoTime() - fragment.renderedAtNanos() > seconds * 1_000_000_000L) {
            return null;
        }
        return fragment.html();
    }

    public void keep(String key, String html) {
        if (seconds > 0) {
            fragments.put(key, new Fragment(html, System.nanoTime()));
        }
    }
}
