package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.SignInCheck;
import org.coproduce.portal.auth.SessionSignIn;
import org.coproduce.plugin.Problem;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SignInCheck signIn;

    @Inject
    org.coproduce.portal.terms.Terms terms;

    private String email;
    private String password;
    private String returnTo;

    public String signIn() {
        try {
            Account account = signIn.check(email, password, FacesPages.request().getRemoteAddr());
            SessionSignIn.signIn(FacesPages.request(), account.id());
            FacesPages.flashInfo(FacesPages.text("login.welcome", account.displayName()));
            boolean askTerms = org.coproduce.portal.terms.Terms.mustAccept(account, terms.currentVersion());
            // A member who has not accepted the terms in force is asked at once, on the page that shows what changed.
            FacesPages.redirect(askTerms ? "/terms/accept" : FacesPages.safeReturnPath(returnTo));
        } catch (Problem problem) {
            password = null;
            FacesPages.show(problem, "login");
        }
        return null;
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

    public String getReturnTo() {
        return returnTo;
    }

    public void setReturnTo(String returnTo) {
        this.returnTo = returnTo;
    }
}
