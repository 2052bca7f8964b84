package org.coproduce.portal.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signed reply addresses: who and which thread, and nobody can make one for someone else. */
class ReplyAddressesTest {

    private final ReplyAddresses addresses = new ReplyAddresses("a secret of 32 bytes, near enough".getBytes(
            StandardCharsets.UTF_8), "Replies@Example.org");

    @Test
    void anAddressNamesItsMemberAndThreadAndFitsALocalPart() {
        String address = addresses.address(1234567, 987654321L);
        assertTrue(address.startsWith("replies+") && address.endsWith("@example.org"), address);
        assertTrue(address.substring(0, address.indexOf('@')).length() <= 64, address);
        assertEquals(address, address.toLowerCase());
        assertEquals(Optional.of(new ReplyAddresses.Target(1234567, 987654321L)), addresses.read(address));
        assertEquals(Optional.of(new ReplyAddresses.Target(1234567, 987654321L)), addresses.read(" " + address.toUpperCase() + " "),
                "mail systems may change the case");
    }

    @Test
    void changedOrForeignAddressesAreRefused() {
        String address = addresses.address(50, 100);
        String token = address.substring("replies+".length(), address.indexOf('@'));
        String[] parts = token.split("-");
        String otherMember = "replies+" + Long.toString(51, 36) + "-" + parts[1] + "-" + parts[2] + "@example.org";
        assertEquals(Optional.empty(), addresses.read(otherMember));
        assertEquals(Optional.empty(), addresses.read(address.replace("@example.org", "@example.com")));
        assertEquals(Optional.empty(), addresses.read(address.replace("replies+", "other+")));
        assertEquals(Optional.empty(), addresses.read("replies@example.org"));
        assertEquals(Optional.empty(), addresses.read(null));
        ReplyAddresses otherKey = new ReplyAddresses(new byte[32], "replies@example.org");
        assertEquals(Optional.empty(), otherKey.read(address));
    }

    @Test
    void theReplyAddressMustBeAPlainAddress() {
        assertThrows(IllegalArgumentException.class, () -> new ReplyAddresses(new byte[32], "no-at-sign"));
        assertThrows(IllegalArgumentException.class, () -> new ReplyAddresses(new byte[32], "replies+x@example.org"));
    }
}
