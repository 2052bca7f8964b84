-- The plan templates plugin's tables: versioned templates with typed sections, and plans started from them,
-- with the participant's team, the entries team members write, and the history of every change.

CREATE SEQUENCE plan_template_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_template_version_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_template_section_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_section_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_entry_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_team_member_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE plan_change_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE plan_template (
    id          BIGINT PRIMARY KEY,
    title       VARCHAR(200) NOT NULL,
    summary     VARCHAR(2000) NOT NULL,
    author_id   BIGINT NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE plan_template_version (
    id           BIGINT PRIMARY KEY,
    template_id  BIGINT NOT NULL REFERENCES plan_template (id),
    version_number INTEGER NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   BIGINT NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT plan_template_version_number UNIQUE (template_id, version_number)
);

CREATE TABLE plan_template_section (
    id          BIGINT PRIMARY KEY,
    version_id  BIGINT NOT NULL REFERENCES plan_template_version (id),
    sort_order  INTEGER NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    heading     VARCHAR(200) NOT NULL,
    prompt      VARCHAR(2000) NOT NULL
);
CREATE INDEX plan_template_section_version ON plan_template_section (version_id);

CREATE TABLE plan (
    id                BIGINT PRIMARY KEY,
    template_id       BIGINT NOT NULL REFERENCES plan_template (id),
    template_title    VARCHAR(200) NOT NULL,
    template_version  INTEGER NOT NULL,
    participant_id    BIGINT NOT NULL,
    created_by        BIGINT NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    review_date       DATE,
    reminded_for      DATE,
    feels_heard       VARCHAR(20),
    voice_note        VARCHAR(2000),
    voice_at          TIMESTAMP WITH TIME ZONE,
    signed_off_at     TIMESTAMP WITH TIME ZONE,
    version           INTEGER NOT NULL
);
CREATE INDEX plan_review_date ON plan (review_date);

CREATE TABLE plan_section (
    id        BIGINT PRIMARY KEY,
    plan_id   BIGINT NOT NULL REFERENCES plan (id),
    sort_order  INTEGER NOT NULL,
    kind      VARCHAR(30) NOT NULL,
    heading   VARCHAR(200) NOT NULL,
    prompt    VARCHAR(2000) NOT NULL
);
CREATE INDEX plan_section_plan ON plan_section (plan_id);

CREATE TABLE plan_entry (
    id              BIGINT PRIMARY KEY,
    section_id      BIGINT NOT NULL REFERENCES plan_section (id),
    author_id       BIGINT NOT NULL,
    own_words       BOOLEAN NOT NULL,
    body            VARCHAR(100000) NOT NULL,
    support_status  VARCHAR(20),
    who             VARCHAR(200),
    due             VARCHAR(200),
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX plan_entry_section ON plan_entry (section_id);

CREATE TABLE plan_team_member (
    id            BIGINT PRIMARY KEY,
    plan_id       BIGINT NOT NULL REFERENCES plan (id),
    account_id    BIGINT NOT NULL,
    relationship  VARCHAR(100) NOT NULL,
    added_by      BIGINT NOT NULL,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX plan_team_member_plan ON plan_team_member (plan_id);
CREATE INDEX plan_team_member_account ON plan_team_member (account_id);

CREATE TABLE plan_change (
    id          BIGINT PRIMARY KEY,
    plan_id     BIGINT NOT NULL REFERENCES plan (id),
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    BIGINT,
    summary     VARCHAR(300) NOT NULL,
    body        VARCHAR(100000)
);
CREATE INDEX plan_change_plan ON plan_change (plan_id);
