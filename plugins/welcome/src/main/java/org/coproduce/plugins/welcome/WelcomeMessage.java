package org.coproduce.plugins.welcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;

/** The welcome message (a single row with id 1). */
@Entity
@Table(name = "welcome_message")
public class WelcomeMessage {

    static final int THE_ONE = 1;

    @Id
    private int id;

    @Column(nullable = false, length = 120)
    private String heading;

    @Column(nullable = false, length = 2000)
    private String body;

    @Column(name = "members_joined", nullable = false)
    private long membersJoined;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    protected WelcomeMessage() {
    }

    public String heading() {
        return heading;
    }

    public String body() {
        return body;
    }

    public long membersJoined() {
        return membersJoined;
    }

    public Instant updatedAt() {
        return updatedAt.toInstant();
    }

    void change(String newHeading, String newBody) {
        heading = newHeading;
        body = newBody;
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    void countJoined() {
        membersJoined++;
    }
}
