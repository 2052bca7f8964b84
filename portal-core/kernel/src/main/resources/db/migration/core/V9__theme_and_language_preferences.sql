-- Themes and languages: a member's chosen theme and language (none: follow the site and the browser), and
-- site-wide settings such as the default theme. Written for PostgreSQL and H2 (PostgreSQL mode).

ALTER TABLE account ADD COLUMN theme VARCHAR(40);
ALTER TABLE account ADD COLUMN language VARCHAR(10);

CREATE TABLE site_setting (
    name        VARCHAR(60) PRIMARY KEY,
    setting_value VARCHAR(200) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by  BIGINT
);

-- The language a member wrote their story in ("en", "cy"), or none when they did not say.
ALTER TABLE story_entry ADD COLUMN language VARCHAR(10);
