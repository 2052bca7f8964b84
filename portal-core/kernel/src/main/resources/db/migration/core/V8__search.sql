-- Search: the index outbox (one row per content change, written in the change's transaction and applied to the
-- Lucene index by a background worker, in id order) and the synonym list administrators edit.
-- Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.

CREATE SEQUENCE search_task_seq START WITH 50 INCREMENT BY 50;

-- doc_type: thread, reply, story, practice, guidance, category (re-index a category's threads and replies)
-- or a plugin's type; doc_id: the object's id as text. The worker re-reads the object from the database.
CREATE TABLE search_task (
    id          BIGINT PRIMARY KEY,
    doc_type    VARCHAR(40) NOT NULL,
    doc_id      VARCHAR(60) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX search_task_created ON search_task (created_at);

-- One row (id 1): synonym groups, one group a line, words or phrases separated by commas.
CREATE TABLE search_synonyms (
    id          BIGINT PRIMARY KEY,
    rules       VARCHAR(100000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  BIGINT REFERENCES account (id)
);
INSERT INTO search_synonyms (id, rules, updated_at, updated_by) VALUES (1,
'co-production, coproduction, co-pro
service user, participant, citizen, expert by experience, people with lived experience
carer, caregiver
social worker, practitioner
', CURRENT_TIMESTAMP, NULL);
