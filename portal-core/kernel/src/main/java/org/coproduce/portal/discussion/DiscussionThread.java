package org.coproduce.portal.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.coproduce.portal.web.cache.ContentChangeListener;

/**
 * A discussion thread: a title, a Markdown body and tags, with counters kept on the row (replies, views, last
 * activity) so listings need no counting. Relations are plain ids, loaded in batches by the services.
 */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "forum_thread")
public class DiscussionThread {

    @Id
    @SequenceGenerator(name = "forum_thread_seq", sequenceName = "forum_thread_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_thread_seq")
    private Long id;

    @Column(name = "category_id", nullable = false)
    private long categoryId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 150)
    private String title;

    @Column(nullable = false, length = 100000)
    private String body;

    /** Tags separated by single spaces (each tag is lower-case letters, digits and hyphens). */
    @Column(nullable = false, length = 400)
    private String tags;

    @Column(nullable = false)
    private boolean pinned;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "lock_notice", length = 500)
    private String lockNotice;

    @Column(name = "reply_count", nullable = false)
    private int replyCount;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    /** The language it is written in ("en", "cy"), or null when the writer did not say. */
    @Column(length = 10)
    private String language;

    /** {@link PostState} name: published, awaiting approval or hidden. */
    @Column(nullable = false, length = 20)
    private String state = PostState.PUBLISHED.name();

    /** The moderator's reason for the author when the post was turned down or hidden. */
    @Column(name = "moderation_reason", length = 1000)
    private String moderationReason;

    protected DiscussionThread() {
    }

    public DiscussionThread(long categoryId, long authorId, String title, String body, List<String> tags, Instant createdAt) {
        this.categoryId = categoryId;
        this.authorId = authorId;
        this.title = title;
        this.body = body;
        this.tags = String.join(" ", tags);
        this.createdAt = createdAt;
        this.lastActivityAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long categoryId() {
        return categoryId;
    }

    public long authorId() {
        return authorId;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public List<String> tags() {
        return tags.isEmpty() ? List.of() : List.of(tags.split(" "));
    }

    public boolean pinned() {
        return pinned;
    }

    public boolean locked() {
        return locked;
    }

    public String lockNotice() {
        return lockNotice;
    }

    public int replyCount() {
        return replyCount;
    }

    public long viewCount() {
        return viewCount;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public String language() {
        return language;
    }

    void markLanguage(String code) {
        this.language = code;
    }

    void edit(String newTitle, String newBody, List<String> newTags, Instant at) {
        this.title = newTitle;
        this.body = newBody;
        this.tags = String.join(" ", newTags);
        this.editedAt = at;
    }

    void replied(Instant at) {
        this.replyCount++;
        this.lastActivityAt = at;
    }

    void pin(boolean value) {
        this.pinned = value;
    }

    void lock(boolean value, String notice) {
        this.locked = value;
        this.lockNotice = value ? notice : null;
    }

    public PostState state() {
        return PostState.valueOf(state);
    }

    public String moderationReason() {
        return moderationReason;
    }

    void moderate(PostState newState, String reason) {
        this.state = newState.name();
        this.moderationReason = reason;
    }

    /** A published reply was hidden (-1) or one came back or was approved (+1). */
    void countReplies(int delta, Instant at) {
        this.replyCount = Math.max(0, this.replyCount + delta);
        if (delta > 0 && at != null && at.isAfter(this.lastActivityAt)) {
            this.lastActivityAt = at;
        }
    }

    void moveTo(long newCategoryId) {
        this.categoryId = newCategoryId;
    }
}
