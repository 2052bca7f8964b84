package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.coproduce.portal.auth.SessionSignIn;

/** Signs the browser session out (a POST form with the form token, never a plain link). */
@Named
@RequestScoped
public class SignOutAction {

    public String signOut() {
        SessionSignIn.signOut(FacesPages.request());
        FacesPages.redirect("/logout?done=true");
        return null;
    }
}
