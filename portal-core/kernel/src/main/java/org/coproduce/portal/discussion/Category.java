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

/** A discussion category: public, or readable by signed-in members only. Administrators manage them. */
@Entity
@EntityListeners(ContentChangeListener.class)
@Table(name = "forum_category")
public class Category {

    @Id
    @SequenceGenerator(name = "forum_category_seq", sequenceName = "forum_category_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "forum_category_seq")
    private Long id;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "members_only", nullable = false)
    private boolean membersOnly;

    @Column(nullable = false)
    private int position;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Category() {
    }

    public Category(String name, String description, boolean membersOnly, int position, Instant createdAt) {
        this.name = name;
        this.description = description;
        this.membersOnly = membersOnly;
        this.position = position;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean membersOnly() {
        return membersOnly;
    }

    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }

    void change(String newName, String newDescription, boolean newMembersOnly, int newPosition) {
        this.name = newName;
        this.description = newDescription;
        this.membersOnly = newMembersOnly;
        this.position = newPosition;
    }
}
