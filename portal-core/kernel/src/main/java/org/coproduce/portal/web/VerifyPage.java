package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coproduce.portal.account.AccountRegistration;
import org.coproduce.plugin.Problem;

/** Opens the link from the verification mail: verifies the address and says what happened. */
@Named
@RequestScoped
public class VerifyPage {

    @Inject
    AccountRegistration registration;

    private String token;
    private boolean verified;
    private String problem;

    public void verify() {
        if (token == null || token.isBlank()) {
            problem = FacesPages.text("verify.needsLink");
            return;
        }
        try {
            registration.verify(token);
            verified = true;
        } catch (Problem p) {
            problem = FacesPages.translated(p.getMessage());
            FacesPages.faces().getExternalContext().setResponseStatus(p.kind().status());
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isVerified() {
        return verified;
    }

    public String getProblem() {
        return problem;
    }
}
