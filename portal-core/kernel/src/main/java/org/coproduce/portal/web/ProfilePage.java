package org.coproduce.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.AccountRegistration;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.account.Profiles;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.plugin.Problem;

/** The member's own profile: details, changing them, changing the password, a new verification link. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    RequestViewer viewer;

    @Inject
    Profiles profiles;

    @Inject
    AccountRegistration registration;

    private Account account;
    private String displayName;
    private String networkRole;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        account = viewer.account().orElse(null);
        if (account != null) {
            displayName = account.displayName();
            networkRole = account.networkRole().code();
        }
    }

    public String save() {
        try {
            account = profiles.update(account.id(), displayName, networkRole);
            FacesPages.flashInfo("Your profile has been saved.");
            FacesPages.redirect("/profile");
        } catch (Problem problem) {
            FacesPages.show(problem, "details");
        }
        return null;
    }

    public String changePassword() {
        try {
            profiles.changePassword(account.id(), currentPassword, newPassword);
            FacesPages.flashInfo("Your password has been changed.");
            FacesPages.redirect("/profile");
        } catch (Problem problem) {
            FacesPages.show(problem, "password");
        }
        return null;
    }

    public String resendVerification() {
        registration.resendVerification(account.id());
        FacesPages.flashInfo("We have sent a new confirmation link to " + account.email() + ".");
        FacesPages.redirect("/profile");
        return null;
    }

    public Account getAccount() {
        return account;
    }

    public List<NetworkRole> getNetworkRoles() {
        return Arrays.asList(NetworkRole.values());
    }

    public String getRoleLabel() {
        return account == null ? "" : switch (account.portalRole()) {
            case ADMIN -> "Administrator";
            case MODERATOR -> "Moderator";
            case MEMBER -> "Member";
        };
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getNetworkRole() {
        return networkRole;
    }

    public void setNetworkRole(String networkRole) {
        this.networkRole = networkRole;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
