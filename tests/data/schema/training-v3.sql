-- A training database of schema version 3 (logins, the editor flag, speech), as
-- cordial made it.  The tests build training-v3.db with sqlite3.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE learner (  id INTEGER PRIMARY KEY,  name TEXT NOT NULL UNIQUE,  native TEXT NOT NULL,  target TEXT NOT NULL,  role TEXT NOT NULL DEFAULT 'learner' CHECK (role IN ('learner', 'trainer', 'editor')),  created_ms INTEGER NOT NULL) STRICT;
ALTER TABLE learner ADD COLUMN retention REAL NOT NULL DEFAULT 0.9  CHECK (retention > 0 AND retention < 1);
ALTER TABLE learner ADD COLUMN daily_new INTEGER NOT NULL DEFAULT 15  CHECK (daily_new >= 0);
ALTER TABLE learner ADD COLUMN params TEXT;
ALTER TABLE learner ADD COLUMN params_log_loss REAL;
ALTER TABLE learner ADD COLUMN params_reviews INTEGER;
CREATE TABLE learner_lesson (  learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,  handbook TEXT NOT NULL,  lesson TEXT NOT NULL,  chosen_ms INTEGER NOT NULL,  PRIMARY KEY (learner, handbook, lesson)) STRICT, WITHOUT ROWID;
CREATE TABLE class (  id INTEGER PRIMARY KEY,  name TEXT NOT NULL UNIQUE,  created_ms INTEGER NOT NULL) STRICT;
CREATE TABLE class_member (  class INTEGER NOT NULL REFERENCES class(id) ON DELETE CASCADE,  learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,  joined_ms INTEGER NOT NULL,  PRIMARY KEY (class, learner)) STRICT, WITHOUT ROWID;
CREATE TABLE assignment (  id INTEGER PRIMARY KEY,  learner INTEGER REFERENCES learner(id) ON DELETE CASCADE,  class INTEGER REFERENCES class(id) ON DELETE CASCADE,  handbook TEXT NOT NULL,  lesson TEXT,  due_day TEXT,  note TEXT,  created_ms INTEGER NOT NULL,  CHECK ((learner IS NULL) <> (class IS NULL))) STRICT;
CREATE TABLE card (  id INTEGER PRIMARY KEY,  learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,  handbook TEXT NOT NULL,  item TEXT NOT NULL,  skill TEXT NOT NULL CHECK (skill IN ('recognize', 'produce', 'judge')),  state INTEGER NOT NULL CHECK (state BETWEEN 0 AND 3),  step INTEGER NOT NULL,  stability REAL NOT NULL,  difficulty REAL NOT NULL,  scheduled_days INTEGER NOT NULL,  due_ms INTEGER NOT NULL,  last_review_ms INTEGER NOT NULL,  reps INTEGER NOT NULL,  lapses INTEGER NOT NULL,  created_ms INTEGER NOT NULL,  UNIQUE (learner, handbook, item, skill)) STRICT;
CREATE INDEX card_due ON card (learner, due_ms);
CREATE INDEX card_created ON card (learner, created_ms);
CREATE TABLE review (  id INTEGER PRIMARY KEY,  learner INTEGER NOT NULL REFERENCES learner(id) ON DELETE CASCADE,  card INTEGER NOT NULL REFERENCES card(id) ON DELETE CASCADE,  time_ms INTEGER NOT NULL,  skill TEXT NOT NULL,  presentation TEXT NOT NULL,  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),  answer TEXT,  correct INTEGER CHECK (correct IN (0, 1)),  duration_ms INTEGER NOT NULL,  prev_state INTEGER NOT NULL,  prev_step INTEGER NOT NULL,  prev_stability REAL NOT NULL,  prev_difficulty REAL NOT NULL,  prev_scheduled_days INTEGER NOT NULL,  prev_due_ms INTEGER NOT NULL,  prev_last_review_ms INTEGER NOT NULL,  prev_reps INTEGER NOT NULL,  prev_lapses INTEGER NOT NULL) STRICT;
CREATE INDEX review_by_learner ON review (learner, id);
CREATE INDEX review_by_card ON review (card, time_ms);
ALTER TABLE learner ADD COLUMN login TEXT;
CREATE UNIQUE INDEX learner_login ON learner (login);
ALTER TABLE learner ADD COLUMN editor INTEGER NOT NULL DEFAULT 0  CHECK (editor IN (0, 1));
UPDATE learner SET editor = 1 WHERE role = 'editor';
UPDATE learner SET role = 'trainer', editor = 1 WHERE id = (SELECT min(id) FROM learner)  AND NOT EXISTS (SELECT 1 FROM learner WHERE role = 'trainer');
ALTER TABLE learner ADD COLUMN speech INTEGER NOT NULL DEFAULT 1  CHECK (speech IN (0, 1));
ALTER TABLE learner ADD COLUMN voice TEXT;
CREATE INDEX class_member_by_learner ON class_member (learner);
CREATE INDEX assignment_by_learner ON assignment (learner);
CREATE INDEX assignment_by_class ON assignment (class);
CREATE INDEX review_report ON review (learner, rating, card, time_ms, prev_state);
INSERT INTO learner (id, name, native, target, role, created_ms, retention, daily_new, params, params_log_loss, params_reviews) VALUES
 (1, 'Li', 'zh', 'en', 'trainer', 1790000000000, 0.9, 15, NULL, NULL, NULL),
 (2, 'Wang Fang', 'zh', 'fr', 'learner', 1790000001000, 0.85, 20, NULL, NULL, NULL),
 (3, 'O''Brien "Ed"', 'en', 'zh', 'editor', 1790000002000, 0.9, 0, NULL, NULL, NULL),
 (4, '张伟', 'zh', 'ja', 'learner', 1790000003000, 0.95, 5,
  '0.212,1.2931,2.3065,8.2956,6.4133,0.8334,3.0194,0.001,1.8722,0.1666,0.796,1.4835,0.0614,0.2629,1.6483,0.6014,1.8729,0.5425,0.0912,0.0658,0.1542', 0.31, 420);
INSERT INTO learner_lesson VALUES (1, 'shop', 'shop-01', 1790000100000), (2, 'shop', 'shop-02', 1790000100000);
INSERT INTO class VALUES (1, '前台一班', 1790000200000), (2, 'Evening class', 1790000200001);
INSERT INTO class_member VALUES (1, 2, 1790000200100), (1, 4, 1790000200200), (2, 3, 1790000200300);
INSERT INTO assignment VALUES (1, NULL, 1, 'shop', 'shop-01', '2026-12-01', 'Before Monday', 1790000300000),
 (2, 4, NULL, 'shop', NULL, NULL, NULL, 1790000300001);
INSERT INTO card VALUES
 (1, 2, 'shop', 'shop-01-001', 'recognize', 2, 0, 2.3065, 2.11121424, 2, 1790172800000, 1790000400000, 2, 0, 1790000400000),
 (2, 2, 'shop', 'shop-01-002', 'produce', 1, 1, 1.2931, 5.1, 0, 1790000999000, 1790000500000, 1, 0, 1790000400000),
 (3, 4, 'shop', 'shop-01-c01', 'judge', 3, 0, 0.5, 7.2, 0, 1790000600000, 1790000550000, 5, 1, 1790000400000),
 (4, 4, 'shop', 'shop-02-001', 'recognize', 0, 0, 0.0, 0.0, 0, 1790000400000, 0, 0, 0, 1790000400000);
INSERT INTO review VALUES
 (1, 2, 1, 1790000400000, 'recognize', 'choice', 3, 'a', 1, 4200, 0, 0, 0.0, 0.0, 0, 1790000400000, 0, 0, 0),
 (2, 2, 1, 1790000400600, 'recognize', 'choice', 3, 'b', 1, 3100, 1, 1, 2.3065, 2.118, 0, 1790000460000, 1790000400000, 1, 0),
 (3, 2, 2, 1790000500000, 'produce', 'order', 2, '1 3 2', 0, 9000, 0, 0, 0.0, 0.0, 0, 1790000400000, 0, 0, 0),
 (4, 4, 3, 1790000550000, 'judge', 'courtesy', 1, 'c', 0, 12000, 2, 0, 3.1, 7.0, 3, 1790000540000, 1790000000000, 4, 0);
UPDATE learner SET login = 'li', editor = 1 WHERE id = 1;
UPDATE learner SET login = 'wangf', speech = 0 WHERE id = 2;
UPDATE learner SET editor = 1, voice = 'zh+f3' WHERE id = 3;
PRAGMA user_version = 3;
COMMIT;
