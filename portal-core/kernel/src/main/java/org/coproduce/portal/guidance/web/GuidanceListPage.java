package org.coproduce.portal.guidance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.PortalRole;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.guidance.GuidanceLibrary;
import org.coproduce.portal.guidance.GuidanceSummary;
import org.coproduce.portal.web.FacesPages;

/** {@code /guidance}: published guidance, newest first, optionally with one tag; numbered pages. */
@Named
@RequestScoped
public class GuidanceListPage {

    static final int PAGE_SIZE = 20;

    @Inject
    GuidanceLibrary library;

    @Inject
    CurrentViewer viewer;

    private PageOf<GuidanceSummary> page;
    private List<String> tags;

    public PageOf<GuidanceSummary> getPage() {
        if (page == null) {
            Long number = GuidancePages.longParameter("page");
            int wanted = number == null || number < 1 || number > 100_000 ? 1 : number.intValue();
            page = library.list(getTag(), wanted, PAGE_SIZE);
        }
        return page;
    }

    /** The tag the list is filtered by, or null. */
    public String getTag() {
        String tag = FacesPages.request().getParameter("tag");
        return tag == null || tag.isBlank() || tag.length() > 40 ? null : tag.strip();
    }

    public List<String> getTags() {
        if (tags == null) {
            tags = library.tagsInUse();
        }
        return tags;
    }

    public boolean isModerator() {
        return viewer.get().has(PortalRole.MODERATOR);
    }

    /** The link to another page of this list. */
    public String pageLink(int number) {
        String tag = getTag();
        return FacesPages.request().getContextPath() + "/guidance?" + (tag == null ? "" : "tag="
                + URLEncoder.encode(tag, StandardCharsets.UTF_8) + "&") + "page=" + number;
    }

    public String tagLink(String tag) {
        return FacesPages.request().getContextPath() + "/guidance?tag=" + URLEncoder.encode(tag, StandardCharsets.UTF_8);
    }
}
