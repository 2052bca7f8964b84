package org.coproduce.portal.guidance;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A published guidance document in a list: its latest version's title, summary and tags. */
@Schema(name = "GuidanceSummary", description = "A published guidance document in a list (its latest version)")
public record GuidanceSummary(long id, int version, String title, String summary, List<String> tags,
                              Instant publishedAt) {
}
