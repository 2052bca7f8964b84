-- A moderator can remove identifying details from a story (de-identify it). The words removed are not kept
-- anywhere: only when and by whom, so the story page can say that moderators changed it.
ALTER TABLE story_entry ADD COLUMN redacted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE story_entry ADD COLUMN redacted_by BIGINT;
