-- The audit log: who did what to which object, when and why. Rows are only ever inserted.
-- Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.

CREATE SEQUENCE audit_log_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE audit_log (
    id            BIGINT PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id      BIGINT,
    actor_name    VARCHAR(80) NOT NULL,
    source        VARCHAR(40) NOT NULL,
    action        VARCHAR(60) NOT NULL,
    subject_type  VARCHAR(40) NOT NULL,
    subject_id    VARCHAR(60) NOT NULL,
    detail        VARCHAR(2000) NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject_type, subject_id, id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
