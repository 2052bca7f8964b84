package org.coproduce.portal.search;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Problem;
import org.coproduce.plugin.Viewer;
import org.coproduce.portal.practice.Countries;
import org.coproduce.portal.practice.PartnershipLevel;
import org.coproduce.portal.web.FacesPages;

/** The search page (/search): a GET form, results with snippets, facets as links, numbered pages. */
@Named
@RequestScoped
public class SearchPage {

    static final Map<String, String> PARAMETERS = new LinkedHashMap<>();
    static final Map<String, String> DIMENSION_LABELS = new LinkedHashMap<>();
    static final Map<String, String> TYPE_LABELS = Map.of("thread", "Discussion", "reply", "Reply", "story", "Story",
            "practice", "Practice example", "guidance", "Guidance");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZoneOffset.UTC);

    static {
        PARAMETERS.put(SearchFields.TYPE, "type");
        PARAMETERS.put(SearchFields.TAG, "tag");
        PARAMETERS.put(SearchFields.COUNTRY, "country");
        PARAMETERS.put(SearchFields.LEVEL, "partnershipLevel");
        PARAMETERS.put(SearchFields.YEAR, "year");
        DIMENSION_LABELS.put(SearchFields.TYPE, "Kind");
        DIMENSION_LABELS.put(SearchFields.TAG, "Tag");
        DIMENSION_LABELS.put(SearchFields.COUNTRY, "Country");
        DIMENSION_LABELS.put(SearchFields.LEVEL, "Partnership level");
        DIMENSION_LABELS.put(SearchFields.YEAR, "Year");
    }

    @Inject
    SearchService search;

    @Inject
    SearchLanes lanes;

    @Inject
    CurrentViewer viewer;

    /** A facet value as a link. */
    public record FacetLink(String label, long count, String href, boolean chosen) {
    }

    /** A facet with its values. */
    public record FacetGroup(String label, List<FacetLink> values) {
    }

    /** A hit as the page shows it. */
    public record HitView(String kind, String title, String href, String snippet, String date) {
    }

    /** A chosen filter, kept as a hidden field when the words change. */
    public record Filter(String name, String value) {
    }

    /** A numbered page link. */
    public record PageLink(int number, String href, boolean current) {
    }

    private final Map<String, String> chosen = new LinkedHashMap<>();
    private String q = "";
    private String sort = "";
    private SearchResults results;

    @PostConstruct
    void load() {
        HttpServletRequest request = FacesPages.request();
        q = value(request.getParameter("q"));
        sort = value(request.getParameter("sort"));
        PARAMETERS.values().forEach(p -> {
            String v = value(request.getParameter(p));
            if (!v.isEmpty()) {
                chosen.put(p, v);
            }
        });
        int page = 1;
        try {
            page = Math.max(1, Integer.parseInt(value(request.getParameter("page"))));
        } catch (NumberFormatException e) {
            // the first page
        }
        if (q.isEmpty() && chosen.isEmpty()) {
            return;
        }
        try {
            SearchRequest asked = new SearchRequest(q, chosen.get("type"), chosen.get("tag"), chosen.get("country"),
                    chosen.get("partnershipLevel"), chosen.get("year"), sort.isEmpty() ? null : sort, page,
                    SearchRequest.DEFAULT_SIZE);
            Viewer reader = viewer.get();
            results = lanes.await(() -> search.search(asked, reader));
        } catch (Problem problem) {
            String message = problem.fields().isEmpty() ? problem.getMessage() : problem.fields().get(0).message();
            FacesPages.faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            results = null;
        }
    }

    /** View action: the search runs on construction; this makes it happen before rendering. */
    public void prepare() {
        // nothing more
    }

    private static String value(String parameter) {
        return parameter == null ? "" : parameter.strip();
    }

    public String getQ() {
        return q;
    }

    public String getSort() {
        return results == null ? sort : results.sort();
    }

    public boolean isSearched() {
        return results != null;
    }

    public SearchResults getResults() {
        return results;
    }

    public List<Filter> getChosenFilters() {
        return chosen.entrySet().stream().map(e -> new Filter(e.getKey(), e.getValue())).toList();
    }

    public boolean isFiltered() {
        return !chosen.isEmpty();
    }

    public List<HitView> getHits() {
        if (results == null) {
            return List.of();
        }
        String context = FacesPages.request().getContextPath();
        return results.hits().stream().map(h -> new HitView(TYPE_LABELS.getOrDefault(h.type(), h.type()), h.title(),
                context + h.url(), h.snippet(), org.coproduce.portal.preferences.LocalDates.date(h.date()))).toList();
    }

    public List<FacetGroup> getFacets() {
        List<FacetGroup> groups = new ArrayList<>();
        if (results == null) {
            return groups;
        }
        results.facets().forEach((dimension, values) -> {
            if (values.isEmpty()) {
                return;
            }
            String parameter = PARAMETERS.get(dimension);
            List<FacetLink> links = new ArrayList<>();
            for (FacetValue v : values) {
                boolean on = v.value().equalsIgnoreCase(chosen.getOrDefault(parameter, ""));
                Map<String, String> next = new LinkedHashMap<>(chosen);
                if (on) {
                    next.remove(parameter);
                } else {
                    next.put(parameter, v.value());
                }
                links.add(new FacetLink(label(dimension, v.value()), v.count(), link(q, sort, next, 1), on));
            }
            groups.add(new FacetGroup(DIMENSION_LABELS.get(dimension), links));
        });
        return groups;
    }

    private static String label(String dimension, String value) {
        return switch (dimension) {
            case SearchFields.TYPE -> TYPE_LABELS.getOrDefault(value, value);
            case SearchFields.COUNTRY -> Countries.name(value);
            case SearchFields.LEVEL -> PartnershipLevel.parse(value).map(PartnershipLevel::label).orElse(value);
            default -> value;
        };
    }

    public List<PageLink> getPages() {
        List<PageLink> pages = new ArrayList<>();
        if (results == null || results.pages() <= 1) {
            return pages;
        }
        int last = Math.min(results.pages(), SearchRequest.MAX_DEPTH / results.size());
        int from = Math.max(1, results.page() - 4);
        int to = Math.min(last, from + 9);
        for (int p = from; p <= to; p++) {
            pages.add(new PageLink(p, link(q, sort, chosen, p), p == results.page()));
        }
        return pages;
    }

    /** The search for the corrected words. */
    public String getDidYouMeanLink() {
        return results == null || results.didYouMean() == null ? null : link(results.didYouMean(), sort, chosen, 1);
    }

    public String sortLink(String by) {
        return link(q, by, chosen, 1);
    }

    public String getClearFiltersLink() {
        return link(q, sort, Map.of(), 1);
    }

    private static String link(String q, String sort, Map<String, String> filters, int page) {
        StringBuilder query = new StringBuilder("?q=").append(encode(q));
        filters.forEach((k, v) -> query.append('&').append(k).append('=').append(encode(v)));
        if (sort != null && !sort.isEmpty()) {
            query.append("&sort=").append(encode(sort));
        }
        if (page > 1) {
            query.append("&page=").append(page);
        }
        return FacesPages.request().getContextPath() + "/search" + query;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
