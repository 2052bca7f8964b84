-- Guidance library: documents with published versions (older versions stay readable), and drafts that
-- moderators edit (typed or imported from a file) before publishing them.
-- Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.

CREATE SEQUENCE guidance_document_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE guidance_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE guidance_draft_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE guidance_document (
    id              BIGINT PRIMARY KEY,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      BIGINT NOT NULL REFERENCES account (id),
    latest_number   INTEGER NOT NULL,
    version         INTEGER NOT NULL
);

CREATE TABLE guidance_version (
    id              BIGINT PRIMARY KEY,
    document_id     BIGINT NOT NULL REFERENCES guidance_document (id),
    number          INTEGER NOT NULL,
    latest          BOOLEAN NOT NULL,
    title           VARCHAR(200) NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_by    BIGINT NOT NULL REFERENCES account (id),
    CONSTRAINT guidance_version_number_unique UNIQUE (document_id, number)
);
CREATE INDEX guidance_version_latest ON guidance_version (latest, published_at);

CREATE TABLE guidance_section (
    version_id      BIGINT NOT NULL REFERENCES guidance_version (id),
    position        INTEGER NOT NULL,
    heading         VARCHAR(200) NOT NULL,
    body            VARCHAR(100000) NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE guidance_key_message (
    version_id      BIGINT NOT NULL REFERENCES guidance_version (id),
    position        INTEGER NOT NULL,
    text            VARCHAR(500) NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE guidance_reference (
    version_id      BIGINT NOT NULL REFERENCES guidance_version (id),
    position        INTEGER NOT NULL,
    text            VARCHAR(500) NOT NULL,
    url             VARCHAR(1000),
    PRIMARY KEY (version_id, position)
);

CREATE TABLE guidance_tag (
    version_id      BIGINT NOT NULL REFERENCES guidance_version (id),
    position        INTEGER NOT NULL,
    tag             VARCHAR(40) NOT NULL,
    PRIMARY KEY (version_id, position)
);
CREATE INDEX guidance_tag_tag ON guidance_tag (tag);

CREATE TABLE guidance_draft (
    id                   BIGINT PRIMARY KEY,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by           BIGINT NOT NULL REFERENCES account (id),
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    source_name          VARCHAR(255),
    document_id          BIGINT REFERENCES guidance_document (id),
    title                VARCHAR(200) NOT NULL,
    summary              VARCHAR(2000) NOT NULL,
    published_version_id BIGINT REFERENCES guidance_version (id),
    version              INTEGER NOT NULL
);

CREATE TABLE guidance_draft_section (
    draft_id        BIGINT NOT NULL REFERENCES guidance_draft (id),
    position        INTEGER NOT NULL,
    heading         VARCHAR(200) NOT NULL,
    body            VARCHAR(100000) NOT NULL,
    PRIMARY KEY (draft_id, position)
);

CREATE TABLE guidance_draft_key_message (
    draft_id        BIGINT NOT NULL REFERENCES guidance_draft (id),
    position        INTEGER NOT NULL,
    text            VARCHAR(500) NOT NULL,
    PRIMARY KEY (draft_id, position)
);

CREATE TABLE guidance_draft_reference (
    draft_id        BIGINT NOT NULL REFERENCES guidance_draft (id),
    position        INTEGER NOT NULL,
    text            VARCHAR(500) NOT NULL,
    url             VARCHAR(1000),
    PRIMARY KEY (draft_id, position)
);

CREATE TABLE guidance_draft_tag (
    draft_id        BIGINT NOT NULL REFERENCES guidance_draft (id),
    position        INTEGER NOT NULL,
    tag             VARCHAR(40) NOT NULL,
    PRIMARY KEY (draft_id, position)
);
