package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;

/** What the templates need to know about the viewer: {@code #{viewer.signedIn}}, {@code #{viewer.name}}. */
@Named("viewer")
@RequestScoped
public class ViewerBean {

    @Inject
    CurrentViewer viewer;

    public boolean isSignedIn() {
        return viewer.get().signedIn();
    }

    public String getName() {
        return viewer.get().displayName();
    }

    public boolean isVerified() {
        return viewer.get().verified();
    }

    public boolean isAdmin() {
        return viewer.get().has(PortalRole.ADMIN);
    }
}
