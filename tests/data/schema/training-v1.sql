-- A training database of schema version 1 (learners only), as cordial made it.
-- The tests build training-v1.db from this script with sqlite3.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE learner (  id INTEGER PRIMARY KEY,  name TEXT NOT NULL UNIQUE,  native TEXT NOT NULL,  target TEXT NOT NULL,  role TEXT NOT NULL DEFAULT 'learner' CHECK (role IN ('learner', 'trainer', 'editor')),  created_ms INTEGER NOT NULL) STRICT;
INSERT INTO learner VALUES (1, 'Li', 'zh', 'en', 'trainer', 1790000000000);
INSERT INTO learner VALUES (2, 'Wang Fang', 'zh', 'fr', 'learner', 1790000001000);
INSERT INTO learner VALUES (3, 'O''Brien "Ed"', 'en', 'zh', 'editor', 1790000002000);
INSERT INTO learner VALUES (4, '张伟', 'zh', 'ja', 'learner', 1790000003000);
PRAGMA user_version = 1;
COMMIT;
