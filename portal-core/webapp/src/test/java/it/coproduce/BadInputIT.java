package it.coproduce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets a 4xx with a JSON message a person understands: never a 500, never a stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    static Stream<Arguments> badBodies() {
        String huge = "x".repeat(1_000_000);
        return Stream.of(
                Arguments.of("malformed JSON", "{\"displayName\": ", 400),
                Arguments.of("not an object", "[1, 2, 3]", 400),
                Arguments.of("empty body", "", 400),
                Arguments.of("JSON null", "null", 400),
                Arguments.of("wrong types", "{\"displayName\": {\"a\": 1}, \"email\": [5], \"password\": true, \"networkRole\": 7}", 400),
                Arguments.of("missing fields", "{}", 400),
                Arguments.of("1 MB string", "{\"displayName\": \"" + huge + "\", \"email\": \"big@example.org\", "
                        + "\"password\": \"a long walk by the river\", \"networkRole\": \"carer\"}", 413),
                Arguments.of("control characters", "{\"displayName\": \"Bad\\u0000Name\\u0007\", \"email\": \"ctrl@example.org\", "
                        + "\"password\": \"a long walk by the river\", \"networkRole\": \"carer\"}", 400),
                Arguments.of("line break in a name", "{\"displayName\": \"Two\\nLines\", \"email\": \"nl@example.org\", "
                        + "\"password\": \"a long walk by the river\", \"networkRole\": \"carer\"}", 400),
                Arguments.of("unknown network role", "{\"displayName\": \"Ok\", \"email\": \"role@example.org\", "
                        + "\"password\": \"a long walk by the river\", \"networkRole\": \"wizard\"}", 400),
                Arguments.of("short password", "{\"displayName\": \"Ok\", \"email\": \"short@example.org\", "
                        + "\"password\": \"short\", \"networkRole\": \"carer\"}", 400),
                Arguments.of("common password", "{\"displayName\": \"Ok\", \"email\": \"common@example.org\", "
                        + "\"password\": \"Password12345!\", \"networkRole\": \"carer\"}", 400),
                Arguments.of("not an email", "{\"displayName\": \"Ok\", \"email\": \"at@@example\", "
                        + "\"password\": \"a long walk by the river\", \"networkRole\": \"carer\"}", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void registrationRefusesBadInputClearly(String what, String body, int status) {
        Response response = portal.post("/api/v1/accounts", body);
        assertEquals(status, response.status(), what + ": " + response);
        assertReadableError(response);
    }

    @Test
    void validationErrorsNameEachField() {
        Response response = portal.post("/api/v1/accounts", "{}");
        JsonObject error = response.json();
        assertEquals("validation_failed", error.getString("error"));
        assertEquals(5, error.getJsonArray("fields").size(), error.toString());
        assertEquals("displayName", error.getJsonArray("fields").getJsonObject(0).getString("field"));
    }

    @Test
    void chunkedBodiesOverTheLimitAreRefusedToo() {
        String huge = "{\"displayName\": \"" + "y".repeat(600_000) + "\"}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url("/api/v1/accounts")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())));
        Response response = portal.send(request, null);
        assertEquals(413, response.status(), response.toString());
        assertReadableError(response);
    }

    @Test
    void wrongMethodsAndPathsAndMediaTypes() {
        assertEquals(404, portal.get("/api/v1/no-such-thing").status());
        assertReadableError(portal.get("/api/v1/no-such-thing"));
        Response method = portal.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/me"))).DELETE(), null);
        assertEquals(405, method.status());
        assertReadableError(method);
        Response media = portal.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/accounts")))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hello")), null);
        assertEquals(415, media.status());
        assertReadableError(media);
    }

    @Test
    void signInWithBadInput() {
        assertEquals(400, portal.post("/api/v1/auth/token", "{\"email\": ").status());
        Response missing = portal.post("/api/v1/auth/token", "{}");
        assertEquals(401, missing.status());
        assertReadableError(missing);
    }

    private static void assertReadableError(Response response) {
        assertTrue(response.status() >= 400 && response.status() < 500, response.toString());
        JsonObject error = response.json();
        assertFalse(error.getString("error").isBlank());
        String message = error.getString("message");
        assertTrue(message.length() > 10 && message.endsWith("."), "a sentence: " + message);
        assertFalse(response.body().contains("Exception") || response.body().contains("\tat "), "no stack trace: " + response.body());
    }
}
