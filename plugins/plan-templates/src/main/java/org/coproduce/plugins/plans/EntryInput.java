package org.coproduce.plugins.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import org.coproduce.plugin.Problem;

/**
 * What someone writes in a section, checked against the section's kind: always some text; for a need, whether its
 * support is in place, planned or missing; for a support, optionally who gives it and when.
 */
public record EntryInput(String text, SupportStatus supportStatus, String who, String when) {

    static final int MAX_TEXT = 10_000;

    /** The request body, as typed; {@code supportStatus} is {@code in-place}, {@code planned} or {@code missing}. */
    public record Request(String text, String supportStatus, String who, String when) {
    }

    public static EntryInput from(SectionKind kind, Request request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request == null) {
            throw Problem.invalid(Map.of("text", "Please write something in this section."));
        }
        String text = request.text() == null ? "" : request.text();
        if (text.isBlank()) {
            problems.put("text", "Please write something in this section.");
        } else if (text.length() > MAX_TEXT) {
            problems.put("text", "Please keep one entry to 10,000 characters.");
        }
        SupportStatus status = null;
        String askedStatus = Texts.orNull(request.supportStatus());
        if (kind.tracksSupport()) {
            var parsed = SupportStatus.fromCode(askedStatus);
            if (parsed.isEmpty()) {
                problems.put("supportStatus", "Please say whether the support for this need is in place, planned or missing.");
            } else {
                status = parsed.get();
            }
        } else if (askedStatus != null) {
            problems.put("supportStatus", "Only needs say whether their support is in place, planned or missing.");
        }
        String who = Texts.orNull(request.who());
        String when = Texts.orNull(request.when());
        if (kind.hasWhoAndWhen()) {
            if (who != null && who.length() > 200) {
                problems.put("who", "Please keep who gives this support to 200 characters.");
            }
            if (when != null && when.length() > 200) {
                problems.put("when", "Please keep when it happens to 200 characters.");
            }
        } else if (who != null || when != null) {
            problems.put("who", "Only supports and interventions say who gives them and when.");
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new EntryInput(text, status, who, when);
    }
}
