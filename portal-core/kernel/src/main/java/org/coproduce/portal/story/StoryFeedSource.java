package org.coproduce.portal.story;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.coproduce.portal.content.MarkdownRenderer;
import org.coproduce.portal.feed.FeedItem;
import org.coproduce.portal.feed.FeedQuery;
import org.coproduce.portal.feed.FeedSource;

/**
 * Published stories in the feeds, under the name the author chose (a pseudonym where they asked). A
 * withdrawn story leaves the feed at once, since only approved, not withdrawn stories are listed.
 */
@ApplicationScoped
public class StoryFeedSource implements FeedSource {

    @Inject
    Stories stories;

    @Override
    public String kind() {
        return "stories";
    }

    @Override
    public String title() {
        return "Stories";
    }

    @Override
    public List<FeedItem> latest(FeedQuery query) {
        if (query.categoryId().isPresent() || query.tag().isPresent()) {
            return List.of();
        }
        return stories.published(1, query.limit()).items().stream()
                .filter(Story::isPublic)
                .map(s -> new FeedItem("story-" + s.id(), s.title(), "/stories/story?id=" + s.id(), s.authorName(),
                        s.moderatedAt() == null ? s.createdAt() : s.moderatedAt(), summary(s.body()), List.of()))
                .toList();
    }

    private static String summary(String markdown) {
        String text = MarkdownRenderer.toPlainText(markdown);
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
