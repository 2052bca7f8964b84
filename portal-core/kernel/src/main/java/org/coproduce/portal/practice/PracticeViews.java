package org.coproduce.portal.practice;

import java.time.Instant;
import java.util.List;
import org.coproduce.portal.common.PageOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Practice examples as the API shows them. */
public final class PracticeViews {

    private PracticeViews() {
    }

    @Schema(name = "PracticeExampleSummary", description = "A practice example in a listing")
    public record Summary(long id, String title, String summary,
                          @Schema(description = "ISO 3166-1 alpha-2") String country, String countryName,
                          String organisation, String referenceNumber,
                          @Schema(enumeration = {"COORDINATION", "COOPERATION", "COLLABORATION", "COPRODUCTION"}) String partnershipLevel,
                          String partnershipLevelLabel, List<String> tags, Instant createdAt) {
    }

    @Schema(name = "PracticeExample", description = "A practice example")
    public record Full(long id, String title, String summary, @Schema(description = "Markdown, as written") String body,
                       @Schema(description = "ISO 3166-1 alpha-2") String country, String countryName,
                       String organisation, @Schema(description = "An email address or an http(s) address") String contact,
                       String referenceNumber,
                       @Schema(enumeration = {"COORDINATION", "COOPERATION", "COLLABORATION", "COPRODUCTION"}) String partnershipLevel,
                       String partnershipLevelLabel, @Schema(description = "What the level means, in plain words") String partnershipLevelMeaning,
                       List<String> tags, List<String> outcomes, List<String> evidenceLinks, String addedBy,
                       Instant createdAt,
                       @Schema(description = "Related guidance documents (published ones), by title")
                       List<PracticeExamples.RelatedItem> relatedGuidance,
                       @Schema(description = "Related discussion threads the caller may read (threads in members-only "
                               + "categories are left out for visitors), by title")
                       List<PracticeExamples.RelatedItem> relatedThreads) {
    }

    @Schema(name = "PracticeExamplePage")
    public record Page(List<Summary> items, int page, int size, long total, int pages) {
    }

    public static Summary summary(PracticeExamples.Listed listed) {
        PracticeExample e = listed.example();
        return new Summary(e.id(), e.title(), e.summary(), e.country(), Countries.name(e.country()), e.organisation(),
                e.referenceNumber(), e.partnershipLevel().name(), e.partnershipLevel().label(), listed.tags(),
                e.createdAt());
    }

    public static Page page(PageOf<PracticeExamples.Listed> examples) {
        return new Page(examples.items().stream().map(PracticeViews::summary).toList(), examples.page(),
                examples.size(), examples.total(), examples.pages());
    }

    public static Full full(PracticeExample e, PracticeExamples.Related related) {
        return new Full(e.id(), e.title(), e.summary(), e.body(), e.country(), Countries.name(e.country()),
                e.organisation(), e.contact(), e.referenceNumber(), e.partnershipLevel().name(),
                e.partnershipLevel().label(), e.partnershipLevel().meaning(), e.tags(), e.outcomes(),
                e.evidenceLinks(), e.author().displayName(), e.createdAt(), related.guidance(), related.threads());
    }
}
