package org.coproduce.portal.guidance;

import java.util.List;

/**
 * What a guidance document says, as a draft holds it and as each published version keeps it.
 *
 * @param title       the title
 * @param summary     a short summary (plain text)
 * @param sections    the sections in order
 * @param keyMessages the key messages, short texts in order
 * @param references  the references in order
 * @param tags        the tags (lower case words)
 */
public record GuidanceContent(String title, String summary, List<Section> sections, List<String> keyMessages,
                              List<Reference> references, List<String> tags) {

    public GuidanceContent {
        sections = sections == null ? List.of() : List.copyOf(sections);
        keyMessages = keyMessages == null ? List.of() : List.copyOf(keyMessages);
        references = references == null ? List.of() : List.copyOf(references);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
