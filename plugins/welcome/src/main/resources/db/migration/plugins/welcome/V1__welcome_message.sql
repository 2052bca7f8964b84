-- The welcome plugin's table: one editable welcome message, and a count of members who joined while it ran.
CREATE TABLE welcome_message (
    id           INTEGER PRIMARY KEY,
    heading      VARCHAR(120) NOT NULL,
    body         VARCHAR(2000) NOT NULL,
    members_joined BIGINT NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      INTEGER NOT NULL
);

INSERT INTO welcome_message (id, heading, body, members_joined, updated_at, version)
VALUES (1, 'Welcome to the co-production network',
        'This is a place to share what works when people who use services, carers and practitioners design and deliver care together. Read the discussions, share your story, or ask a question: every voice counts here.',
        0, CURRENT_TIMESTAMP, 0);
