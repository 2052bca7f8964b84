package org.coproduce.portal.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens for one-click unsubscribe links: who and which kind of notification, with an HMAC-SHA256 so
 * nobody can make one for someone else. They do not expire: a link in an old mail keeps working.
 */
public final class UnsubscribeTokens {

    /** Who wants which kind of mail to stop. */
    public record Subject(long accountId, String kind) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;

    public UnsubscribeTokens(byte[] key) {
        this.key = key.clone();
    }

    public String sign(long accountId, String kind) {
        String payload = ENCODER.encodeToString((accountId + ":" + kind).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(mac(payload));
    }

    /** What a token names, if it is one this portal signed. */
    public Optional<Subject> read(String token) {
        if (token == null || token.length() > 300) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(mac(payload), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split(":", 2);
            return parts.length == 2 && NotificationKinds.validName(parts[1])
                    ? Optional.of(new Subject(Long.parseLong(parts[0]), parts[1])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
