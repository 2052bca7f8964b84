package org.coproduce.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.coproduce.plugin.CurrentViewer;
import org.coproduce.plugin.Viewer;
import org.coproduce.plugin.ui.Audience;
import org.coproduce.plugin.ui.NavigationContributor;
import org.coproduce.plugin.ui.NavigationEntry;
import org.coproduce.portal.notification.Notifications;
import org.coproduce.portal.plugin.Extensions;
import org.coproduce.portal.preferences.UiMessages;

/** The main navigation: the core's entries and those of active plugins, for this viewer, in order. */
@Named("navigation")
@RequestScoped
public class NavigationMenu {

    private static final List<NavigationEntry> CORE = List.of(
            new NavigationEntry("core.home", "Home", "/", 100, Audience.EVERYONE),
            new NavigationEntry("core.discussions", "Discussions", "/discussions/", 200, Audience.EVERYONE),
            new NavigationEntry("core.stories", "Stories", "/stories", 300, Audience.EVERYONE),
            new NavigationEntry("core.practice", "Practice", "/practice", 400, Audience.EVERYONE),
            new NavigationEntry("core.guidance", "Guidance", "/guidance", 500, Audience.EVERYONE),
            new NavigationEntry("core.search", "Search", "/search", 600, Audience.EVERYONE),
            new NavigationEntry("core.notifications", "Notifications", "/notifications", 790, Audience.MEMBERS),
            new NavigationEntry("core.profile", "My profile", "/profile", 800, Audience.MEMBERS),
            new NavigationEntry("core.assisted", "Post for someone", "/assisted/", 820, Audience.MEMBERS),
            new NavigationEntry("core.moderation.queue", "Review queue", "/moderation/", 845, Audience.MODERATORS),
            new NavigationEntry("core.moderation.urgent", "Safeguarding concerns", "/moderation/urgent", 846, Audience.MODERATORS),
            new NavigationEntry("core.moderation.stories", "Stories to review", "/moderation/stories", 850, Audience.MODERATORS),
            new NavigationEntry("core.admin.mail", "Mail outbox", "/admin/mail", 900, Audience.ADMINISTRATORS),
            new NavigationEntry("core.admin.audit", "Audit log", "/admin/audit", 902, Audience.ADMINISTRATORS),
            new NavigationEntry("core.admin.categories", "Categories", "/admin/categories", 905, Audience.ADMINISTRATORS),
            new NavigationEntry("core.admin.plugins", "Plugins", "/admin/plugins", 910, Audience.ADMINISTRATORS),
            new NavigationEntry("core.admin.search", "Search index", "/admin/search", 915, Audience.ADMINISTRATORS),
            new NavigationEntry("core.admin.appearance", "Appearance", "/admin/appearance", 920, Audience.ADMINISTRATORS),
            new NavigationEntry("core.admin.terms", "Terms of service", "/admin/terms", 925, Audience.ADMINISTRATORS));

    @Inject
    @Any
    Instance<NavigationContributor> contributors;

    @Inject
    Extensions extensions;

    @Inject
    CurrentViewer viewer;

    @Inject
    UiMessages messages;

    @Inject
    Notifications notifications;

    private List<MenuLink> links;

    public List<MenuLink> getLinks() {
        if (links == null) {
            Viewer who = viewer.get();
            List<NavigationEntry> entries = new ArrayList<>(CORE);
            extensions.active(contributors).forEach(c -> entries.addAll(c.navigationEntries()));
            var request = FacesPages.request();
            String here = request.getRequestURI().substring(request.getContextPath().length());
            String context = request.getContextPath();
            links = entries.stream()
                    .filter(e -> e.audience().includes(who))
                    .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::id))
                    .map(e -> new MenuLink(e.id(), label(e), context + e.path(), isCurrent(e.path(), here)))
                    .toList();
        }
        return links;
    }

    /** The entry's label in the page's language and theme ({@code nav.<id>} in the messages), else its own. */
    private String label(NavigationEntry entry) {
        if ("core.notifications".equals(entry.id())) {
            // The one statement a signed-in page adds: how many of the member's notifications are unread.
            long unread = viewer.get().accountId().map(notifications::unread).orElse(0L);
            if (unread > 0) {
                return messages.format("nav.core.notifications.unread", unread);
            }
        }
        String key = "nav." + entry.id();
        return messages.containsKey(key) ? messages.get(key) : entry.label();
    }

    private static boolean isCurrent(String path, String here) {
        String bare = here.endsWith(".xhtml") ? here.substring(0, here.length() - 6) : here;
        if ("/".equals(path)) {
            return "/".equals(here) || "/index".equals(bare);
        }
        return bare.equals(path) || bare.startsWith(path.endsWith("/") ? path : path + "/")
                || (path.endsWith("/") && bare.equals(path + "index"));
    }
}
