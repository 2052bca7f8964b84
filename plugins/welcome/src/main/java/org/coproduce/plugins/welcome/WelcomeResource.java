package org.coproduce.plugins.welcome;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;

/** {@code /api/v1/welcome}: everyone reads the welcome message; administrators change it. */
@Path("welcome")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WelcomeResource {

    @Inject
    WelcomeMessages messages;

    @Inject
    CurrentViewer viewer;

    /** The new heading and text. */
    public record Change(String heading, String body) {
    }

    @GET
    public WelcomeView get() {
        return WelcomeView.of(messages.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public WelcomeView change(Change change) {
        Viewer who = viewer.get();
        if (!who.signedIn()) {
            throw new Problem(Problem.Kind.UNAUTHORIZED, "unauthorized", "Please sign in first.");
        }
        if (!who.has(PortalRole.ADMIN)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "forbidden", "Only administrators can change the welcome message.");
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (change == null || change.heading() == null || change.heading().isBlank() || change.heading().length() > 120) {
            problems.put("heading", "Please give a heading of 1 to 120 characters.");
        }
        if (change == null || change.body() == null || change.body().isBlank() || change.body().length() > 2000) {
            problems.put("body", "Please give a text of 1 to 2,000 characters.");
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return WelcomeView.of(messages.change(change.heading(), change.body()));
    }
}
