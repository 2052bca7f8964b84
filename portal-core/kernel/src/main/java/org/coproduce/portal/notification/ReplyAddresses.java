package org.coproduce.portal.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Reply-by-email addresses: the portal's reply address with a signed token after a plus sign, such as
 * {@code replies+k3-1a-0f4c...@example.org}, naming the member the mail was sent to and the thread. The token is
 * lower case (mail systems may change the case of an address) and short enough for an address's local part (64
 * characters); an HMAC-SHA256 (80 bits of it) keeps anyone from making one for another member or thread.
 */
public final class ReplyAddresses {

    /** Who may reply where. */
    public record Target(long accountId, long threadId) {
    }

    private static final int MAC_BYTES = 10;
    private static final Pattern TOKEN = Pattern.compile("([0-9a-z]{1,13})-([0-9a-z]{1,13})-([0-9a-f]{" + MAC_BYTES * 2 + "})");

    private final byte[] key;
    private final String local;
    private final String domain;

    /**
     * @param key     the secret that signs the tokens
     * @param mailbox the portal's reply address, such as {@code replies@example.org}
     */
    public ReplyAddresses(byte[] key, String mailbox) {
        int at = mailbox == null ? -1 : mailbox.lastIndexOf('@');
        if (at <= 0 || at == mailbox.length() - 1 || mailbox.indexOf('+') >= 0) {
            throw new IllegalArgumentException("A reply address looks like replies@example.org (without a +): " + mailbox);
        }
        this.key = key.clone();
        this.local = mailbox.substring(0, at).strip().toLowerCase(Locale.ROOT);
        this.domain = mailbox.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    }

    /** The address replies to a mail about {@code threadId}, sent to {@code accountId}, go to. */
    public String address(long accountId, long threadId) {
        String payload = Long.toString(accountId, 36) + "-" + Long.toString(threadId, 36);
        return local + "+" + payload + "-" + HexFormat.of().formatHex(mac(payload)) + "@" + domain;
    }

    /** Whom and which thread an address names, if it is one of ours with a token this portal signed. */
    public Optional<Target> read(String address) {
        if (address == null || address.length() > 254) {
            return Optional.empty();
        }
        String value = address.strip().toLowerCase(Locale.ROOT);
        int at = value.lastIndexOf('@');
        String prefix = local + "+";
        if (at <= 0 || !value.substring(at + 1).equals(domain) || !value.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher token = TOKEN.matcher(value.substring(prefix.length(), at));
        if (!token.matches()) {
            return Optional.empty();
        }
        String payload = token.group(1) + "-" + token.group(2);
        if (!MessageDigest.isEqual(mac(payload), HexFormat.of().parseHex(token.group(3)))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Target(Long.parseLong(token.group(1), 36), Long.parseLong(token.group(2), 36)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] full = mac.doFinal(("reply:" + payload).getBytes(StandardCharsets.US_ASCII));
            byte[] cut = new byte[MAC_BYTES];
            System.arraycopy(full, 0, cut, 0, MAC_BYTES);
            return cut;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
