package org.coproduce.portal.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The kinds of notification the core sends, with the words members see for them. Plugins send their own kinds
 * (named like {@code plan.review-due}). Defaults respect consent: a kind starts as {@link NotificationMode#IMMEDIATE}
 * only when it follows from something the member did (following a thread or category, sharing a story or a post,
 * joining a plan's team, claiming a payment); {@link #MENTION}, which follows from what someone else wrote, is
 * listed in the portal but not mailed until the member chooses so. Nothing is mailed before any of that but the
 * account's own mails (confirming the address, resetting the password).
 */
public final class NotificationKinds {

    public static final String FOLLOWED_REPLY = "followed-reply";
    public static final String FOLLOWED_THREAD = "followed-thread";
    public static final String STORY_RESPONSE = "story-response";
    public static final String MODERATION_OUTCOME = "moderation-outcome";
    public static final String MENTION = "mention";

    /** What a kind's name may look like (plugins' kinds included). */
    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");
    static final int NAME_MAX = 40;

    private static final Map<String, String> CORE = new LinkedHashMap<>();

    static {
        CORE.put(FOLLOWED_REPLY, "Replies in threads I follow");
        CORE.put(FOLLOWED_THREAD, "New threads in categories I follow");
        CORE.put(MENTION, "When someone mentions me (@name)");
        CORE.put(STORY_RESPONSE, "Responses to my stories");
        CORE.put(MODERATION_OUTCOME, "Moderators' decisions about what I shared");
    }

    private NotificationKinds() {
    }

    /** The core's kinds and their labels, in the order a settings page shows them. */
    public static Map<String, String> core() {
        return Map.copyOf(CORE);
    }

    public static Iterable<String> coreNames() {
        return CORE.keySet();
    }

    /** How a member hears about a kind until they choose: by mail at once, except mentions (listed only). */
    public static NotificationMode defaultMode(String kind) {
        return MENTION.equals(kind) ? NotificationMode.OFF : NotificationMode.IMMEDIATE;
    }

    /** The words for a kind: the core's label, or the kind's own name for a plugin's. */
    public static String label(String kind) {
        return CORE.getOrDefault(kind, kind);
    }

    /** The words for a kind in the page's language ({@code notification.kind.<kind>}), else as {@link #label(String)}. */
    public static String label(String kind, Map<String, String> messages) {
        String key = "notification.kind." + kind;
        return messages.containsKey(key) ? messages.get(key) : label(kind);
    }

    public static boolean validName(String kind) {
        return kind != null && kind.length() <= NAME_MAX && NAME.matcher(kind).matches();
    }
}
