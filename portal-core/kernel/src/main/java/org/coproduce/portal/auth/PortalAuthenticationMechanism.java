package org.coproduce.portal.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.Set;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.account.Account;
import org.coproduce.portal.account.Accounts;

/**
 * Recognises the caller on every request: an API bearer token ({@code Authorization: Bearer ...}) or a
 * signed-in browser session. Anyone else continues as an anonymous visitor; pages and resources decide what
 * visitors may see. An unknown or expired bearer token leaves the caller anonymous and is marked on the request,
 * so that a 401 can say why.
 *
 * <p>A session signs in only pages and safe (reading) API requests: API requests that change something need a
 * bearer token, so a page on another site cannot make a member's browser change things through the API.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute set when a bearer token was sent but is unknown or expired (the caller stays anonymous). */
    public static final String INVALID_TOKEN = "coproduce.invalidToken";

    @Inject
    ApiTokens apiTokens;

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<Account> account = apiTokens.resolve(header.substring(7).strip()).flatMap(accounts::find);
            if (account.isEmpty()) {
                request.setAttribute(INVALID_TOKEN, Boolean.TRUE);
                return context.doNothing();
            }
            return context.notifyContainerAboutLogin(principal(account.get()), groups(account.get()));
        }
        if (sessionMaySignIn(request)) {
            Optional<Long> id = SessionSignIn.accountId(request);
            if (id.isPresent()) {
                Optional<Account> account = accounts.find(id.get());
                if (account.isPresent()) {
                    return context.notifyContainerAboutLogin(principal(account.get()), groups(account.get()));
                }
                SessionSignIn.forget(request);
            }
        }
        return context.doNothing();
    }

    private static boolean sessionMaySignIn(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.startsWith("/api/");
        String method = request.getMethod();
        return !api || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static CallerPrincipal principal(Account account) {
        return new CallerPrincipal(String.valueOf(account.id()));
    }

    private static Set<String> groups(Account account) {
        PortalRole role = account.portalRole();
        return switch (role) {
            case ADMIN -> Set.of("member", "moderator", "admin");
            case MODERATOR -> Set.of("member", "moderator");
            case MEMBER -> Set.of("member");
        };
    }
}
