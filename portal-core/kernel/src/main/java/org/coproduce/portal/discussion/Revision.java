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

/** One edit of a thread (title and body) or of a reply (body): who, when, the text before and after. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "forum_revision")
public class Revision {

    @Id
    @SequenceGenerator(name = "forum_revision_seq", sequenceName = "forum_revision_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_revision_seq")
    private Long id;

    @Column(name = "thread_id", nullable = false)
    private long threadId;

    @Column(name = "reply_id")
    private Long replyId;

    @Column(name = "editor_id", nullable = false)
    private long editorId;

    @Column(name = "edited_at", nullable = false)
    private Instant editedAt;

    @Column(name = "old_title", length = 150)
    private String oldTitle;

    @Column(name = "new_title", length = 150)
    private String newTitle;

    @Column(name = "old_body", nullable = false, length = 100000)
    private String oldBody;

    @Column(name = "new_body", nullable = false, length = 100000)
    private String newBody;

    /** Why a moderator changed someone else's post; null for an author's own edit. */
    @Column(length = 1000)
    private String reason;

    protected Revision() {
    }

    Revision(long threadId, Long replyId, long editorId, Instant editedAt, String oldTitle, String newTitle,
             String oldBody, String newBody) {
        this.threadId = threadId;
        this.replyId = replyId;
        this.editorId = editorId;
        this.editedAt = editedAt;
        this.oldTitle = oldTitle;
        this.newTitle = newTitle;
        this.oldBody = oldBody;
        this.newBody = newBody;
    }

    public Long id() {
        return id;
    }

    public long threadId() {
        return threadId;
    }

    public Long replyId() {
        return replyId;
    }

    public long editorId() {
        return editorId;
    }

    public Instant editedAt() {
        return editedAt;
    }

    public String oldTitle() {
        return oldTitle;
    }

    public String newTitle() {
        return newTitle;
    }

    public String oldBody() {
        return oldBody;
    }

    public String newBody() {
        return newBody;
    }

    public String reason() {
        return reason;
    }

    Revision because(String why) {
        this.reason = why;
        return this;
    }
}
