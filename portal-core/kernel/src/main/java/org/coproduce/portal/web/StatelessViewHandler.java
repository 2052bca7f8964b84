package org.coproduce.portal.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Makes every view stateless (transient): no component state is kept between requests, so a visitor who only
 * reads never gets a session, and postbacks rebuild the view from its page. Page beans are request-scoped and
 * forms carry their own token ({@code <cp:csrf/>}), so nothing depends on saved view state.
 */
public class StatelessViewHandler extends ViewHandlerWrapper {

    public StatelessViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null) {
            root.setTransient(true);
        }
        return root;
    }
}
