package org.coproduce.portal.auth;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.coproduce.portal.web.security.CsrfTokens;

/**
 * Signs a browser session in and out. Signing in changes the session id (no session fixation) and the form
 * token; signing out ends the session.
 */
public final class SessionSignIn {

    static final String ACCOUNT_ATTRIBUTE = "coproduce.accountId";

    private SessionSignIn() {
    }

    public static void signIn(HttpServletRequest request, long accountId) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            session = request.getSession(true);
        } else {
            request.changeSessionId();
        }
        session.setAttribute(ACCOUNT_ATTRIBUTE, accountId);
        CsrfTokens.renew(session);
    }

    public static void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // the session is gone either way; the container had no login to forget
        }
    }

    /** The account id of a signed-in session. */
    static Optional<Long> accountId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((Long) session.getAttribute(ACCOUNT_ATTRIBUTE));
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ACCOUNT_ATTRIBUTE);
        }
    }
}
