package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Mailbox;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Registration, verification by the mailed link, sign-in and {@code /api/v1/me}, through the deployed portal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountApiIT {

    private static Mailbox mailbox;
    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @BeforeAll
    static void startMailbox() {
        mailbox = new Mailbox();
    }

    @AfterAll
    static void stopMailbox() {
        mailbox.close();
    }

    @Test
    void registerVerifyAndSignIn() {
        String email = Portal.newEmail("carer");
        Response registered = portal.register("Ceri Carer ŵ", email, Portal.GOOD_PASSWORD, "carer");
        assertEquals(201, registered.status(), registered.toString());
        assertEquals(email, registered.json().getString("email"));
        assertFalse(registered.json().getBoolean("verified"));

        String token = portal.token(email, Portal.GOOD_PASSWORD);
        JsonObject before = portal.get("/api/v1/me", token).json();
        assertEquals("Ceri Carer ŵ", before.getString("displayName"), "text is stored exactly");
        assertFalse(before.getBoolean("verified"));
        assertEquals("member", before.getJsonArray("roles").getString(0));

        MimeMessage mail = mailbox.awaitMail(email, 1, Duration.ofSeconds(20));
        String link = Mailbox.link(mail, "/verify?token=");
        Response verified = portal.post("/api/v1/accounts/verification",
                Portal.object("token", Mailbox.token(link)).toString());
        assertEquals(200, verified.status(), verified.toString());

        JsonObject after = portal.get("/api/v1/me", token).json();
        assertTrue(after.getBoolean("verified"));
        assertEquals(registered.json().getJsonNumber("id").longValue(), after.getJsonNumber("id").longValue());

        Response again = portal.post("/api/v1/accounts/verification", Portal.object("token", Mailbox.token(link)).toString());
        assertEquals(410, again.status(), "a verification link works once: " + again);
    }

    @Test
    void verificationLinkOpensAPageThatVerifies() {
        String email = Portal.newEmail("student");
        assertEquals(201, portal.register("Sol Student", email, Portal.GOOD_PASSWORD, "student").status());
        String link = Mailbox.link(mailbox.awaitMail(email, 1, Duration.ofSeconds(20)), "/verify?token=");
        Response page = portal.get(link.substring(link.indexOf("/verify")));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("your email address is confirmed"), page.body());
        assertTrue(portal.get("/api/v1/me", portal.token(email, Portal.GOOD_PASSWORD)).json().getBoolean("verified"));
    }

    @Test
    void duplicateEmailIsAConflictWhateverTheCase() {
        String email = Portal.newEmail("dup");
        assertEquals(201, portal.register("First", email, Portal.GOOD_PASSWORD, "other").status());
        Response second = portal.register("Second", email.toUpperCase(), Portal.GOOD_PASSWORD, "other");
        assertEquals(409, second.status());
        assertEquals("email_in_use", second.json().getString("error"));
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
        String email = Portal.newEmail("same");
        portal.register("Sam", email, Portal.GOOD_PASSWORD, "other");
        Response wrong = portal.post("/api/v1/auth/token", Portal.credentials(email, "not the password at all"));
        Response unknown = portal.post("/api/v1/auth/token", Portal.credentials(Portal.newEmail("ghost"), "whatever it is"));
        assertEquals(401, wrong.status());
        assertEquals(401, unknown.status());
        assertEquals(wrong.json().getString("message"), unknown.json().getString("message"));
    }

    @Test
    void repeatedFailuresAreThrottledWithRetryAfter() {
        String email = Portal.newEmail("throttle");
        portal.register("Tia", email, Portal.GOOD_PASSWORD, "other");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, portal.post("/api/v1/auth/token", Portal.credentials(email, "wrong guess " + i)).status());
        }
        Response blocked = portal.post("/api/v1/auth/token", Portal.credentials(email, Portal.GOOD_PASSWORD));
        assertEquals(429, blocked.status(), "even the right password waits: " + blocked);
        long retryAfter = Long.parseLong(blocked.header("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 900, "Retry-After " + retryAfter);
        assertEquals("too_many_attempts", blocked.json().getString("error"));
    }

    @Test
    void passwordResetBySingleUseLink() {
        String email = Portal.newEmail("reset");
        portal.register("Rhys", email, Portal.GOOD_PASSWORD, "practitioner");
        mailbox.awaitMail(email, 1, Duration.ofSeconds(20));
        String oldToken = portal.token(email, Portal.GOOD_PASSWORD);

        assertEquals(202, portal.post("/api/v1/accounts/password-reset", Portal.object("email", email).toString()).status());
        assertEquals(202, portal.post("/api/v1/accounts/password-reset",
                Portal.object("email", Portal.newEmail("nobody")).toString()).status(), "no hint who is a member");
        String link = Mailbox.link(mailbox.awaitMail(email, 2, Duration.ofSeconds(20)), "/reset-password?token=");
        String resetToken = Mailbox.token(link);

        Response weak = portal.post("/api/v1/accounts/password-reset/confirm",
                Portal.object("token", resetToken, "password", "password1").toString());
        assertEquals(400, weak.status());
        assertEquals("password", weak.json().getJsonArray("fields").getJsonObject(0).getString("field"));

        String newPassword = "the tide comes in twice";
        assertEquals(204, portal.post("/api/v1/accounts/password-reset/confirm",
                Portal.object("token", resetToken, "password", newPassword).toString()).status());
        assertEquals(410, portal.post("/api/v1/accounts/password-reset/confirm",
                Portal.object("token", resetToken, "password", "and once more again").toString()).status());
        assertEquals(401, portal.get("/api/v1/me", oldToken).status(), "old API tokens stop working");
        assertEquals(401, portal.post("/api/v1/auth/token", Portal.credentials(email, Portal.GOOD_PASSWORD)).status());
        assertEquals(200, portal.get("/api/v1/me", portal.token(email, newPassword)).status());
    }

    @Test
    void meNeedsAValidToken() {
        Response anonymous = portal.get("/api/v1/me");
        assertEquals(401, anonymous.status());
        assertEquals("unauthorized", anonymous.json().getString("error"));
        Response bogus = portal.get("/api/v1/me", "not-a-real-token");
        assertEquals(401, bogus.status());
        assertEquals("invalid_token", bogus.json().getString("error"));
    }

    @Test
    void demoAccountsExistWithTheirRoles() {
        JsonObject admin = portal.get("/api/v1/me", portal.token("admin@example.org", Portal.DEMO_PASSWORD)).json();
        assertTrue(admin.getJsonArray("roles").toString().contains("admin"));
        JsonObject moderator = portal.get("/api/v1/me", portal.token("moderator@example.org", Portal.DEMO_PASSWORD)).json();
        assertTrue(moderator.getJsonArray("roles").toString().contains("moderator"));
        assertFalse(moderator.getJsonArray("roles").toString().contains("admin"));
        for (String member : new String[] {"practitioner", "serviceuser", "student"}) {
            JsonObject me = portal.get("/api/v1/me", portal.token(member + "@example.org", Portal.DEMO_PASSWORD)).json();
            assertEquals("[\"member\"]", me.getJsonArray("roles").toString());
            assertTrue(me.getBoolean("verified"));
        }
    }

    @Test
    void administratorsReadTheOutboxAndMembersCannot() {
        String email = Portal.newEmail("outbox");
        portal.register("Olu", email, Portal.GOOD_PASSWORD, "other");
        mailbox.awaitMail(email, 1, Duration.ofSeconds(20));
        String adminToken = portal.token("admin@example.org", Portal.DEMO_PASSWORD);
        Response mails = portal.get("/api/v1/admin/mail?limit=50", adminToken);
        assertEquals(200, mails.status());
        JsonObject mine = mails.jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("recipient").equals(email)).findFirst().orElseThrow();
        assertTrue(mine.getString("body").contains("/verify?token="));
        assertTrue(mine.getString("subject").contains("confirm"));
        assertEquals("SENT", mine.getString("state"));

        String memberToken = portal.token("student@example.org", Portal.DEMO_PASSWORD);
        assertEquals(403, portal.get("/api/v1/admin/mail", memberToken).status());
        assertEquals(401, portal.get("/api/v1/admin/mail").status());
        assertEquals(400, portal.get("/api/v1/admin/mail?limit=0", adminToken).status());
    }
}
