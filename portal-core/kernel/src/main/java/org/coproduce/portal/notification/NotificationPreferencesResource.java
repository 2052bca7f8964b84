package org.coproduce.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.api.ApiInput;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.auth.RequestViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How the signed-in member wants to hear about each kind of notification. */
@Path("me/notification-preferences")
@RequestScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "What members hear about, and how")
public class NotificationPreferencesResource {

    @Inject
    Notifications notifications;

    @Inject
    RequestViewer viewer;

    /** One kind and how the member hears about it. */
    @Schema(name = "NotificationPreference")
    public record Preference(String kind, String label,
                             @Schema(enumeration = {"IMMEDIATE", "DAILY", "WEEKLY", "OFF"}) String mode) {
    }

    /** Every kind the member can choose for. */
    @Schema(name = "NotificationPreferences")
    public record Preferences(List<Preference> preferences) {
    }

    @GET
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "My notification preferences", description = "Defaults respect consent: a kind starts as "
            + "IMMEDIATE only when it follows from something the member did (following a thread or category, sharing a "
            + "story or a post, joining a plan's team, claiming a payment); 'mention' (someone wrote @Your Name) starts as "
            + "OFF until the member chooses otherwise. Before a member follows or shares anything, no notification mail "
            + "is sent at all. Notifications are listed in the portal whatever the choice; the choice is about mail. "
            + "Mails about a discussion can be answered by email when the portal has a reply mailbox "
            + "(coproduce.reply.address, coproduce.imap.*): the answer is posted in the thread by the member it was sent to.")
    @APIResponse(responseCode = "200", description = "A choice per kind")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Preferences get() {
        return current(viewer.get().accountId().orElseThrow());
    }

    @PUT
    @RequiresRole(PortalRole.MEMBER)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Change my notification preferences", description = "Send the kinds to change, each with "
            + "IMMEDIATE, DAILY, WEEKLY or OFF, for example {\"followed-reply\": \"DAILY\"}; kinds left out keep theirs.")
    @RequestBody(content = @Content(schema = @Schema(type = SchemaType.OBJECT,
            description = "kind -> IMMEDIATE | DAILY | WEEKLY | OFF")))
    @APIResponse(responseCode = "200", description = "The choices now")
    @APIResponse(responseCode = "400", description = "An unknown kind or mode, with a message per kind")
    @APIResponse(responseCode = "401", description = "Not signed in")
    public Preferences put(JsonValue body) {
        long me = viewer.get().accountId().orElseThrow();
        if (!(ApiInput.body(body) instanceof JsonObject object)) {
            throw new Problem(Problem.Kind.INVALID, "body_not_object", "Please send a JSON object naming each kind "
                    + "with IMMEDIATE, DAILY, WEEKLY or OFF, for example {\"followed-reply\": \"DAILY\"}.");
        }
        Map<String, NotificationMode> choices = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        object.forEach((kind, value) -> {
            NotificationMode mode = mode(value);
            if (mode == null) {
                problems.put(kind, "Please choose IMMEDIATE, DAILY, WEEKLY or OFF for \"" + kind + "\".");
            } else {
                choices.put(kind, mode);
            }
        });
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        notifications.choose(me, choices);
        return current(me);
    }

    private Preferences current(long me) {
        return new Preferences(notifications.preferences(me).entrySet().stream()
                .map(e -> new Preference(e.getKey(), NotificationKinds.label(e.getKey()), e.getValue().name())).toList());
    }

    private static NotificationMode mode(JsonValue value) {
        if (!(value instanceof JsonString text)) {
            return null;
        }
        try {
            return NotificationMode.valueOf(text.getString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
