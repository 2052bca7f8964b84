package org.coproduce.portal.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.Accounts;

/** The viewer of the current request, looked up once per request from the caller principal. */
@RequestScoped
public class RequestViewer implements CurrentViewer {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private Viewer viewer;
    private Account account;

    @Override
    public Viewer get() {
        if (viewer == null) {
            account = lookUp().orElse(null);
            viewer = account == null ? Viewer.ANONYMOUS
                    : new Viewer(Optional.of(account.id()), account.displayName(),
                            Optional.of(account.portalRole()), account.verified());
        }
        return viewer;
    }

    /** The signed-in member's account, if any. */
    public Optional<Account> account() {
        get();
        return Optional.ofNullable(account);
    }

    private Optional<Account> lookUp() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return accounts.find(Long.parseLong(principal.getName()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
