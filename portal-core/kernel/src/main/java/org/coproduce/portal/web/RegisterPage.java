package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountRegistration;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.account.RegistrationRequest;
import org.coproduce.plugin.Problem;

/** The registration form. */
@Named
@RequestScoped
public class RegisterPage {

    @Inject
    AccountRegistration registration;

    @Inject
    org.coproduce.portal.terms.Terms terms;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private boolean acceptTerms;
    private Integer termsVersion;

    private String displayName;
    private String email;
    private String password;
    private String networkRole;
    private String registeredEmail;

    public String register() {
        try {
            Account account = registration.register(new RegistrationRequest(displayName, email, password, networkRole,
                    acceptTerms, getTermsVersion()), request.getRemoteAddr());
            registeredEmail = account.email();
        } catch (Problem problem) {
            FacesPages.show(problem, "register");
        }
        return null;
    }

    public List<NetworkRole> getNetworkRoles() {
        return Arrays.asList(NetworkRole.values());
    }

    public boolean isDone() {
        return registeredEmail != null;
    }

    public String getRegisteredEmail() {
        return registeredEmail;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public String getNetworkRole() {
        return networkRole;
    }

    public void setNetworkRole(String networkRole) {
        this.networkRole = networkRole;
    }

    public boolean isAcceptTerms() {
        return acceptTerms;
    }

    public void setAcceptTerms(boolean acceptTerms) {
        this.acceptTerms = acceptTerms;
    }

    /** The version of the terms the form showed (kept in the form), or the one in force when the form is new. */
    public Integer getTermsVersion() {
        if (termsVersion == null) {
            termsVersion = terms.currentVersion();
        }
        return termsVersion;
    }

    public void setTermsVersion(Integer termsVersion) {
        this.termsVersion = termsVersion;
    }
}
