package org.coproduce.portal.practice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.coproduce.portal.feed.FeedItem;
import org.coproduce.portal.feed.FeedQuery;
import org.coproduce.portal.feed.FeedSource;

/** Practice examples in the feeds, newest first, under their organisation's name. */
@ApplicationScoped
public class PracticeFeedSource implements FeedSource {

    @Inject
    PracticeExamples examples;

    @Override
    public String kind() {
        return "practice";
    }

    @Override
    public String title() {
        return "Practice examples";
    }

    @Override
    public List<FeedItem> latest(FeedQuery query) {
        if (query.categoryId().isPresent()) {
            return List.of();
        }
        PracticeFilter filter = query.tag().map(tag -> PracticeFilter.parse(null, null, tag)).orElse(PracticeFilter.NONE);
        return examples.list(filter, 1, query.limit()).items().stream()
                .map(listed -> {
                    PracticeExample e = listed.example();
                    return new FeedItem("practice-" + e.id(), e.title() + " (" + e.referenceNumber() + ")",
                            "/practice/example?id=" + e.id(), e.organisation(), e.createdAt(), e.summary(), listed.tags());
                })
                .toList();
    }
}
