package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.plugin.PluginRegistry;
import org.coproduce.portal.plugin.PluginStatus;

/** Administrators switch plugins on and off. */
@Named
@RequestScoped
public class AdminPluginsPage {

    @Inject
    PluginRegistry registry;

    @Inject
    CurrentViewer viewer;

    public List<PluginStatus> getPlugins() {
        return registry.statuses();
    }

    public String toggle(String id, boolean enable) {
        if (viewer.get().has(PortalRole.ADMIN)) {
            PluginStatus status = registry.setEnabled(id, enable, viewer.get());
            FacesPages.flashInfo(FacesPages.text(enable ? "plugins.nowOn" : "plugins.nowOff", status.name()));
        }
        FacesPages.redirect("/admin/plugins");
        return null;
    }
}
