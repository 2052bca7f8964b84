package org.coproduce.portal.web.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.coproduce.portal.common.Tokens;

/** The per-session token every page form carries in a hidden {@code _csrf} field. */
public final class CsrfTokens {

    public static final String PARAMETER = "_csrf";
    private static final String ATTRIBUTE = "coproduce.csrf";

    private CsrfTokens() {
    }

    /** The session's token, made on first use. */
    public static String of(HttpSession session) {
        synchronized (session) {
            String token = (String) session.getAttribute(ATTRIBUTE);
            if (token == null) {
                token = Tokens.newToken();
                session.setAttribute(ATTRIBUTE, token);
            }
            return token;
        }
    }

    /** Replaces the session's token (after signing in). */
    public static void renew(HttpSession session) {
        session.setAttribute(ATTRIBUTE, Tokens.newToken());
    }

    /** Whether {@code given} is the session's token, compared in constant time. */
    public static boolean matches(HttpSession session, String given) {
        String expected = session == null ? null : (String) session.getAttribute(ATTRIBUTE);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
    }
}
