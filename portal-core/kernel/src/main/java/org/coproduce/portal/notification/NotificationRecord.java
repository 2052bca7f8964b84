package org.coproduce.portal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notification for one member. */
@Entity
@Table(name = "notification")
public class NotificationRecord {

    static final int TEXT_MAX = 4000;

    @Id
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(name = "body_text", nullable = false, length = TEXT_MAX)
    private String bodyText;

    @Column(nullable = false, length = 500)
    private String path;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Delivery delivery;

    protected NotificationRecord() {
    }

    NotificationRecord(long recipientId, String kind, String subject, String bodyText, String path, Instant createdAt,
            Delivery delivery) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.subject = subject;
        this.bodyText = bodyText;
        this.path = path;
        this.createdAt = createdAt;
        this.delivery = delivery;
    }

    public long id() {
        return id;
    }

    public long recipientId() {
        return recipientId;
    }

    public String kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String path() {
        return path;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }

    Delivery delivery() {
        return delivery;
    }

    void delivered(Delivery how) {
        this.delivery = how;
    }
}
