-- Core schema, version 11: moderation, trust and safeguarding. Threads and replies get a state (published,
-- awaiting approval, hidden); members get a standing (trust level set by hand, suspension, safeguarding lead);
-- anyone can report content. Written for both PostgreSQL and H2 (in PostgreSQL mode).

ALTER TABLE forum_thread ADD COLUMN state VARCHAR(20) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE forum_thread ADD COLUMN moderation_reason VARCHAR(1000);
ALTER TABLE forum_reply ADD COLUMN state VARCHAR(20) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE forum_reply ADD COLUMN moderation_reason VARCHAR(1000);
CREATE INDEX forum_thread_state ON forum_thread (state, created_at);
CREATE INDEX forum_reply_state ON forum_reply (state, created_at);

-- One row per member whose standing differs from what time, reading and contributions give.
CREATE TABLE member_standing (
    account_id         BIGINT PRIMARY KEY REFERENCES account (id),
    trust_level        VARCHAR(20),
    suspended_until    TIMESTAMP WITH TIME ZONE,
    suspension_reason  VARCHAR(1000),
    safeguarding_lead  BOOLEAN NOT NULL
);

CREATE SEQUENCE content_report_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE content_report (
    id             BIGINT PRIMARY KEY,
    content_type   VARCHAR(30) NOT NULL,
    content_id     BIGINT NOT NULL,
    author_id      BIGINT REFERENCES account (id),
    reporter_id    BIGINT NOT NULL REFERENCES account (id),
    reason         VARCHAR(30) NOT NULL,
    text           VARCHAR(2000),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    resolved_by    BIGINT REFERENCES account (id),
    resolution     VARCHAR(1000)
);
CREATE INDEX content_report_open ON content_report (resolved_at, reason, created_at);
CREATE INDEX content_report_content ON content_report (content_type, content_id);

-- Why a moderator edited someone else's post (null for an author's own edit).
ALTER TABLE forum_revision ADD COLUMN reason VARCHAR(1000);
