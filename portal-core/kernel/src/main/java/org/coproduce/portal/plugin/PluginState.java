package org.coproduce.portal.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.coproduce.portal.web.cache.ContentChangeListener;

/** A plugin's enable switch, as an administrator last set it. Plugins without a row are enabled. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "plugin_state")
public class PluginState {

    @Id
    @Column(name = "plugin_id", length = 40)
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by")
    private Long changedBy;

    protected PluginState() {
    }

    PluginState(String pluginId) {
        this.pluginId = pluginId;
        this.enabled = true;
        this.changedAt = Instant.now();
    }

    String pluginId() {
        return pluginId;
    }

    boolean enabled() {
        return enabled;
    }

    void set(boolean value, Long byAccount) {
        this.enabled = value;
        this.changedAt = Instant.now();
        this.changedBy = byAccount;
    }
}
