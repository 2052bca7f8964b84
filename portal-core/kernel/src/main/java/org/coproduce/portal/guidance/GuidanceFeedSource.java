package org.coproduce.portal.guidance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.coproduce.portal.feed.FeedItem;
import org.coproduce.portal.feed.FeedQuery;
import org.coproduce.portal.feed.FeedSource;

/** Published guidance in the feeds: each document's latest version, newest first. */
@ApplicationScoped
public class GuidanceFeedSource implements FeedSource {

    @Inject
    GuidanceLibrary library;

    @Override
    public String kind() {
        return "guidance";
    }

    @Override
    public String title() {
        return "Guidance updates";
    }

    @Override
    public List<FeedItem> latest(FeedQuery query) {
        if (query.categoryId().isPresent()) {
            return List.of();
        }
        return library.list(query.tag().orElse(null), 1, query.limit()).items().stream()
                .map(g -> new FeedItem("guidance-" + g.id() + "-v" + g.version(), g.title() + " (version " + g.version() + ")",
                        "/guidance/document?id=" + g.id(), "Coproduce guidance", g.publishedAt(), g.summary(), g.tags()))
                .toList();
    }
}
