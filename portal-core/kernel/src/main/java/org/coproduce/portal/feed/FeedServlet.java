package org.coproduce.portal.feed;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.coproduce.portal.account.AccountSettings;

/**
 * Serves the Atom feeds: {@code /feeds/latest.atom} (everything), {@code /feeds/<kind>.atom} (one kind of
 * content), {@code /feeds/category/<id>.atom} and {@code /feeds/tag/<tag>.atom}.
 */
@WebServlet(name = "feeds", urlPatterns = "/feeds/*")
public class FeedServlet extends HttpServlet {

    static final int LIMIT = 30;
    private static final Pattern KIND = Pattern.compile("/([a-z-]{2,30})\\.atom");
    private static final Pattern CATEGORY = Pattern.compile("/category/(\\d{1,18})\\.atom");
    private static final Pattern TAG = Pattern.compile("/tag/([\\p{L}\\p{N}-]{1,40})\\.atom");

    @Inject
    @Any
    Instance<FeedSource> sources;

    @Inject
    AccountSettings settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Optional<Feed> feed = resolve(path);
        if (feed.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<FeedItem> items = new ArrayList<>();
        for (FeedSource source : feed.get().sources()) {
            items.addAll(source.latest(feed.get().query()));
        }
        items.sort(Comparator.comparing(FeedItem::updated).reversed());
        response.setContentType("application/atom+xml;charset=UTF-8");
        response.setHeader("Cache-Control", "public, max-age=60");
        try {
            new AtomWriter(settings.baseUrl()).write(response.getOutputStream(), "/feeds" + path,
                    feed.get().alternatePath(), feed.get().title(), items.subList(0, Math.min(LIMIT, items.size())));
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the feed " + path, e);
        }
    }

    private Optional<Feed> resolve(String path) {
        List<FeedSource> all = sources.stream().sorted(Comparator.comparing(FeedSource::kind)).toList();
        if ("/latest.atom".equals(path)) {
            return Optional.of(new Feed("Coproduce: latest activity", "/", all, FeedQuery.all(LIMIT)));
        }
        Matcher category = CATEGORY.matcher(path);
        if (category.matches()) {
            long id = Long.parseLong(category.group(1));
            return Optional.of(new Feed("Coproduce: discussion category " + id, "/discussions/category?id=" + id, all,
                    new FeedQuery(Optional.of(id), Optional.empty(), LIMIT)));
        }
        Matcher tag = TAG.matcher(path);
        if (tag.matches()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            return Optional.of(new Feed("Coproduce: tagged " + name, "/", all,
                    new FeedQuery(Optional.empty(), Optional.of(name), LIMIT)));
        }
        Matcher kind = KIND.matcher(path);
        if (kind.matches()) {
            return all.stream().filter(s -> s.kind().equals(kind.group(1))).findFirst()
                    .map(s -> new Feed("Coproduce: " + s.title(), "/" + s.kind(), List.of(s), FeedQuery.all(LIMIT)));
        }
        return Optional.empty();
    }

    private record Feed(String title, String alternatePath, List<FeedSource> sources, FeedQuery query) {
    }
}
