package org.coproduce.portal.moderation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.audit.AuditEntry;
import org.coproduce.portal.audit.AuditLog;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.moderation.AuditResource;
import org.coproduce.portal.preferences.LocalDates;
import org.coproduce.portal.web.FacesPages;
import org.coproduce.portal.web.PageGuard;

/** The audit log for administrators (/admin/audit): a filter form (GET) and pages of entries, newest first. */
@Named
@RequestScoped
public class AuditPage {

    static final int PAGE_SIZE = 50;

    @Inject
    PageGuard pageGuard;

    @Inject
    AuditLog log;

    private PageOf<AuditEntry> entries;
    private String problem;

    public void requireAdmin() {
        pageGuard.requireAdmin();
    }

    public PageOf<AuditEntry> getEntries() {
        if (entries == null) {
            int page = Math.max(1, (int) Math.min(10_000, Math.max(1, ModerationPages.id(param("page")))));
            try {
                entries = log.search(param("actor"), param("action"), param("contentType"),
                        AuditResource.time("from", param("from"), false), AuditResource.time("to", param("to"), true),
                        page, PAGE_SIZE);
            } catch (Problem bad) {
                problem = FacesPages.translated(bad.fields().isEmpty() ? bad.getMessage() : bad.fields().get(0).message());
                entries = log.search(null, null, null, null, null, 1, PAGE_SIZE);
            }
        }
        return entries;
    }

    public String getProblem() {
        getEntries();
        return problem;
    }

    /** The query string of the current filters for a page link. */
    public String link(int page) {
        StringBuilder q = new StringBuilder("?page=").append(page);
        for (String name : new String[] {"actor", "action", "contentType", "from", "to"}) {
            String value = param(name);
            if (value != null && !value.isBlank()) {
                q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return q.toString();
    }

    public String param(String name) {
        String value = FacesPages.request().getParameter(name);
        return value == null ? "" : value;
    }

    public String when(Instant at) {
        return LocalDates.dateTime(at);
    }
}
