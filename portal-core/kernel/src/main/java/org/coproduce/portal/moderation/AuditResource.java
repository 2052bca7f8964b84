package org.coproduce.portal.moderation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.coproduce.plugin.PortalRole;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.audit.AuditEntry;
import org.coproduce.portal.api.ApiInput;
import org.coproduce.portal.api.RequiresRole;
import org.coproduce.portal.audit.AuditLog;
import org.coproduce.portal.common.PageOf;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log for administrators: read only, filtered and paged. There is no way to change an entry. */
@Path("admin/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RequiresRole(PortalRole.ADMIN)
@SecurityRequirement(name = "bearer")
public class AuditResource {

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog log;

    /** One entry of the audit log. */
    @Schema(name = "AuditEntry")
    public record Entry(long id, Instant at, Long actorId, String actorName, String source, String action,
            String subjectType, String subjectId, @Schema(description = "Why, and the state before and after") String detail) {

        static Entry of(AuditEntry e) {
            return new Entry(e.id(), e.at(), e.actorId().orElse(null), e.actorName(), e.source(), e.action(),
                    e.subjectType(), e.subjectId(), e.detail());
        }
    }

    @GET
    @Operation(summary = "The audit log, newest first (administrators)",
            description = "Every moderator and administrator action: who, what, when, why, before and after.")
    @APIResponse(responseCode = "200", description = "One page: items, page, size, total")
    @APIResponse(responseCode = "400", description = "A date, page or size that cannot be read")
    @APIResponse(responseCode = "403", description = "Not an administrator")
    public PageOf<Entry> list(
            @Parameter(description = "An account number, or part of a name") @QueryParam("actor") String actor,
            @Parameter(description = "The action or its start, such as thread. or member.suspend") @QueryParam("action") String action,
            @Parameter(description = "The kind of object: thread, reply, report, member, story...") @QueryParam("contentType") String contentType,
            @Parameter(description = "From this date (YYYY-MM-DD) or instant, inclusive") @QueryParam("from") String from,
            @Parameter(description = "Up to this date (inclusive) or instant (exclusive)") @QueryParam("to") String to,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageOf<AuditEntry> found = log.search(actor, action, contentType, time("from", from, false), time("to", to, true),
                ApiInput.integer("page", page, 1), ApiInput.integer("size", size, PAGE_SIZE));
        return new PageOf<>(found.items().stream().map(Entry::of).toList(), found.page(), found.size(), found.total());
    }

    /** A date (the whole day; {@code end} means up to the end of it) or an instant; null when none is given. */
    public static Instant time(String name, String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(Map.of(name, "Please give a date like 2026-11-26."));
        }
    }
}
