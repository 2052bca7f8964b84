package it.coproduce.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** The running portal as a client sees it: HTTP calls to the JSON API and pages. */
public final class Portal {

    public static final String DEMO_PASSWORD = "coproduce-demo";
    public static final String GOOD_PASSWORD = "a long walk by the river";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public Portal() {
        this.base = "http://localhost:" + System.getProperty("it.http.port", "9080");
    }

    public String url(String path) {
        return base + path;
    }

    /** A unique email address for a test. */
    public static String newEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), null);
    }

    public Response get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).GET(), token);
    }

    public Response post(String path, String json) {
        return post(path, json, null);
    }

    public Response post(String path, String json, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    public Response put(String path, String json, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)), token);
    }

    public Response delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).DELETE(), token);
    }

    public Response send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError("The portal did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Registers a member through the API, accepting the terms in force, and returns the response. */
    public Response register(String name, String email, String password, String networkRole) {
        return post("/api/v1/accounts", registration(name, email, password, networkRole)
                .add("acceptTerms", true).add("termsVersion", termsVersion()).build().toString());
    }

    /** A registration body without the terms fields. */
    public static JsonObjectBuilder registration(String name, String email, String password, String networkRole) {
        return Json.createObjectBuilder().add("displayName", name).add("email", email)
                .add("password", password).add("networkRole", networkRole);
    }

    /** The version of the terms of service in force. */
    public int termsVersion() {
        Response terms = get("/api/v1/terms");
        if (terms.status() != 200) {
            throw new AssertionError("GET /api/v1/terms: " + terms);
        }
        return terms.json().getInt("version");
    }

    /** Signs in through the API; returns the bearer token. */
    public String token(String email, String password) {
        Response response = post("/api/v1/auth/token", credentials(email, password));
        if (response.status() != 200) {
            throw new AssertionError("Sign-in failed for " + email + ": " + response);
        }
        return response.json().getString("token");
    }

    public static String credentials(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    }

    public static JsonObject object(String... keyValues) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        for (int i = 0; i < keyValues.length; i += 2) {
            builder.add(keyValues[i], keyValues[i + 1]);
        }
        return builder.build();
    }
}
