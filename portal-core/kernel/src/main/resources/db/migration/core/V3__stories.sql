-- Stories: shared by members under their name or a stable pseudonym, pre-moderated, withdrawable (never
-- deleted), with responses from practitioners and moderators. Tables prefixed story_.
-- Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.

CREATE SEQUENCE story_pseudonym_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE story_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE story_response_seq START WITH 50 INCREMENT BY 50;

-- One pseudonym per account, made on first use and kept for good.
CREATE TABLE story_pseudonym (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account (id),
    name        VARCHAR(60) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT story_pseudonym_account_unique UNIQUE (account_id),
    CONSTRAINT story_pseudonym_name_unique UNIQUE (name)
);

-- status: PENDING (waiting for a moderator), APPROVED (public unless withdrawn), REJECTED (with a reason).
-- withdrawn_at: set when the author withdraws it; the row stays for audit.
CREATE TABLE story_entry (
    id               BIGINT PRIMARY KEY,
    author_id        BIGINT NOT NULL REFERENCES account (id),
    pseudonym_id     BIGINT REFERENCES story_pseudonym (id),
    title            VARCHAR(150) NOT NULL,
    body             VARCHAR(100000) NOT NULL,
    status           VARCHAR(12) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    moderated_at     TIMESTAMP WITH TIME ZONE,
    moderated_by     BIGINT REFERENCES account (id),
    rejection_reason VARCHAR(1000),
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    version          INTEGER NOT NULL
);
CREATE INDEX story_entry_listing ON story_entry (status, withdrawn_at, moderated_at);
CREATE INDEX story_entry_author ON story_entry (author_id);

CREATE TABLE story_response (
    id          BIGINT PRIMARY KEY,
    story_id    BIGINT NOT NULL REFERENCES story_entry (id),
    author_id   BIGINT NOT NULL REFERENCES account (id),
    body        VARCHAR(100000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX story_response_story ON story_response (story_id, created_at);

-- Pictures with a story: re-encoded files under the data folder, named by the server; alt text required.
CREATE SEQUENCE story_picture_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE story_picture (
    id            BIGINT PRIMARY KEY,
    story_id      BIGINT NOT NULL REFERENCES story_entry (id),
    file_name     VARCHAR(60) NOT NULL,
    content_type  VARCHAR(20) NOT NULL,
    alt_text      VARCHAR(300) NOT NULL,
    width         INTEGER NOT NULL,
    height        INTEGER NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT story_picture_file_unique UNIQUE (file_name)
);
CREATE INDEX story_picture_story ON story_picture (story_id);
