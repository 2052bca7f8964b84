package org.coproduce.portal.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A picture with a story: the file (a name the server made) and its description for people who cannot see it. */
@Entity
@Table(name = "story_picture")
public class StoryPicture {

    @Id
    @SequenceGenerator(name = "story_picture_seq", sequenceName = "story_picture_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "story_picture_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id", nullable = false, updatable = false)
    private Story story;

    @Column(name = "file_name", nullable = false, length = 60, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 20, updatable = false)
    private String contentType;

    @Column(name = "alt_text", nullable = false, length = 300)
    private String altText;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoryPicture() {
    }

    StoryPicture(Story story, String fileName, String contentType, String altText, int width, int height, Instant createdAt) {
        this.story = story;
        this.fileName = fileName;
        this.contentType = contentType;
        this.altText = altText;
        this.width = width;
        this.height = height;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Story story() {
        return story;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public String altText() {
        return altText;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
