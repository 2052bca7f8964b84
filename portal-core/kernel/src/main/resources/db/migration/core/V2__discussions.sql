-- Core schema, version 2: discussions (forums). Categories, threads, replies, their revisions, views per
-- viewer per day and follows. Written for both PostgreSQL and H2 (in PostgreSQL mode).

CREATE SEQUENCE forum_category_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE forum_thread_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE forum_reply_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE forum_revision_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_category (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(80)  NOT NULL,
    description     VARCHAR(500) NOT NULL,
    members_only    BOOLEAN      NOT NULL,
    position        INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT forum_category_name_unique UNIQUE (name)
);

CREATE TABLE forum_thread (
    id                BIGINT PRIMARY KEY,
    category_id       BIGINT NOT NULL REFERENCES forum_category (id),
    author_id         BIGINT NOT NULL REFERENCES account (id),
    title             VARCHAR(150) NOT NULL,
    body              VARCHAR(100000) NOT NULL,
    tags              VARCHAR(400) NOT NULL,
    pinned            BOOLEAN NOT NULL,
    locked            BOOLEAN NOT NULL,
    lock_notice       VARCHAR(500),
    reply_count       INTEGER NOT NULL,
    view_count        BIGINT  NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at         TIMESTAMP WITH TIME ZONE,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX forum_thread_listing ON forum_thread (category_id, pinned, last_activity_at);

CREATE TABLE forum_reply (
    id               BIGINT PRIMARY KEY,
    thread_id        BIGINT NOT NULL REFERENCES forum_thread (id),
    author_id        BIGINT NOT NULL REFERENCES account (id),
    body             VARCHAR(100000) NOT NULL,
    quoted_reply_id  BIGINT REFERENCES forum_reply (id),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    edited_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX forum_reply_thread ON forum_reply (thread_id, created_at, id);

CREATE TABLE forum_revision (
    id          BIGINT PRIMARY KEY,
    thread_id   BIGINT NOT NULL REFERENCES forum_thread (id),
    reply_id    BIGINT REFERENCES forum_reply (id),
    editor_id   BIGINT NOT NULL REFERENCES account (id),
    edited_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    old_title   VARCHAR(150),
    new_title   VARCHAR(150),
    old_body    VARCHAR(100000) NOT NULL,
    new_body    VARCHAR(100000) NOT NULL
);
CREATE INDEX forum_revision_thread ON forum_revision (thread_id, edited_at);

-- One row per thread, viewer and day: the view count grows once per viewer per day, not per request.
CREATE TABLE forum_view (
    thread_id   BIGINT NOT NULL REFERENCES forum_thread (id),
    viewer_key  VARCHAR(64) NOT NULL,
    view_day    INTEGER NOT NULL,
    PRIMARY KEY (thread_id, viewer_key, view_day)
);

CREATE TABLE forum_thread_follow (
    account_id  BIGINT NOT NULL REFERENCES account (id),
    thread_id   BIGINT NOT NULL REFERENCES forum_thread (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, thread_id)
);

CREATE TABLE forum_category_follow (
    account_id   BIGINT NOT NULL REFERENCES account (id),
    category_id  BIGINT NOT NULL REFERENCES forum_category (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (account_id, category_id)
);
