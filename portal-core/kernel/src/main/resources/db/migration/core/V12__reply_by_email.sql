-- Reply by email: notification mails about discussions carry a Reply-To address with a signed token, and the
-- mails read from the portal's mailbox are recorded once each (whichever node reads them first), with what
-- became of them. Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.

ALTER TABLE outgoing_mail ADD COLUMN reply_to VARCHAR(254);

CREATE TABLE inbound_mail (
    message_key  VARCHAR(300) PRIMARY KEY,
    received_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    sender       VARCHAR(254) NOT NULL,
    account_id   BIGINT,
    thread_id    BIGINT,
    reply_id     BIGINT,
    outcome      VARCHAR(20) NOT NULL,
    detail       VARCHAR(500)
);
CREATE INDEX inbound_mail_received ON inbound_mail (received_at);
