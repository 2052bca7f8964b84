package it.coproduce;

import static it.coproduce.StoriesApiIT.assertReadableError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.coproduce.support.Deployments;
import it.coproduce.support.Portal;
import it.coproduce.support.Response;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pictures with stories: checked by content, re-encoded, served with safe headers to those who may read the story. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoryPicturesIT {

    private final Portal portal = new Portal();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    private String token(String who) {
        return portal.token(who + "@example.org", Portal.DEMO_PASSWORD);
    }

    private long share(String token) {
        Response shared = portal.post("/api/v1/stories", Json.createObjectBuilder().add("title", "Pictured " + System.nanoTime())
                .add("body", "With a picture.").add("pseudonymous", true).build().toString(), token);
        assertEquals(201, shared.status(), shared.toString());
        return shared.json().getJsonNumber("id").longValue();
    }

    private Response upload(long storyId, String token, byte[] file, String declaredType, String altText) {
        String boundary = "----coproduce" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (file != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.png\"\r\n"
                        + "Content-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                body.write(file);
                body.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            if (altText != null) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\n" + altText + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return portal.send(HttpRequest.newBuilder(URI.create(portal.url("/api/v1/stories/" + storyId + "/pictures")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token);
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, Color.ORANGE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private HttpResponse<byte[]> fetch(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(portal.url(path))).timeout(java.time.Duration.ofSeconds(30)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(java.time.Duration.ofSeconds(10))
                .build().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aPictureIsCheckedStoredAndServedSafely() throws Exception {
        String author = token("serviceuser");
        long id = share(author);
        Response added = upload(id, author, png(40, 30), "image/png", "An orange dot on black");
        assertEquals(201, added.status(), added.toString());
        JsonObject picture = added.json();
        String url = picture.getString("url");
        assertTrue(url.matches("/pictures/[A-Za-z0-9_-]{43}\\.png"), url);
        assertEquals("An orange dot on black", picture.getString("altText"));
        assertEquals(40, picture.getInt("width"));

        HttpResponse<byte[]> served = fetch(url, author);
        assertEquals(200, served.statusCode());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(served.headers().firstValue("Content-Disposition").orElseThrow().startsWith("inline"));
        assertEquals(40, ImageIO.read(new java.io.ByteArrayInputStream(served.body())).getWidth());
        assertEquals(404, fetch(url, null).statusCode(), "not public before the story is");

        String moderator = token("moderator");
        assertEquals(200, fetch(url, moderator).statusCode(), "moderators see it to review it");
        portal.post("/api/v1/stories/" + id + "/approval", "", moderator);
        assertEquals(200, fetch(url, null).statusCode());
        assertEquals(url, portal.get("/api/v1/stories/" + id).json().getJsonArray("pictures").getJsonObject(0).getString("url"));
        assertEquals(409, upload(id, author, png(5, 5), "image/png", "Too late").status(), "not after publishing");

        portal.post("/api/v1/stories/" + id + "/withdrawal", "", author);
        assertEquals(404, fetch(url, null).statusCode(), "gone with the withdrawn story");
        assertEquals(404, fetch(url, moderator).statusCode());
        assertEquals(200, fetch(url, author).statusCode(), "its author still sees it");
    }

    @Test
    void anUploadThatLiesAboutItsTypeIsRefused() throws Exception {
        String author = token("serviceuser");
        long id = share(author);
        Response html = upload(id, author, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "image/png", "Looks like a picture");
        assertEquals(400, html.status(), html.toString());
        assertReadableError(html);
        assertTrue(html.json().getString("message").contains("not a PNG, JPEG or GIF"), html.toString());

        Response noAlt = upload(id, author, png(4, 4), "image/png", "  ");
        assertEquals(400, noAlt.status());
        assertEquals("altText", noAlt.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        Response noFile = upload(id, author, null, null, "Nothing");
        assertEquals(400, noFile.status());
        assertReadableError(noFile);
        Response tooBig = upload(id, author, new byte[5 * 1024 * 1024 + 512 * 1024], "image/jpeg", "Huge");
        assertEquals(413, tooBig.status(), tooBig.toString());
        assertReadableError(tooBig);
        assertEquals(0, portal.get("/api/v1/stories/" + id, author).json().getJsonArray("pictures").size(), "nothing saved");
    }

    @Test
    void onlyTheAuthorAddsPictures() throws Exception {
        long id = share(token("serviceuser"));
        assertEquals(401, upload(id, null, png(4, 4), "image/png", "Mine").status());
        assertEquals(404, upload(id, token("student"), png(4, 4), "image/png", "Not mine").status(), "cannot even see it");
        assertEquals(403, upload(id, token("moderator"), png(4, 4), "image/png", "Not mine").status());
        int traversal = fetch("/pictures/..%2F..%2Fetc%2Fpasswd", null).statusCode();
        assertTrue(traversal == 400 || traversal == 404, "refused: " + traversal);
        assertEquals(404, fetch("/pictures/" + "a".repeat(43) + ".png", null).statusCode());
        assertFalse(portal.get("/pictures/nothing").body().contains("Exception"));
    }
}
