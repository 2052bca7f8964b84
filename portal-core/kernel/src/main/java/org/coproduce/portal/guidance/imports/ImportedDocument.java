package org.coproduce.portal.guidance.imports;

import java.util.List;
import org.coproduce.portal.guidance.Section;

/**
 * What was read from a file: a title, a summary (text before the first section, when short) and sections.
 *
 * @param type the kind of file it was, as detected from its content (for example "PDF")
 */
public record ImportedDocument(String type, String title, String summary, List<Section> sections) {
}
