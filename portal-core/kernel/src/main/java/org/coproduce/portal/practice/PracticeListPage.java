package org.coproduce.portal.practice;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.web.FacesPages;

/** The register's listing: a GET form of filters (country, partnership level, tag) and numbered pages. */
@Named
@RequestScoped
public class PracticeListPage {

    static final int PAGE_SIZE = 10;

    @Inject
    PracticeExamples examples;

    private String country = "";
    private String partnershipLevel = "";
    private String tag = "";
    private PageOf<PracticeViews.Summary> results;
    private List<Countries.Country> countries;
    private List<String> tags;

    @PostConstruct
    void load() {
        HttpServletRequest request = FacesPages.request();
        country = value(request.getParameter("country"));
        partnershipLevel = value(request.getParameter("partnershipLevel"));
        tag = value(request.getParameter("tag"));
        int page = 1;
        try {
            page = Math.max(1, Integer.parseInt(value(request.getParameter("page"))));
        } catch (NumberFormatException e) {
            // the first page
        }
        PracticeFilter filter;
        try {
            filter = PracticeFilter.parse(country, partnershipLevel, tag);
            country = filter.country() == null ? "" : filter.country();
            partnershipLevel = filter.partnershipLevel() == null ? "" : filter.partnershipLevel().name();
        } catch (Problem problem) {
            FacesPages.faces().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, problem.getMessage(), null));
            filter = PracticeFilter.NONE;
            country = "";
            partnershipLevel = "";
            tag = "";
        }
        PageOf<PracticeExamples.Listed> found = examples.list(filter, page, PAGE_SIZE);
        if (found.items().isEmpty() && page > 1) {
            found = examples.list(filter, 1, PAGE_SIZE);
        }
        results = new PageOf<>(found.items().stream().map(PracticeViews::summary).toList(), found.page(),
                found.size(), found.total());
        List<String> codes = new ArrayList<>(examples.countriesInUse());
        countries = codes.stream().map(code -> new Countries.Country(code, Countries.name(code)))
                .sorted(Comparator.comparing(Countries.Country::name)).toList();
        tags = examples.tagsInUse();
    }

    /** View action: reads the filters before the page renders, so that a message about them shows at the top. */
    public void prepare() {
        // the work is done on construction; this only makes it happen before rendering
    }

    private static String value(String parameter) {
        return parameter == null ? "" : parameter.strip();
    }

    /** The address of another page of the same results. */
    public String pageLink(int page) {
        StringBuilder query = new StringBuilder("?page=").append(page);
        append(query, "country", country);
        append(query, "partnershipLevel", partnershipLevel);
        append(query, "tag", tag);
        return FacesPages.request().getContextPath() + "/practice" + query;
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!value.isEmpty()) {
            query.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    public boolean isFiltered() {
        return !country.isEmpty() || !partnershipLevel.isEmpty() || !tag.isEmpty();
    }

    public PageOf<PracticeViews.Summary> getResults() {
        return results;
    }

    public List<Countries.Country> getCountries() {
        return countries;
    }

    public List<String> getTags() {
        return tags;
    }

    public List<PartnershipLevel> getLevels() {
        return Arrays.asList(PartnershipLevel.values());
    }

    public String getCountry() {
        return country;
    }

    public String getPartnershipLevel() {
        return partnershipLevel;
    }

    public String getTag() {
        return tag;
    }
}
