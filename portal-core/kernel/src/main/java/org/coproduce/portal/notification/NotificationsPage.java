package org.coproduce.portal.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.plugin.Problem;
import org.coproduce.portal.auth.RequestViewer;
import org.coproduce.portal.common.PageOf;
import org.coproduce.portal.preferences.UiMessages;
import org.coproduce.portal.web.FacesPages;

/**
 * /notifications: the member's notifications, newest first (new ones marked, then counted as read once shown),
 * and their choice per kind of how to hear about them by mail.
 */
@Named
@RequestScoped
public class NotificationsPage {

    @Inject
    Notifications notifications;

    @Inject
    RequestViewer viewer;

    @Inject
    UiMessages messages;

    /** A kind as the settings form shows it. */
    public record Choice(String kind, String label) {
    }

    private String page;
    private PageOf<NotificationView> list;
    private long unreadBefore;
    private final Map<String, String> modes = new LinkedHashMap<>();

    /** View action (after the sign-in guard): loads one page and marks what it shows as read. */
    public void load() {
        viewer.get().accountId().ifPresent(me -> {
            int number = parsePage(page);
            list = notifications.list(me, number, NotificationsResource.PER_PAGE);
            unreadBefore = notifications.unread(me);
            List<Long> shown = list.items().stream().filter(n -> !n.read()).map(NotificationView::id).toList();
            if (!shown.isEmpty()) {
                notifications.markRead(me, shown);
            }
        });
    }

    public String save() {
        long me = viewer.get().accountId().orElseThrow();
        Map<String, NotificationMode> choices = new LinkedHashMap<>();
        modes.forEach((kind, mode) -> {
            try {
                choices.put(kind, NotificationMode.valueOf(mode));
            } catch (IllegalArgumentException | NullPointerException e) {
                choices.put(kind, null);
            }
        });
        try {
            notifications.choose(me, choices);
            FacesPages.flashInfo(messages.get("notifications.saved"));
            FacesPages.redirect("/notifications");
        } catch (Problem problem) {
            FacesPages.show(problem, "choices");
        }
        return null;
    }

    public PageOf<NotificationView> getList() {
        return list;
    }

    public long getUnreadBefore() {
        return unreadBefore;
    }

    /** The kinds the member can choose for, with their labels. */
    public List<Choice> getChoices() {
        List<Choice> result = new ArrayList<>();
        viewer.get().accountId().ifPresent(me -> notifications.preferences(me).forEach((kind, mode) -> {
            modes.putIfAbsent(kind, mode.name());
            result.add(new Choice(kind, NotificationKinds.label(kind, messages)));
        }));
        return result;
    }

    /** The chosen mode per kind, bound to the form's selects. */
    public Map<String, String> getModes() {
        return modes;
    }

    public List<Integer> getPageNumbers() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; list != null && i <= list.pages(); i++) {
            numbers.add(i);
        }
        return numbers;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    private static int parsePage(String value) {
        try {
            int number = Integer.parseInt(value == null ? "1" : value.strip());
            return number >= 1 && number <= 100_000 ? number : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
