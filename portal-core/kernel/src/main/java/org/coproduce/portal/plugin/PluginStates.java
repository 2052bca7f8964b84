package org.coproduce.portal.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads and writes plugins' enable switches. */
@ApplicationScoped
public class PluginStates {

    @PersistenceContext(unitName = "coproduce")
    EntityManager em;

    @Transactional
    public Map<String, Boolean> all() {
        return em.createQuery("SELECT s FROM PluginState s", PluginState.class).getResultStream()
                .collect(Collectors.toMap(PluginState::pluginId, PluginState::enabled));
    }

    @Transactional
    public void set(String pluginId, boolean enabled, Long byAccount) {
        PluginState state = em.find(PluginState.class, pluginId);
        if (state == null) {
            state = new PluginState(pluginId);
            em.persist(state);
        }
        state.set(enabled, byAccount);
    }
}
