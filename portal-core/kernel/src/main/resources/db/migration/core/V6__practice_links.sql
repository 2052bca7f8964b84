-- Practice examples link to related guidance documents and discussion threads. Each link once per example.
-- Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.

CREATE TABLE practice_guidance_link (
    example_id   BIGINT NOT NULL REFERENCES practice_example (id),
    document_id  BIGINT NOT NULL REFERENCES guidance_document (id),
    PRIMARY KEY (example_id, document_id)
);
CREATE INDEX practice_guidance_link_document ON practice_guidance_link (document_id);

CREATE TABLE practice_thread_link (
    example_id  BIGINT NOT NULL REFERENCES practice_example (id),
    thread_id   BIGINT NOT NULL REFERENCES forum_thread (id),
    PRIMARY KEY (example_id, thread_id)
);
CREATE INDEX practice_thread_link_thread ON practice_thread_link (thread_id);
