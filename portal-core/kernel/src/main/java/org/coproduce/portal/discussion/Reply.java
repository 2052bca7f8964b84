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
import org.coproduce.portal.web.cache.ContentChangeListener;

/** A reply in a thread, optionally quoting an earlier reply of the same thread. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "forum_reply")
public class Reply {

    @Id
    @SequenceGenerator(name = "forum_reply_seq", sequenceName = "forum_reply_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_reply_seq")
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "author_id", nullable = false)
    private long authorId;

    @Column(nullable = false, length = 100000)
    private String body;

    @Column(name = "quoted_reply_id")
    private Long quotedReplyId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    /** The language it is written in ("en", "cy"), or null when the writer did not say. */
    @Column(length = 10)
    private String language;

    /** For a reply a member of staff posted on someone's behalf: the name or pseudonym shown; otherwise null. */
    @Column(name = "behalf_name", length = 80)
    private String behalfName;

    /** The account of the person it was posted for, when they have one. */
    @Column(name = "behalf_account_id")
    private Long behalfAccountId;

    /** {@link PostState} name: published, awaiting approval or hidden. */
    @Column(nullable = false, length = 20)
    private String state = PostState.PUBLISHED.name();

    /** The moderator's reason for the author when the post was turned down or hidden. */
    @Column(name = "moderation_reason", length = 1000)
    private String moderationReason;

    protected Reply() {
    }

    public Reply(long threadId, long authorId, String body, Long quotedReplyId, Instant createdAt) {
        this.threadId = threadId;
        this.authorId = authorId;
        this.body = body;
        this.quotedReplyId = quotedReplyId;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public long threadId() {
        return threadId;
    }

    public long authorId() {
        return authorId;
    }

    public String body() {
        return body;
    }

    public Long quotedReplyId() {
        return quotedReplyId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String language() {
        return language;
    }

    /** The name or pseudonym of the person a member of staff posted it for, or null. */
    public String behalfName() {
        return behalfName;
    }

    public Long behalfAccountId() {
        return behalfAccountId;
    }

    void edit(String newBody, Instant at) {
        this.body = newBody;
        this.editedAt = at;
    }

    void markLanguage(String code) {
        this.language = code;
    }

    void postedOnBehalf(String shownName, Long personAccountId) {
        this.behalfName = shownName;
        this.behalfAccountId = personAccountId;
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
}
