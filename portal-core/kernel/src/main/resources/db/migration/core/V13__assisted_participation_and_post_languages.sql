-- Assisted participation: a member of staff (a practitioner or a moderator) posts a story or a reply on behalf of
-- someone who gave it to them by phone, on a paper form or in person. The post is the staff member's (author_id),
-- shown with the person's name or pseudonym (behalf_name) and, when the person has an account, linked to it
-- (behalf_account_id: they can read it and withdraw a story). The record of the person's consent is kept in
-- assisted_consent, one row per post. Also: the language members mark on threads and replies (as stories have).
-- Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.

CREATE SEQUENCE assisted_consent_seq START WITH 50 INCREMENT BY 50;

-- post_kind: STORY (post_id is a story_entry id) or REPLY (a forum_reply id).
-- person_name: the person's name as they gave it; shown to staff who may see the record, never on the post
-- unless shown_as is NAME. shown_as: NAME or PSEUDONYM (what the person agreed to be shown as), shown_name: the
-- name on the post. method: PHONE, PAPER_FORM or IN_PERSON; given_on: the day they agreed; agreed_to: what they
-- agreed to, in the staff member's words. entered_by: who typed it in.
CREATE TABLE assisted_consent (
    id                 BIGINT PRIMARY KEY,
    post_kind          VARCHAR(10) NOT NULL,
    post_id            BIGINT NOT NULL,
    person_name        VARCHAR(80) NOT NULL,
    person_account_id  BIGINT REFERENCES account (id),
    shown_as           VARCHAR(10) NOT NULL,
    shown_name         VARCHAR(80) NOT NULL,
    method             VARCHAR(12) NOT NULL,
    given_on           DATE NOT NULL,
    agreed_to          VARCHAR(1000) NOT NULL,
    entered_by         BIGINT NOT NULL REFERENCES account (id),
    entered_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at       TIMESTAMP WITH TIME ZONE,
    withdrawn_by       BIGINT REFERENCES account (id),
    withdrawal_note    VARCHAR(1000),
    CONSTRAINT assisted_consent_post_unique UNIQUE (post_kind, post_id)
);
CREATE INDEX assisted_consent_entered_by ON assisted_consent (entered_by, entered_at);
CREATE INDEX assisted_consent_person ON assisted_consent (person_account_id);

ALTER TABLE story_entry ADD COLUMN behalf_name VARCHAR(80);
ALTER TABLE story_entry ADD COLUMN behalf_account_id BIGINT REFERENCES account (id);
CREATE INDEX story_entry_behalf_account ON story_entry (behalf_account_id);

ALTER TABLE forum_reply ADD COLUMN behalf_name VARCHAR(80);
ALTER TABLE forum_reply ADD COLUMN behalf_account_id BIGINT REFERENCES account (id);

-- The language a post is written in ("en", "cy"), or null when the writer did not say.
ALTER TABLE forum_thread ADD COLUMN language VARCHAR(10);
ALTER TABLE forum_reply ADD COLUMN language VARCHAR(10);
