package org.coproduce.portal.guidance;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One version of a published guidance document, with everything it says.
 *
 * @param id            the document's id
 * @param version       this version's number (from 1)
 * @param latestVersion the number of the document's latest version
 * @param versions      every version of the document, oldest first
 */
@Schema(name = "Guidance", description = "One published version of a guidance document")
public record GuidanceView(long id, int version, int latestVersion, String title, String summary,
                           List<Section> sections, List<String> keyMessages, List<Reference> references,
                           List<String> tags, Instant publishedAt, List<VersionInfo> versions) {

    /** Whether this is the document's latest version. */
    public boolean latest() {
        return version == latestVersion;
    }
}
