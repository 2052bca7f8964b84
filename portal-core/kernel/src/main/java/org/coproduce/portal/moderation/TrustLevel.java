package org.coproduce.portal.moderation;

import java.util.Locale;

/**
 * How far the portal trusts a member, earned by time since joining, threads read and approved contributions
 * (or set by a moderator). Each level has its posting limits; a new member's posts wait for a moderator.
 */
public enum TrustLevel {
    NEW(0, 0, 0, 2, 10, 1),
    BASIC(0, 0, 1, 5, 50, 5),
    MEMBER(7, 10, 5, 10, 200, 20),
    TRUSTED(60, 50, 30, 60, 2000, 50);

    private final int days;
    private final int threadsRead;
    private final int contributions;
    private final int postsPerMinute;
    private final int postsPerDay;
    private final int linksPerPost;

    TrustLevel(int days, int threadsRead, int contributions, int postsPerMinute, int postsPerDay, int linksPerPost) {
        this.days = days;
        this.threadsRead = threadsRead;
        this.contributions = contributions;
        this.postsPerMinute = postsPerMinute;
        this.postsPerDay = postsPerDay;
        this.linksPerPost = linksPerPost;
    }

    /** The highest level whose thresholds (days since joining, threads read, approved contributions) are all met. */
    public static TrustLevel earned(long daysSinceJoining, long threadsRead, long approvedContributions) {
        TrustLevel level = NEW;
        for (TrustLevel candidate : values()) {
            if (daysSinceJoining >= candidate.days && threadsRead >= candidate.threadsRead
                    && approvedContributions >= candidate.contributions) {
                level = candidate;
            }
        }
        return level;
    }

    /** A level named in the API (new, basic, member, trusted), or null when the word names none. */
    public static TrustLevel parse(String word) {
        if (word == null) {
            return null;
        }
        for (TrustLevel level : values()) {
            if (level.word().equals(word.strip().toLowerCase(Locale.ROOT))) {
                return level;
            }
        }
        return null;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this member's posts wait for a moderator before others see them. */
    public boolean postsWait() {
        return this == NEW;
    }

    public int postsPerMinute() {
        return postsPerMinute;
    }

    public int postsPerDay() {
        return postsPerDay;
    }

    /** The most links a post may hold at this level. */
    public int linksPerPost() {
        return linksPerPost;
    }
}
