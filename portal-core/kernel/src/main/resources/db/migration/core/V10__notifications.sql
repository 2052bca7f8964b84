-- Notifications: what members hear about, in the portal and by mail, and how they want to hear it.
-- Mails gain an HTML alternative and an unsubscribe address (List-Unsubscribe).
-- Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.

ALTER TABLE outgoing_mail ADD COLUMN body_html VARCHAR(200000);
ALTER TABLE outgoing_mail ADD COLUMN unsubscribe_url VARCHAR(1000);

CREATE SEQUENCE notification_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE notification (
    id            BIGINT PRIMARY KEY,
    recipient_id  BIGINT NOT NULL REFERENCES account (id),
    kind          VARCHAR(40) NOT NULL,
    subject       VARCHAR(300) NOT NULL,
    body_text     VARCHAR(4000) NOT NULL,
    path          VARCHAR(500) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE,
    delivery      VARCHAR(12) NOT NULL
);
CREATE INDEX notification_recipient ON notification (recipient_id, id);
CREATE INDEX notification_delivery ON notification (delivery, recipient_id);

CREATE TABLE notification_preference (
    account_id  BIGINT NOT NULL REFERENCES account (id),
    kind        VARCHAR(40) NOT NULL,
    mode        VARCHAR(10) NOT NULL,
    PRIMARY KEY (account_id, kind)
);

-- Secrets the portal makes for itself on first use (for example the key that signs unsubscribe links).
CREATE TABLE portal_secret (
    name    VARCHAR(40) PRIMARY KEY,
    secret  VARCHAR(200) NOT NULL
);
