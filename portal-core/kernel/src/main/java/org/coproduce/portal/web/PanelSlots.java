package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.ui.Panel;
import org.coproduce.plugin.ui.PanelContributor;
import org.coproduce.plugin.ui.Slot;
import org.coproduce.portal.plugin.Extensions;

/** The panels active plugins put into a page's slots, e.g. {@code #{panels.of('HOME_TOP')}}. */
@Named("panels")
@RequestScoped
public class PanelSlots {

    @Inject
    @Any
    Instance<PanelContributor> contributors;

    @Inject
    Extensions extensions;

    @Inject
    CurrentViewer viewer;

    public List<Panel> of(String slotName) {
        Slot slot = Slot.valueOf(slotName);
        return extensions.active(contributors).stream()
                .flatMap(c -> c.panels(slot, viewer.get()).stream())
                .sorted(Comparator.comparingInt(Panel::order).thenComparing(Panel::id))
                .toList();
    }
}
