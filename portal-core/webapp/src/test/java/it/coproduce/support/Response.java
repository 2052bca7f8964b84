package it.coproduce.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** An HTTP response with its JSON body at hand. */
public record Response(int status, String body, HttpResponse<String> raw) {

    public JsonObject json() {
        try {
            return Json.createReader(new StringReader(body)).readObject();
        } catch (RuntimeException e) {
            throw new AssertionError("Not a JSON object (" + status + "): " + body, e);
        }
    }

    public JsonArray jsonArray() {
        return Json.createReader(new StringReader(body)).readArray();
    }

    public Optional<String> header(String name) {
        return raw.headers().firstValue(name);
    }

    @Override
    public String toString() {
        return status + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
    }
}
