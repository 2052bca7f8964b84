-- The participation-payments plugin's tables (payments_*). Money is NUMERIC with two decimal places, never floating point.

-- Finance staff and auditors, kept by the plugin and set by administrators.
CREATE TABLE payments_staff (
    account_id BIGINT PRIMARY KEY,
    role       VARCHAR(20) NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE payments_activity_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payments_activity (
    id            BIGINT PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    activity_date DATE NOT NULL,
    kind          VARCHAR(80) NOT NULL,
    fee_basis     VARCHAR(20) NOT NULL,
    rate          NUMERIC(12, 2) NOT NULL,
    currency      VARCHAR(3) NOT NULL,
    cost_code     VARCHAR(40) NOT NULL,
    lead_id       BIGINT NOT NULL,
    related_path  VARCHAR(300) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payments_activity_lead ON payments_activity (lead_id);

CREATE SEQUENCE payments_agreement_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payments_agreement (
    id               BIGINT PRIMARY KEY,
    activity_id      BIGINT NOT NULL REFERENCES payments_activity (id),
    person_id        BIGINT NOT NULL,
    role_text        VARCHAR(200) NOT NULL,
    rate             NUMERIC(12, 2) NOT NULL,
    expenses_covered VARCHAR(300) NOT NULL,
    offered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at      TIMESTAMP WITH TIME ZONE,
    withdrawn_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payments_agreement_once UNIQUE (activity_id, person_id)
);
CREATE INDEX payments_agreement_person ON payments_agreement (person_id);

CREATE SEQUENCE payments_claim_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payments_claim (
    id              BIGINT PRIMARY KEY,
    agreement_id    BIGINT NOT NULL REFERENCES payments_agreement (id),
    activity_id     BIGINT NOT NULL REFERENCES payments_activity (id),
    person_id       BIGINT NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    status          VARCHAR(20) NOT NULL,
    quantity        NUMERIC(8, 2),
    fee             NUMERIC(12, 2),
    choice          VARCHAR(20),
    to_person       NUMERIC(12, 2) NOT NULL,
    to_charity      NUMERIC(12, 2) NOT NULL,
    charity         VARCHAR(200),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    approved_at     TIMESTAMP WITH TIME ZONE,
    approved_by     BIGINT,
    authorised_at   TIMESTAMP WITH TIME ZONE,
    authorised_by   BIGINT,
    paid_on         DATE,
    paid_method     VARCHAR(20),
    paid_reference  VARCHAR(80),
    rejected_at     TIMESTAMP WITH TIME ZONE,
    rejected_by     BIGINT,
    rejected_reason VARCHAR(1000),
    version         INTEGER NOT NULL
);
CREATE INDEX payments_claim_person ON payments_claim (person_id);
CREATE INDEX payments_claim_activity ON payments_claim (activity_id);

CREATE SEQUENCE payments_item_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE payments_expense_item (
    id            BIGINT PRIMARY KEY,
    claim_id      BIGINT NOT NULL REFERENCES payments_claim (id),
    kind          VARCHAR(30) NOT NULL,
    description   VARCHAR(300) NOT NULL,
    miles         NUMERIC(8, 1),
    amount        NUMERIC(12, 2) NOT NULL,
    receipt_file  VARCHAR(80),
    receipt_type  VARCHAR(40),
    receipt_bytes BIGINT,
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX payments_item_claim ON payments_expense_item (claim_id);

-- Kinds of benefit with their limits on earnings (set by finance; any limit may be empty).
CREATE TABLE payments_benefit_kind (
    code          VARCHAR(40) PRIMARY KEY,
    name          VARCHAR(120) NOT NULL,
    weekly_limit  NUMERIC(12, 2),
    period_limit  NUMERIC(12, 2),
    yearly_limit  NUMERIC(12, 2)
);

-- Which benefits a person receives (private to the person and finance).
CREATE TABLE payments_person_benefit (
    person_id    BIGINT NOT NULL,
    benefit_code VARCHAR(40) NOT NULL REFERENCES payments_benefit_kind (code),
    PRIMARY KEY (person_id, benefit_code)
);
