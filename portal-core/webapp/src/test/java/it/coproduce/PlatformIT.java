package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Health, OpenAPI, metrics, the core pages and the security headers of the deployed portal. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void readyIncludesStartUpAndTheDatabase() {
        Response ready = portal.get("/health/ready");
        assertEquals(200, ready.status(), ready.toString());
        assertEquals("UP", ready.json().getString("status"));
        assertTrue(ready.body().contains("\"startup\":\"READY\""), ready.body());
        assertTrue(ready.body().contains("\"database\":\"H2\""), ready.body());
        assertEquals(200, portal.get("/health/live").status());
    }

    @Test
    void theOpenApiDocumentNamesTheContractPaths() {
        Response openapi = portal.get("/openapi");
        assertEquals(200, openapi.status());
        for (String path : List.of("/api/v1/accounts:", "/api/v1/auth/token:", "/api/v1/me:", "/api/v1/admin/mail:",
                "/api/v1/plugins:", "/api/v1/accounts/verification:", "/api/v1/welcome:", "/api/v1/terms:",
                "/api/v1/terms/acceptance:", "/api/v1/admin/terms:")) {
            assertTrue(openapi.body().contains(path), "OpenAPI documents " + path);
        }
        assertEquals(200, portal.get("/openapi/ui/").status());
    }

    @Test
    void metricsAreExposed() {
        Response metrics = portal.get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm") || metrics.body().contains("memory"), metrics.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/register", "/login", "/logout", "/reset-password", "/verify", "/plugins/welcome/"})
    void pagesRenderWithSecurityHeadersAndNoInlineScript(String path) {
        Response page = portal.get(path);
        assertEquals(200, page.status(), path);
        String csp = page.header("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.header("X-Content-Type-Options").orElseThrow());
        assertTrue(page.header("Referrer-Policy").isPresent());
        assertFalse(page.body().contains("<script>"), "no inline script on " + path);
        assertFalse(page.body().contains(" style=\""), "no inline style on " + path);
        assertTrue(page.body().contains("<html") && page.body().contains("lang=\"en\""), path);
    }

    @Test
    void apiResponsesCarryTheHeadersToo() {
        Response api = portal.get("/api/v1/plugins");
        assertEquals("nosniff", api.header("X-Content-Type-Options").orElseThrow());
        assertTrue(api.header("Content-Security-Policy").isPresent());
    }

    @Test
    void sessionCookiesAreSecureHttpOnlyAndSameSite() {
        Response login = portal.get("/login");
        String cookie = login.raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("COPRODUCE_SESSION=")).findFirst().orElseThrow(() -> new AssertionError(login.raw().headers()));
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void formsWithoutTheFormTokenAreRefused() {
        Response post = portal.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(portal.url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("login=login&login%3Aemail=a%40b.org")), null);
        assertEquals(403, post.status());
        assertTrue(post.body().contains("Please try again"), post.body());
    }

    @Test
    void administrationPagesSendVisitorsToSignIn() {
        Response mail = portal.get("/admin/mail");
        assertEquals(302, mail.status(), mail.toString());
        assertTrue(mail.header("Location").orElseThrow().contains("/login?returnTo="));
    }

    @Test
    void theLatestActivityFeedIsAtomAndLinkedFromPages() {
        Response feed = portal.get("/feeds/latest.atom");
        assertEquals(200, feed.status());
        assertTrue(feed.header("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""), feed.body());
        assertTrue(portal.get("/").body().contains("href=\"/feeds/latest.atom\""));
        assertEquals(404, portal.get("/feeds/no-such-kind.atom").status());
        assertEquals(404, portal.get("/feeds/../WEB-INF/web.xml").status());
    }

    @Test
    void unknownPagesGetAFriendly404() {
        Response missing = portal.get("/no-such-page");
        assertEquals(404, missing.status());
        assertTrue(missing.body().contains("We cannot find this page"), missing.body());
    }
}
