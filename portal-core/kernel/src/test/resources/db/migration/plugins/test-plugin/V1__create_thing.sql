-- A plugin's own table, to check that plugin migrations run with their own history.
CREATE TABLE testplugin_thing (
    id    BIGINT PRIMARY KEY,
    name  VARCHAR(80) NOT NULL
);
