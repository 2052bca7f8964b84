package org.coproduce.portal.discussion;

/** Whether a thread or reply shows: to everyone who may read its category, or only to its author and moderators. */
public enum PostState {
    /** Shown to everyone who may read the category. */
    PUBLISHED,
    /** Written by a new member (or held by the rules); waits for a moderator, seen by its author and moderators. */
    AWAITING,
    /** Turned down or hidden by a moderator; seen by its author and moderators only. */
    HIDDEN;

    /** The word used in the API. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
