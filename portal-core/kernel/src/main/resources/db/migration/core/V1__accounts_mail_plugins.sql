-- Core schema, version 1: accounts, their tokens, the mail outbox and plugin switches.
-- Written for both PostgreSQL and H2 (in PostgreSQL mode); see src/docs/schema-changes.md.

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE email_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE outgoing_mail_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE account (
    id              BIGINT PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,
    display_name    VARCHAR(80)  NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    network_role    VARCHAR(20)  NOT NULL,
    portal_role     VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at     TIMESTAMP WITH TIME ZONE,
    version         INTEGER NOT NULL,
    CONSTRAINT account_email_unique UNIQUE (email)
);

CREATE TABLE email_token (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account (id),
    purpose     VARCHAR(20) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT email_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX email_token_account ON email_token (account_id);

CREATE TABLE api_token (
    id          BIGINT PRIMARY KEY,
    account_id  BIGINT NOT NULL REFERENCES account (id),
    token_hash  VARCHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_account ON api_token (account_id);

CREATE TABLE outgoing_mail (
    id              BIGINT PRIMARY KEY,
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body_text       VARCHAR(100000) NOT NULL,
    state           VARCHAR(12)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    claimed_until   TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);
CREATE INDEX outgoing_mail_due ON outgoing_mail (state, next_attempt_at);

CREATE TABLE plugin_state (
    plugin_id   VARCHAR(40) PRIMARY KEY,
    enabled     BOOLEAN NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  BIGINT REFERENCES account (id)
);
