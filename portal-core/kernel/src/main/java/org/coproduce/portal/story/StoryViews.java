package org.coproduce.portal.story;

import java.time.Instant;
import java.util.List;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.account.NetworkRole;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.content.MarkdownRenderer;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stories as the API shows them: the author's account never appears, only the name they chose to show. */
public final class StoryViews {

    private StoryViews() {
    }

    @Schema(name = "StorySummary", description = "A story in a listing")
    public record Summary(
            long id,
            String title,
            @Schema(description = "The start of the story, as plain text") String excerpt,
            @Schema(description = "The author's pseudonym when pseudonymous, otherwise their display name") String authorName,
            boolean pseudonymous,
            @Schema(description = "For a story a member of staff shared on someone's behalf: that member of staff's "
                    + "name (authorName is then the person's name or pseudonym); left out otherwise") String sharedBy,
            @Schema(enumeration = {"PENDING", "APPROVED", "REJECTED"}) String status,
            boolean withdrawn,
            Instant createdAt,
            @Schema(description = "When a moderator published it") Instant publishedAt) {
    }

    @Schema(name = "StoryResponse", description = "A practitioner's or moderator's response under a story")
    public record Response(long id, String authorName,
                           @Schema(description = "practitioner or moderator") String authorRole,
                           @Schema(description = "Markdown, as written") String body,
                           Instant createdAt) {
    }

    @Schema(name = "Story", description = "A story with its responses")
    public record Full(
            long id,
            String title,
            @Schema(description = "Markdown, as written") String body,
            @Schema(description = "The language the author wrote in (en, cy), or null when not said") String language,
            String authorName,
            boolean pseudonymous,
            @Schema(description = "For a story a member of staff shared on someone's behalf: that member of staff's "
                    + "name (authorName is then the person's name or pseudonym); left out otherwise") String sharedBy,
            @Schema(enumeration = {"PENDING", "APPROVED", "REJECTED"}) String status,
            boolean withdrawn,
            Instant createdAt,
            Instant publishedAt,
            Instant withdrawnAt,
            @Schema(description = "When a moderator last removed identifying details from it; left out if never") Instant redactedAt,
            @Schema(description = "Why a moderator turned it down: shown to the author and moderators only") String rejectionReason,
            @Schema(description = "Whether the caller shared it, or it was shared on the caller's behalf") boolean mine,
            List<Picture> pictures,
            List<Response> responses) {
    }

    @Schema(name = "StoryPicture", description = "A picture with a story")
    public record Picture(@Schema(description = "Its address, from the site root: /pictures/...") String url,
                          @Schema(description = "What it shows, for people who cannot see it") String altText,
                          int width, int height) {
    }

    /** A page of stories. */
    @Schema(name = "StoryPage")
    public record Page(List<Summary> items, int page, int size, long total, int pages) {
    }

    public static Summary summary(Story story) {
        return new Summary(story.id(), story.title(), excerpt(story.body(), 240), story.authorName(),
                story.pseudonymous(), story.sharedBy(), story.status().name(), story.withdrawn(), story.createdAt(),
                story.status() == StoryStatus.APPROVED ? story.moderatedAt() : null);
    }

    public static Page page(PageOf<Story> stories) {
        return new Page(stories.items().stream().map(StoryViews::summary).toList(), stories.page(), stories.size(),
                stories.total(), stories.pages());
    }

    public static Full full(Story story, List<StoryResponse> responses, Viewer viewer) {
        return full(story, responses, List.of(), viewer);
    }

    public static Full full(Story story, List<StoryResponse> responses, List<StoryPicture> pictures, Viewer viewer) {
        boolean mine = viewer.accountId().map(a -> story.writtenBy(a) || story.sharedFor(a)).orElse(false);
        boolean moderator = viewer.has(org.coproduce.plugin.PortalRole.MODERATOR);
        return new Full(story.id(), story.title(), story.body(), story.language(), story.authorName(), story.pseudonymous(),
                story.sharedBy(), story.status().name(), story.withdrawn(), story.createdAt(),
                story.status() == StoryStatus.APPROVED ? story.moderatedAt() : null, story.withdrawnAt(),
                story.redactedAt(), mine || moderator ? story.rejectionReason() : null, mine,
                pictures.stream().map(StoryViews::picture).toList(),
                responses.stream().map(StoryViews::response).toList());
    }

    public static Picture picture(StoryPicture picture) {
        return new Picture("/pictures/" + picture.fileName(), picture.altText(), picture.width(), picture.height());
    }

    public static Response response(StoryResponse response) {
        return new Response(response.id(), response.author().displayName(), roleOf(response), response.body(),
                response.createdAt());
    }

    private static String roleOf(StoryResponse response) {
        return response.author().networkRole() == NetworkRole.PRACTITIONER ? "practitioner" : "moderator";
    }

    /** The first {@code max} characters of the story as plain text, cut at a word. */
    public static String excerpt(String markdown, int max) {
        String plain = MarkdownRenderer.toPlainText(markdown).replaceAll("\\s+", " ").strip();
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max);
        return plain.substring(0, cut > max / 2 ? cut : max) + "…";
    }
}
