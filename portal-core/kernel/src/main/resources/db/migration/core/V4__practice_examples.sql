-- Practice examples: a typed register of co-production practice, filtered by country, partnership level and
-- tag. Tables prefixed practice_. Written for both PostgreSQL and H2 (in PostgreSQL mode).

CREATE SEQUENCE practice_example_seq START WITH 50 INCREMENT BY 50;

-- country: ISO 3166-1 alpha-2 (GB, SE...); partnership_level: COORDINATION, COOPERATION, COLLABORATION,
-- COPRODUCTION; contact: an email address or an http(s) address; reference_number: unique, such as SE-60.
CREATE TABLE practice_example (
    id                 BIGINT PRIMARY KEY,
    author_id          BIGINT NOT NULL REFERENCES account (id),
    title              VARCHAR(150) NOT NULL,
    summary            VARCHAR(500) NOT NULL,
    body               VARCHAR(100000) NOT NULL,
    country            VARCHAR(2) NOT NULL,
    organisation       VARCHAR(150) NOT NULL,
    contact            VARCHAR(300) NOT NULL,
    reference_number   VARCHAR(20) NOT NULL,
    partnership_level  VARCHAR(20) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version            INTEGER NOT NULL,
    CONSTRAINT practice_example_reference_unique UNIQUE (reference_number)
);
CREATE INDEX practice_example_filters ON practice_example (country, partnership_level);

-- Tags are stored lower-case, each once per example.
CREATE TABLE practice_tag (
    example_id  BIGINT NOT NULL REFERENCES practice_example (id),
    position    INTEGER NOT NULL,
    tag         VARCHAR(40) NOT NULL,
    PRIMARY KEY (example_id, position),
    CONSTRAINT practice_tag_once UNIQUE (example_id, tag)
);
CREATE INDEX practice_tag_tag ON practice_tag (tag);

CREATE TABLE practice_outcome (
    example_id  BIGINT NOT NULL REFERENCES practice_example (id),
    position    INTEGER NOT NULL,
    outcome     VARCHAR(300) NOT NULL,
    PRIMARY KEY (example_id, position)
);

CREATE TABLE practice_evidence_link (
    example_id  BIGINT NOT NULL REFERENCES practice_example (id),
    position    INTEGER NOT NULL,
    url         VARCHAR(500) NOT NULL,
    PRIMARY KEY (example_id, position)
);
