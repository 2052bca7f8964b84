package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.portal.account.PasswordReset;
import org.coproduce.plugin.Problem;

/** Asks for a reset link (no token) or sets a new password (with the token from the link). */
@Named
@RequestScoped
public class ResetPasswordPage {

    @Inject
    PasswordReset reset;

    private String token;
    private String email;
    private String password;
    private boolean requested;

    public String requestLink() {
        try {
            reset.request(email);
            requested = true;
        } catch (Problem problem) {
            FacesPages.show(problem, "request");
        }
        return null;
    }

    public String choosePassword() {
        try {
            reset.complete(token, password);
            FacesPages.flashInfo("Your password has been changed. Please sign in with your new password.");
            FacesPages.redirect("/login");
        } catch (Problem problem) {
            FacesPages.show(problem, "choose");
        }
        return null;
    }

    public boolean isRequested() {
        return requested;
    }

    public boolean isHasToken() {
        return token != null && !token.isBlank();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
