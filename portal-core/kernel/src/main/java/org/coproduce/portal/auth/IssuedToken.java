package org.coproduce.portal.auth;

import java.time.Instant;

/** A freshly issued API token: the token itself (shown once) and when it expires. */
public record IssuedToken(String token, Instant expiresAt) {
}
