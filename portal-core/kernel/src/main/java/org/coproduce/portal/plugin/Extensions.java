package org.coproduce.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.enterprise.inject.Instance;
import java.util.List;

/** Looks up extension beans, dropping those of inactive plugins: the one idiom every extension point uses. */
@ApplicationScoped
public class Extensions {

    @Inject
    PluginRegistry registry;

    /** The active implementations among {@code candidates} (inject them with {@code @Any}). */
    public <T> List<T> active(Instance<T> candidates) {
        return candidates.handlesStream()
                .filter(h -> registry.isActiveOwner(h.getBean().getBeanClass()))
                .map(Instance.Handle::get)
                .toList();
    }
}
