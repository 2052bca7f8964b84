package org.coproduce.plugins.plans;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;

/**
 * A template as someone wrote it, checked: a title, a summary and at least one section, each of a known kind
 * with a heading and a plain-language prompt.
 */
public record TemplateInput(String title, String summary, List<Section> sections) {

    /** The most sections a template may have. */
    static final int MAX_SECTIONS = 30;

    /** One checked section. */
    public record Section(SectionKind kind, String heading, String prompt) {
    }

    /** The request body, as typed. */
    public record Request(String title, String summary, List<SectionRequest> sections) {
    }

    /** One section in the request body; {@code kind} is one of {@link SectionKind#codes()}. */
    public record SectionRequest(String kind, String heading, String prompt) {
    }

    /** Checks a request; throws a {@link Problem} naming every field that needs another look. */
    public static TemplateInput from(Request request) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (request == null) {
            throw Problem.invalid(Map.of("title", "Please send the template's title, summary and sections."));
        }
        String title = Texts.trimmed(request.title());
        if (title.isEmpty() || title.length() > 200) {
            problems.put("title", "Please give the template a title of 1 to 200 characters.");
        }
        String summary = Texts.trimmed(request.summary());
        if (summary.length() > 2000) {
            problems.put("summary", "Please keep the summary to 2,000 characters.");
        }
        List<Section> sections = new ArrayList<>();
        List<SectionRequest> asked = request.sections() == null ? List.of() : request.sections();
        if (asked.isEmpty()) {
            problems.put("sections", "A template needs at least one section.");
        } else if (asked.size() > MAX_SECTIONS) {
            problems.put("sections", "A template can have at most " + MAX_SECTIONS + " sections.");
        }
        for (int i = 0; i < asked.size() && i < MAX_SECTIONS; i++) {
            SectionRequest s = asked.get(i);
            String field = "sections[" + i + "]";
            if (s == null) {
                problems.put(field, "Section " + (i + 1) + " is empty.");
                continue;
            }
            var kind = SectionKind.fromCode(s.kind());
            if (kind.isEmpty()) {
                problems.put(field + ".kind", "Section " + (i + 1) + " has an unknown kind \"" + Texts.shortened(s.kind())
                        + "\": please choose one of " + SectionKind.codes() + ".");
            }
            String heading = Texts.trimmed(s.heading());
            if (heading.isEmpty() || heading.length() > 200) {
                problems.put(field + ".heading", "Please give section " + (i + 1) + " a heading of 1 to 200 characters.");
            }
            String prompt = Texts.trimmed(s.prompt());
            if (prompt.isEmpty() || prompt.length() > 2000) {
                problems.put(field + ".prompt", "Please give section " + (i + 1)
                        + " a prompt of 1 to 2,000 characters that explains it in plain language.");
            }
            kind.ifPresent(k -> sections.add(new Section(k, heading, prompt)));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        return new TemplateInput(title, summary, List.copyOf(sections));
    }
}
