package org.coproduce.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.Texts;

/** A member's own profile: name, network role and password. */
@ApplicationScoped
public class Profiles {

    @Inject
    Accounts accounts;

    @Inject
    AccountSettings settings;

    @Inject
    org.coproduce.portal.preferences.ThemeCatalogue themes;

    @Transactional
    public Account update(long accountId, String displayName, String networkRole) {
        Texts check = new Texts();
        check.requireLine("displayName", displayName, "your name", 80);
        NetworkRole role = NetworkRole.parse(networkRole).orElse(null);
        if (role == null) {
            check.problem("networkRole", "Please choose how you take part.");
        }
        check.throwIfAny();
        Account account = existing(accountId);
        account.changeProfile(displayName, role);
        return account;
    }

    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = existing(accountId);
        if (currentPassword == null || !settings.hasher().matches(currentPassword, account.passwordHash())) {
            throw Problem.invalid(Map.of("currentPassword", "Your current password is not right."));
        }
        settings.policy().problemWith(newPassword, account.email(), account.displayName()).ifPresent(message -> {
            throw Problem.invalid(Map.of("newPassword", message));
        });
        account.changePasswordHash(settings.hasher().hash(newPassword));
    }

    /** The member's theme and language; empty or null for either means "follow the site and the browser". */
    @Transactional
    public Account updatePreferences(long accountId, String theme, String language) {
        String chosenTheme = theme == null || theme.isBlank() ? null : theme.strip();
        String chosenLanguage = language == null || language.isBlank() ? null : language.strip();
        Texts check = new Texts();
        if (chosenTheme != null && !themes.exists(chosenTheme)) {
            check.problem("theme", "Please choose one of the themes listed.");
        }
        if (chosenLanguage != null && org.coproduce.portal.preferences.Language.parse(chosenLanguage).isEmpty()) {
            check.problem("language", "Please choose English or Welsh.");
        }
        check.throwIfAny();
        Account account = existing(accountId);
        account.changePreferences(chosenTheme, chosenLanguage);
        return account;
    }

    private Account existing(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> Problem.notFound("This account no longer exists."));
    }
}
