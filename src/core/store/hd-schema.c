/* hd-schema.c — the schema as ordered migrations.
 *
 * Never edit a migration that has shipped: add a new one at the end. Each runs inside the
 * transaction that hd_store_open() opens, after a backup of the database was taken.
 */
#include "store/hd-schema.h"

static const char * const migrations[] = {
  /* 0 → 1: the hierarchy, its people, teams, contact points, supervision groups, change log. */
  "CREATE TABLE unit ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  parent_id   INTEGER REFERENCES unit (id),"
  "  kind        TEXT NOT NULL CHECK (kind IN ('province', 'city', 'county', 'township', 'street',"
  "                                            'village', 'community', 'department', 'other')),"
  "  name        TEXT NOT NULL CHECK (name <> ''),"
  "  code        TEXT UNIQUE,"
  "  position    INTEGER NOT NULL DEFAULT 0,"
  /* Materialised path of zero-padded ids, "/000000001/000000017/": a subtree is one index range. */
  "  path        TEXT NOT NULL UNIQUE"
  ");"
  "CREATE INDEX unit_by_parent ON unit (parent_id, position);"

  "CREATE TABLE person ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  unit_id      INTEGER NOT NULL REFERENCES unit (id),"
  "  name         TEXT NOT NULL CHECK (name <> ''),"
  "  gender       INTEGER NOT NULL DEFAULT 0 CHECK (gender IN (0, 1, 2)),"
  "  title        TEXT NOT NULL DEFAULT '',"
  "  party_member INTEGER NOT NULL DEFAULT 0 CHECK (party_member IN (0, 1)),"
  "  phone        TEXT NOT NULL DEFAULT '',"
  "  position     INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX person_by_unit ON person (unit_id, position);"

  "CREATE TABLE team_member ("
  "  id         INTEGER PRIMARY KEY,"
  "  uuid       TEXT NOT NULL UNIQUE,"
  "  unit_id    INTEGER NOT NULL REFERENCES unit (id),"
  "  person_id  INTEGER NOT NULL REFERENCES person (id),"
  "  role       INTEGER NOT NULL CHECK (role IN (0, 1)),"  /* 0 principal leader, 1 member */
  "  position   INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (unit_id, person_id)"
  ");"
  "CREATE UNIQUE INDEX team_one_principal ON team_member (unit_id) WHERE role = 0;"
  "CREATE INDEX team_member_by_person ON team_member (person_id);"

  "CREATE TABLE oversight ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  member_id     INTEGER NOT NULL REFERENCES team_member (id) ON DELETE CASCADE,"
  "  department_id INTEGER NOT NULL REFERENCES unit (id),"
  "  UNIQUE (member_id, department_id)"
  ");"
  "CREATE INDEX oversight_by_department ON oversight (department_id);"

  "CREATE TABLE contact_point ("
  "  id         INTEGER PRIMARY KEY,"
  "  uuid       TEXT NOT NULL UNIQUE,"
  "  leader_id  INTEGER NOT NULL REFERENCES person (id),"
  "  unit_id    INTEGER NOT NULL REFERENCES unit (id),"
  "  UNIQUE (leader_id, unit_id)"
  ");"
  "CREATE INDEX contact_point_by_unit ON contact_point (unit_id);"

  "CREATE TABLE supervision_group ("
  "  id         INTEGER PRIMARY KEY,"
  "  uuid       TEXT NOT NULL UNIQUE,"
  "  unit_id    INTEGER NOT NULL REFERENCES unit (id),"  /* the unit that sent the group */
  "  name       TEXT NOT NULL CHECK (name <> ''),"
  "  position   INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX supervision_group_by_unit ON supervision_group (unit_id, position);"

  "CREATE TABLE supervision_member ("
  "  id         INTEGER PRIMARY KEY,"
  "  uuid       TEXT NOT NULL UNIQUE,"
  "  group_id   INTEGER NOT NULL REFERENCES supervision_group (id) ON DELETE CASCADE,"
  "  person_id  INTEGER NOT NULL REFERENCES person (id),"
  "  role       INTEGER NOT NULL CHECK (role IN (0, 1)),"  /* 0 group leader, 1 member */
  "  position   INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (group_id, person_id)"
  ");"
  "CREATE INDEX supervision_member_by_person ON supervision_member (person_id);"

  "CREATE TABLE supervision_assignment ("
  "  id         INTEGER PRIMARY KEY,"
  "  uuid       TEXT NOT NULL UNIQUE,"
  "  group_id   INTEGER NOT NULL REFERENCES supervision_group (id) ON DELETE CASCADE,"
  "  unit_id    INTEGER NOT NULL REFERENCES unit (id),"
  "  UNIQUE (group_id, unit_id)"
  ");"
  "CREATE INDEX supervision_assignment_by_unit ON supervision_assignment (unit_id);"

  "CREATE TABLE change_log ("
  "  id          INTEGER PRIMARY KEY,"
  "  at          TEXT NOT NULL,"
  "  operator    TEXT NOT NULL,"
  "  entity      TEXT NOT NULL,"
  "  entity_uuid TEXT NOT NULL,"
  "  field       TEXT,"
  "  old_value   TEXT,"
  "  new_value   TEXT"
  ");"
  "CREATE INDEX change_log_by_entity ON change_log (entity_uuid);",

  /* 1 → 2: search by any part of a name. Chinese has no spaces, so the index holds each name as
   * its characters separated by spaces (hd_name_chars, registered by the store); a phrase query
   * of consecutive characters is then a substring search of any length, one character included. */
  "CREATE VIRTUAL TABLE unit_name_index USING fts5 (chars);"
  "CREATE VIRTUAL TABLE person_name_index USING fts5 (chars);"
  "INSERT INTO unit_name_index (rowid, chars) SELECT id, hd_name_chars (name) FROM unit;"
  "INSERT INTO person_name_index (rowid, chars) SELECT id, hd_name_chars (name) FROM person;"
  "CREATE TRIGGER unit_name_index_insert AFTER INSERT ON unit BEGIN"
  "  INSERT INTO unit_name_index (rowid, chars) VALUES (new.id, hd_name_chars (new.name));"
  "END;"
  "CREATE TRIGGER unit_name_index_update AFTER UPDATE OF name ON unit BEGIN"
  "  UPDATE unit_name_index SET chars = hd_name_chars (new.name) WHERE rowid = new.id;"
  "END;"
  "CREATE TRIGGER unit_name_index_delete AFTER DELETE ON unit BEGIN"
  "  DELETE FROM unit_name_index WHERE rowid = old.id;"
  "END;"
  "CREATE TRIGGER person_name_index_insert AFTER INSERT ON person BEGIN"
  "  INSERT INTO person_name_index (rowid, chars) VALUES (new.id, hd_name_chars (new.name));"
  "END;"
  "CREATE TRIGGER person_name_index_update AFTER UPDATE OF name ON person BEGIN"
  "  UPDATE person_name_index SET chars = hd_name_chars (new.name) WHERE rowid = new.id;"
  "END;"
  "CREATE TRIGGER person_name_index_delete AFTER DELETE ON person BEGIN"
  "  DELETE FROM person_name_index WHERE rowid = old.id;"
  "END;"
  /* Imports name units by their names. */
  "CREATE INDEX unit_by_name ON unit (name);"
  /* A supervision group has one leader (组长), as a team has one principal leader. */
  "CREATE UNIQUE INDEX supervision_one_leader ON supervision_member (group_id) WHERE role = 0;",

  /* 2 → 3: opinions, problems and the rectification ledger.
   *
   * Opinions and tasks keep their unit's path (unit_path), so that a subtree is one range of an
   * index on the big table itself: a province's 1.9 million opinions and 900,000 tasks are never
   * joined to unit row by row. Triggers keep the copy right when a row's unit changes and when a
   * unit moves (the move rewrites unit.path for its whole subtree, one unit row at a time).
   * Categories, channels, plans, kinds and verdicts are stored as stable tokens. */
  "CREATE TABLE problem ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  unit_id     INTEGER NOT NULL REFERENCES unit (id),"
  "  person_id   INTEGER REFERENCES person (id),"
  "  category    TEXT NOT NULL CHECK (category IN ('formalism', 'bureaucratism', 'hedonism',"
  "                                                'extravagance', 'vital_interests', 'serving_masses', 'other')),"
  "  summary     TEXT NOT NULL CHECK (summary <> ''),"
  "  found       TEXT NOT NULL"
  ");"
  "CREATE INDEX problem_by_unit ON problem (unit_id, found);"
  "CREATE INDEX problem_by_person ON problem (person_id) WHERE person_id IS NOT NULL;"

  "CREATE TABLE opinion ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  channel     TEXT NOT NULL CHECK (channel IN ('appraisal', 'forum', 'questionnaire', 'box', 'hotline',"
  "                                              'visit', 'petition', 'online', 'other')),"
  "  received    TEXT NOT NULL,"
  "  unit_id     INTEGER NOT NULL REFERENCES unit (id),"
  "  unit_path   TEXT NOT NULL DEFAULT '',"
  "  person_id   INTEGER REFERENCES person (id),"
  "  category    TEXT NOT NULL CHECK (category IN ('formalism', 'bureaucratism', 'hedonism',"
  "                                                'extravagance', 'vital_interests', 'serving_masses', 'other')),"
  "  content     TEXT NOT NULL CHECK (content <> ''),"
  "  status      TEXT NOT NULL DEFAULT 'received'"
  "              CHECK (status IN ('received', 'sorted', 'problem', 'answered', 'closed')),"
  "  problem_id  INTEGER REFERENCES problem (id),"
  "  CHECK (status <> 'problem' OR problem_id IS NOT NULL)"
  ");"
  /* A small subtree: its range, then a sort of its few rows. A big one: every opinion by date,
   * testing the path from the index alone (see hd-opinion.c). */
  "CREATE INDEX opinion_by_path ON opinion (unit_path, received);"
  "CREATE INDEX opinion_by_received ON opinion (received, unit_path);"
  "CREATE INDEX opinion_by_unit ON opinion (unit_id);"
  "CREATE INDEX opinion_by_problem ON opinion (problem_id) WHERE problem_id IS NOT NULL;"
  "CREATE INDEX opinion_by_person ON opinion (person_id) WHERE person_id IS NOT NULL;"
  /* Any part of the text, three characters or more; shorter queries are answered by instr()
   * over the subtree (version 5 adds an index for them in large subtrees). */
  "CREATE VIRTUAL TABLE opinion_text USING fts5 (content, content = 'opinion', content_rowid = 'id',"
  "                                              tokenize = 'trigram');"
  "CREATE TRIGGER opinion_insert AFTER INSERT ON opinion BEGIN"
  "  UPDATE opinion SET unit_path = (SELECT path FROM unit WHERE id = new.unit_id) WHERE id = new.id;"
  "  INSERT INTO opinion_text (rowid, content) VALUES (new.id, new.content);"
  "END;"
  "CREATE TRIGGER opinion_unit AFTER UPDATE OF unit_id ON opinion BEGIN"
  "  UPDATE opinion SET unit_path = (SELECT path FROM unit WHERE id = new.unit_id) WHERE id = new.id;"
  "END;"
  "CREATE TRIGGER opinion_content AFTER UPDATE OF content ON opinion BEGIN"
  "  INSERT INTO opinion_text (opinion_text, rowid, content) VALUES ('delete', old.id, old.content);"
  "  INSERT INTO opinion_text (rowid, content) VALUES (new.id, new.content);"
  "END;"
  "CREATE TRIGGER opinion_delete AFTER DELETE ON opinion BEGIN"
  "  INSERT INTO opinion_text (opinion_text, rowid, content) VALUES ('delete', old.id, old.content);"
  "END;"

  "CREATE TABLE task ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  unit_id     INTEGER NOT NULL REFERENCES unit (id),"   /* the responsible unit */
  "  unit_path   TEXT NOT NULL DEFAULT '',"
  "  number      INTEGER NOT NULL CHECK (number > 0),"     /* in the unit's ledger */
  "  plan        TEXT NOT NULL CHECK (plan IN ('rectification', 'special', 'institution')),"
  "  rule_action TEXT CHECK (rule_action IN ('keep', 'revise', 'abolish', 'establish')),"
  "  kind        TEXT NOT NULL CHECK (kind IN ('immediate', 'deadline', 'long_term')),"
  "  problem     TEXT NOT NULL CHECK (problem <> ''),"
  "  problem_id  INTEGER REFERENCES problem (id),"
  "  source      TEXT NOT NULL DEFAULT '',"
  "  goal        TEXT NOT NULL DEFAULT '',"
  "  measures    TEXT NOT NULL DEFAULT '',"
  "  leader      TEXT NOT NULL DEFAULT '',"
  "  person      TEXT NOT NULL DEFAULT '',"
  "  deadline    TEXT,"
  "  result      TEXT NOT NULL DEFAULT '',"
  "  verdict     TEXT CHECK (verdict IN ('satisfied', 'basically_satisfied', 'dissatisfied')),"
  "  closed      TEXT,"
  "  UNIQUE (unit_id, number),"
  "  CHECK (rule_action IS NULL OR plan = 'institution'),"
  "  CHECK ((kind = 'long_term') = (deadline IS NULL)),"
  /* 销号 only with a result and a verdict that is not 不满意, whoever writes the row. */
  "  CHECK (closed IS NULL OR (result <> '' AND verdict IN ('satisfied', 'basically_satisfied')))"
  ");"
  "CREATE INDEX task_by_path ON task (unit_path, number);"
  "CREATE INDEX task_by_deadline ON task (deadline, unit_path);"
  "CREATE INDEX task_by_closed ON task (closed, unit_path);"
  "CREATE INDEX task_by_problem ON task (problem_id) WHERE problem_id IS NOT NULL;"
  "CREATE TRIGGER task_insert AFTER INSERT ON task BEGIN"
  "  UPDATE task SET unit_path = (SELECT path FROM unit WHERE id = new.unit_id) WHERE id = new.id;"
  "END;"
  "CREATE TRIGGER task_unit AFTER UPDATE OF unit_id ON task BEGIN"
  "  UPDATE task SET unit_path = (SELECT path FROM unit WHERE id = new.unit_id) WHERE id = new.id;"
  "END;"
  /* Rows whose unit moved carry the old path, which is the range of an index. */
  "CREATE TRIGGER unit_path_moved AFTER UPDATE OF path ON unit WHEN new.path <> old.path BEGIN"
  "  UPDATE opinion SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE task SET unit_path = new.path WHERE unit_path = old.path;"
  "END;"

  "CREATE TABLE task_review ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  task_id     INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,"
  "  date        TEXT NOT NULL,"
  "  UNIQUE (task_id, date)"
  ");"

  "CREATE TABLE task_progress ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  task_id     INTEGER NOT NULL REFERENCES task (id) ON DELETE CASCADE,"
  "  date        TEXT NOT NULL,"
  "  text        TEXT NOT NULL CHECK (text <> ''),"
  "  operator    TEXT NOT NULL"
  ");"
  "CREATE INDEX task_progress_by_task ON task_progress (task_id, date);",

  /* 3 → 4: the ledger's index also holds what the deadline light needs, so that the province's
   * statistics and the light filters read 900,000 index entries in order instead of fetching
   * as many table rows at random (measured: 8 s → 2 s for the lights of a province). */
  "DROP INDEX task_by_path;"
  "CREATE INDEX task_by_path ON task (unit_path, number, kind, deadline, closed);",

  /* 4 → 5: one and two characters of the opinions' text, which the trigram index cannot look
   * for (see hd-opinion.c). Each opinion is indexed as its distinct characters and pairs of
   * adjacent characters (hd_grams, registered by the store), each one token: the tokenizer
   * splits at whitespace, control and format characters alone (which hd_grams leaves out) and
   * folds case as the trigram one does. Contentless, without positions and without the sizes
   * that ranking needs, it holds only which opinions contain each gram; a text is deleted from
   * it by its grams. Filled merging 16 segments at a time instead of 4 (FTS5's "automerge"):
   * a province's 1.9 million opinions in 12.7 s instead of 16.9 s, an index of the same size
   * and speed. Deleting by grams relies on hd_grams and the tokenizer seeing an old text as they
   * did when it was indexed: should a later GLib or SQLite class a stored character otherwise (a
   * new Unicode version), the index is made again from the opinions, which keep the text:
   * 'delete-all', then the INSERT … SELECT below, as a migration. */
  "CREATE VIRTUAL TABLE opinion_grams USING fts5 (grams, content = '', detail = 'none', columnsize = 0,"
  "  tokenize = \"unicode61 remove_diacritics 0 categories 'L* N* M* P* S* Co Cn'\");"
  "INSERT INTO opinion_grams (opinion_grams, rank) VALUES ('automerge', 16);"
  "INSERT INTO opinion_grams (rowid, grams) SELECT id, hd_grams (content) FROM opinion;"
  "INSERT INTO opinion_grams (opinion_grams, rank) VALUES ('automerge', 4);"
  "CREATE TRIGGER opinion_grams_insert AFTER INSERT ON opinion BEGIN"
  "  INSERT INTO opinion_grams (rowid, grams) VALUES (new.id, hd_grams (new.content));"
  "END;"
  "CREATE TRIGGER opinion_grams_content AFTER UPDATE OF content ON opinion"
  "  WHEN new.content IS NOT old.content BEGIN"
  "  INSERT INTO opinion_grams (opinion_grams, rowid, grams) VALUES ('delete', old.id, hd_grams (old.content));"
  "  INSERT INTO opinion_grams (rowid, grams) VALUES (new.id, hd_grams (new.content));"
  "END;"
  "CREATE TRIGGER opinion_grams_delete AFTER DELETE ON opinion BEGIN"
  "  INSERT INTO opinion_grams (opinion_grams, rowid, grams) VALUES ('delete', old.id, hd_grams (old.content));"
  "END;",

  /* 5 → 6: supervision notices (督办通知单), numbered per issuing office and year without gaps:
   * the number is taken inside the transaction that writes the notice, which holds the
   * database's write lock (BEGIN IMMEDIATE), and a notice is never deleted, only withdrawn, so
   * that no number is ever given twice. Each concerns tasks of its unit; reminders (催办) are
   * recorded against it. The index on the reply deadline holds only the notices still waiting for
   * a reply, which the overdue ones are among. */
  "CREATE TABLE notice ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  unit_id     INTEGER NOT NULL REFERENCES unit (id),"
  "  unit_path   TEXT NOT NULL DEFAULT '',"
  "  office      TEXT NOT NULL CHECK (office <> ''),"
  "  year        INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),"
  "  serial      INTEGER NOT NULL CHECK (serial > 0),"
  "  issued      TEXT NOT NULL,"
  "  reply_by    TEXT NOT NULL CHECK (reply_by >= issued),"
  "  replied     TEXT,"
  "  reply       TEXT NOT NULL DEFAULT '',"
  "  replier     TEXT NOT NULL DEFAULT '',"
  "  withdrawn   TEXT,"
  "  withdrawal  TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (office, year, serial),"
  "  CHECK (replied IS NULL OR reply <> ''),"
  "  CHECK (withdrawn IS NULL OR withdrawal <> '')"
  ");"
  "CREATE INDEX notice_by_path ON notice (unit_path, issued);"
  "CREATE INDEX notice_waiting ON notice (reply_by, unit_path) WHERE replied IS NULL AND withdrawn IS NULL;"
  "CREATE TRIGGER notice_insert AFTER INSERT ON notice BEGIN"
  "  UPDATE notice SET unit_path = (SELECT path FROM unit WHERE id = new.unit_id) WHERE id = new.id;"
  "END;"
  "CREATE TRIGGER notice_kept BEFORE DELETE ON notice BEGIN"
  "  SELECT raise (ABORT, 'a supervision notice is never deleted: withdraw it');"
  "END;"
  "CREATE TRIGGER notice_number_kept BEFORE UPDATE OF office, year, serial ON notice"
  "  WHEN new.office IS NOT old.office OR new.year IS NOT old.year OR new.serial IS NOT old.serial BEGIN"
  "  SELECT raise (ABORT, 'a supervision notice keeps its number');"
  "END;"
  "DROP TRIGGER unit_path_moved;"
  "CREATE TRIGGER unit_path_moved AFTER UPDATE OF path ON unit WHEN new.path <> old.path BEGIN"
  "  UPDATE opinion SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE task SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE notice SET unit_path = new.path WHERE unit_path = old.path;"
  "END;"

  "CREATE TABLE notice_task ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  notice_id   INTEGER NOT NULL REFERENCES notice (id),"
  "  task_id     INTEGER NOT NULL REFERENCES task (id),"
  "  UNIQUE (notice_id, task_id)"
  ");"
  "CREATE INDEX notice_task_by_task ON notice_task (task_id);"

  "CREATE TABLE notice_reminder ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  notice_id   INTEGER NOT NULL REFERENCES notice (id),"
  "  date        TEXT NOT NULL,"
  "  note        TEXT NOT NULL DEFAULT '',"
  "  operator    TEXT NOT NULL"
  ");"
  "CREATE INDEX notice_reminder_by_notice ON notice_reminder (notice_id, date);",

  /* 6 → 7: look-back rounds (回头看). A round reviews the tasks of a unit's subtree in some of
   * the plans (a set of plan tokens separated by spaces, in the plans' order) and holds one item
   * per task: the outcome the application proposed when the round was opened, and the one the
   * clerk confirmed (NULL until then), with a note and, for 回炉, the new deadline. The partial
   * index holds only the items still waiting for an outcome: what a round counts and the clerk
   * works through.
   * A task remembers the day it was last reopened (销号 undone): the look-back review sends such a
   * task back to the furnace, and until now only the change log knew it — the progress log's entry
   * is written in the clerk's language. Tasks reopened before this version are found there: a
   * change of 'closed' from a date to nothing. */
  "ALTER TABLE task ADD COLUMN reopened TEXT;"
  "UPDATE task SET reopened = (SELECT max (substr (c.at, 1, 10)) FROM change_log c"
  "                            WHERE c.entity_uuid = task.uuid AND c.entity = 'task' AND c.field = 'closed'"
  "                              AND c.old_value IS NOT NULL AND c.new_value IS NULL)"
  " WHERE closed IS NULL;"

  "CREATE TABLE lookback_round ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  name        TEXT NOT NULL CHECK (name <> ''),"
  "  unit_id     INTEGER NOT NULL REFERENCES unit (id),"
  "  unit_path   TEXT NOT NULL DEFAULT '',"
  "  plans       TEXT NOT NULL CHECK (plans <> ''),"
  "  opened      TEXT NOT NULL,"
  "  closed      TEXT CHECK (closed IS NULL OR closed >= opened)"
  ");"
  "CREATE INDEX lookback_round_by_path ON lookback_round (unit_path, opened);"
  "CREATE TRIGGER lookback_round_insert AFTER INSERT ON lookback_round BEGIN"
  "  UPDATE lookback_round SET unit_path = (SELECT path FROM unit WHERE id = new.unit_id) WHERE id = new.id;"
  "END;"
  "DROP TRIGGER unit_path_moved;"
  "CREATE TRIGGER unit_path_moved AFTER UPDATE OF path ON unit WHEN new.path <> old.path BEGIN"
  "  UPDATE opinion SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE task SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE notice SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE lookback_round SET unit_path = new.path WHERE unit_path = old.path;"
  "END;"

  "CREATE TABLE lookback_item ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  round_id     INTEGER NOT NULL REFERENCES lookback_round (id) ON DELETE CASCADE,"
  "  task_id      INTEGER NOT NULL REFERENCES task (id),"
  "  proposed     TEXT NOT NULL CHECK (proposed IN ('consolidate', 'track', 'redo', 'new')),"
  "  outcome      TEXT CHECK (outcome IN ('consolidate', 'track', 'redo', 'new')),"
  "  note         TEXT NOT NULL DEFAULT '',"
  "  new_deadline TEXT,"
  "  UNIQUE (round_id, task_id),"
  "  CHECK ((outcome IS 'redo') = (new_deadline IS NOT NULL))"
  ");"
  "CREATE INDEX lookback_item_by_task ON lookback_item (task_id);"
  "CREATE INDEX lookback_item_waiting ON lookback_item (round_id, task_id) WHERE outcome IS NULL;",

  /* 7 → 8: accountability records (问责): a reminder talk with the unit's principal leader
   * (约谈提醒), admonition and criticism (诫勉批评) or holding people responsible (追究责任), each
   * naming the unit (and the person, when it is one), the reason, the day and who decided, and
   * the tasks and notices it concerns. Confidential: no printed form for the public reads them. */
  "CREATE TABLE accountability ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  unit_id     INTEGER NOT NULL REFERENCES unit (id),"
  "  unit_path   TEXT NOT NULL DEFAULT '',"
  "  person_id   INTEGER REFERENCES person (id),"
  "  measure     TEXT NOT NULL CHECK (measure IN ('talk', 'admonition', 'accountability')),"
  "  reason      TEXT NOT NULL CHECK (reason <> ''),"
  "  date        TEXT NOT NULL,"
  "  decided_by  TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX accountability_by_path ON accountability (unit_path, date);"
  "CREATE TRIGGER accountability_insert AFTER INSERT ON accountability BEGIN"
  "  UPDATE accountability SET unit_path = (SELECT path FROM unit WHERE id = new.unit_id) WHERE id = new.id;"
  "END;"
  "DROP TRIGGER unit_path_moved;"
  "CREATE TRIGGER unit_path_moved AFTER UPDATE OF path ON unit WHEN new.path <> old.path BEGIN"
  "  UPDATE opinion SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE task SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE notice SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE lookback_round SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE accountability SET unit_path = new.path WHERE unit_path = old.path;"
  "END;"
  "CREATE TABLE accountability_link ("
  "  id                 INTEGER PRIMARY KEY,"
  "  uuid               TEXT NOT NULL UNIQUE,"
  "  accountability_id  INTEGER NOT NULL REFERENCES accountability (id) ON DELETE CASCADE,"
  "  task_id            INTEGER REFERENCES task (id),"
  "  notice_id          INTEGER REFERENCES notice (id),"
  "  CHECK ((task_id IS NULL) <> (notice_id IS NULL))"
  ");"
  "CREATE INDEX accountability_link_by_record ON accountability_link (accountability_id);",

  /* 8 → 9: the six-point review of a look-back round (study, the rectification plan, the special
   * rectifications, institution building, rectification linked across levels, responsibility
   * carried), a finding per point for each leadership team's unit; a village or community reviews
   * its own measures instead, one point. */
  "CREATE TABLE lookback_review ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  round_id    INTEGER NOT NULL REFERENCES lookback_round (id) ON DELETE CASCADE,"
  "  unit_id     INTEGER NOT NULL REFERENCES unit (id),"
  "  point       TEXT NOT NULL CHECK (point IN ('study', 'plan', 'special', 'institution', 'linked',"
  "                                             'responsibility', 'own_measures')),"
  "  finding     TEXT NOT NULL CHECK (finding IN ('done', 'partly', 'not_done')),"
  "  note        TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (round_id, unit_id, point)"
  ");",

  /* 9 → 10: a look-back item confirmed as a newly found problem (纳入整改) names the task that
   * the confirmation created, with the problem, in the same edit. The task keeps the item's
   * reference: the ledger does not delete a task that a round refers to. */
  "ALTER TABLE lookback_item ADD COLUMN new_task_id INTEGER REFERENCES task (id)"
  "  CHECK ((outcome IS 'new') = (new_task_id IS NOT NULL));"
  "CREATE INDEX lookback_item_by_new_task ON lookback_item (new_task_id) WHERE new_task_id IS NOT NULL;",

  /* 10 → 11: talk-the-heart conversations (谈心谈话) and the meetings they prepare. A meeting
   * (民主生活会 of a leadership team, 组织生活会 of a grassroots branch) is held on a day, and its
   * preparation period, in which the three must-talks count, starts on another. A conversation
   * belongs to the team of a unit (the must-talks of whose meeting it serves), has two or more
   * people (talk_person), who initiated and who recorded it, the five topics it covered as bits
   * (1 the team's problems, 2 one's own, 4 the other's, 8 the criticism planned, 16 the measures),
   * the content and the commitments, which are confidential. The people's index finds a person's
   * conversations, from which a team's pairs are read. A province holds millions of conversations:
   * they carry no copy of their unit's path (a subtree's are found through its units). */
  "CREATE TABLE meeting ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  unit_id      INTEGER NOT NULL REFERENCES unit (id),"
  "  unit_path    TEXT NOT NULL DEFAULT '',"
  "  kind         TEXT NOT NULL CHECK (kind IN ('democratic', 'organisation')),"
  "  date         TEXT NOT NULL,"
  "  prepare_from TEXT NOT NULL CHECK (prepare_from <= date),"
  "  place        TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX meeting_by_path ON meeting (unit_path, date);"
  "CREATE TRIGGER meeting_insert AFTER INSERT ON meeting BEGIN"
  "  UPDATE meeting SET unit_path = (SELECT path FROM unit WHERE id = new.unit_id) WHERE id = new.id;"
  "END;"

  "CREATE TABLE talk ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  unit_id      INTEGER NOT NULL REFERENCES unit (id),"
  "  meeting_id   INTEGER REFERENCES meeting (id),"
  "  date         TEXT NOT NULL,"
  "  place        TEXT NOT NULL DEFAULT '',"
  "  initiator_id INTEGER NOT NULL REFERENCES person (id),"
  "  recorder_id  INTEGER REFERENCES person (id),"
  "  topics       INTEGER NOT NULL DEFAULT 0 CHECK (topics BETWEEN 0 AND 31),"
  "  content      TEXT NOT NULL DEFAULT '',"
  "  commitments  TEXT NOT NULL DEFAULT ''"
  ");"
  "CREATE INDEX talk_by_unit ON talk (unit_id, date);"
  "CREATE INDEX talk_by_meeting ON talk (meeting_id) WHERE meeting_id IS NOT NULL;"
  /* The topics by conversation, for counting a province's teams without reading every content. */
  "CREATE INDEX talk_topics ON talk (id, topics);"
  "CREATE TABLE talk_person ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  talk_id      INTEGER NOT NULL REFERENCES talk (id) ON DELETE CASCADE,"
  "  person_id    INTEGER NOT NULL REFERENCES person (id),"
  "  UNIQUE (talk_id, person_id)"
  ");"
  "CREATE INDEX talk_person_by_person ON talk_person (person_id, talk_id);"
  "DROP TRIGGER unit_path_moved;"
  "CREATE TRIGGER unit_path_moved AFTER UPDATE OF path ON unit WHEN new.path <> old.path BEGIN"
  "  UPDATE opinion SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE task SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE notice SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE lookback_round SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE accountability SET unit_path = new.path WHERE unit_path = old.path;"
  "  UPDATE meeting SET unit_path = new.path WHERE unit_path = old.path;"
  "END;",

  /* 11 → 12: the meeting's readiness and its record. Readiness: the day the supervision group was
   * informed (NULL: not yet), and each member's self-examination material (对照检查材料) as
   * received, with who reviewed it. The record: who attended, who was absent and why, and the
   * supervision group's members who sat in; the criticism raised (who criticised whom, what:
   * confidential); the measures agreed, each of which becomes a task of the ledger (task_id once
   * it has). The conversations' topics index carries their day, so that a meeting's preparation
   * is counted for a province in one pass. */
  "ALTER TABLE meeting ADD COLUMN informed TEXT;"
  "CREATE TABLE meeting_material ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  meeting_id   INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  person_id    INTEGER NOT NULL REFERENCES person (id),"
  "  received     TEXT NOT NULL,"
  "  reviewer     TEXT NOT NULL DEFAULT '',"
  "  UNIQUE (meeting_id, person_id)"
  ");"
  "CREATE TABLE meeting_person ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  meeting_id   INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  person_id    INTEGER NOT NULL REFERENCES person (id),"
  "  presence     TEXT NOT NULL CHECK (presence IN ('attended', 'absent', 'supervisor')),"
  "  reason       TEXT NOT NULL DEFAULT '' CHECK (presence = 'absent' OR reason = ''),"
  "  UNIQUE (meeting_id, person_id)"
  ");"
  "CREATE TABLE meeting_criticism ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  meeting_id   INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  critic_id    INTEGER NOT NULL REFERENCES person (id),"
  "  target_id    INTEGER NOT NULL REFERENCES person (id) CHECK (target_id <> critic_id),"
  "  content      TEXT NOT NULL CHECK (content <> '')"
  ");"
  "CREATE INDEX meeting_criticism_by_meeting ON meeting_criticism (meeting_id);"
  "CREATE TABLE meeting_measure ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  meeting_id   INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,"
  "  problem      TEXT NOT NULL CHECK (problem <> ''),"
  "  measures     TEXT NOT NULL CHECK (measures <> ''),"
  "  leader_id    INTEGER NOT NULL REFERENCES person (id),"
  "  task_id      INTEGER REFERENCES task (id)"
  ");"
  "CREATE INDEX meeting_measure_by_meeting ON meeting_measure (meeting_id);"
  "CREATE INDEX meeting_measure_by_task ON meeting_measure (task_id) WHERE task_id IS NOT NULL;"
  "DROP INDEX talk_topics;"
  "CREATE INDEX talk_topics ON talk (id, topics, date);"
  /* Whom the records name, for deleting a person. */
  "CREATE INDEX talk_by_recorder ON talk (recorder_id) WHERE recorder_id IS NOT NULL;"
  "CREATE INDEX meeting_material_by_person ON meeting_material (person_id);"
  "CREATE INDEX meeting_person_by_person ON meeting_person (person_id);",

  /* 12 → 13: each leadership team's three must-talks and its meetings ready to be held, kept
   * as data changes, so that a province's figures are read rather than computed from millions of
   * conversations. A write marks the units whose answers it may change (team_talks_stale, by
   * these triggers); the store computes them again before the write commits
   * (hd_team_talks_refresh), so outside a write nothing is stale. team_talks has a row for a
   * team that requires a pair (talked: 1 every pair talked the five topics through, 0 not yet)
   * or that has a meeting ready (talked NULL when it requires no pair).
   * What an answer depends on: the team's members and their roles; what each member oversees
   * and those departments' principal leaders; the conversations of those people (their people
   * and topics; the day, for a meeting's preparation); the meeting's days, whether the group was
   * informed, and the materials handed in. */
  "CREATE TABLE team_talks ("
  "  unit_id        INTEGER PRIMARY KEY REFERENCES unit (id) ON DELETE CASCADE,"
  "  path           TEXT NOT NULL,"   /* the unit's, for the overview's counts (schema 14) */
  "  talked         INTEGER CHECK (talked IN (0, 1)),"
  "  meetings_ready INTEGER NOT NULL DEFAULT 0"
  ");"
  /* No key: a trigger's INSERT OR IGNORE would take the conflict rule of the statement that
   * fired it, so a unit may be marked more than once. */
  "CREATE TABLE team_talks_stale (unit_id INTEGER NOT NULL);"
  /* The teams whose answer a person's conversations can change: his own, and those of the
   * members who oversee a department he leads. */
  "CREATE VIEW team_talks_of_person (person_id, unit_id) AS"
  "  SELECT person_id, unit_id FROM team_member"
  "  UNION ALL"
  "  SELECT h.person_id, m.unit_id FROM team_member h"
  "    JOIN oversight o ON o.department_id = h.unit_id JOIN team_member m ON m.id = o.member_id"
  "   WHERE h.role = 0;"
  "CREATE TRIGGER team_talks_member_insert AFTER INSERT ON team_member BEGIN"
  "  INSERT INTO team_talks_stale SELECT new.unit_id"
  "  UNION SELECT m.unit_id FROM oversight o JOIN team_member m ON m.id = o.member_id WHERE o.department_id = new.unit_id;"
  "END;"
  "CREATE TRIGGER team_talks_member_update AFTER UPDATE ON team_member BEGIN"
  "  INSERT INTO team_talks_stale SELECT new.unit_id UNION SELECT old.unit_id"
  "  UNION SELECT m.unit_id FROM oversight o JOIN team_member m ON m.id = o.member_id"
  "   WHERE o.department_id IN (new.unit_id, old.unit_id);"
  "END;"
  "CREATE TRIGGER team_talks_member_delete AFTER DELETE ON team_member BEGIN"
  "  INSERT INTO team_talks_stale SELECT old.unit_id"
  "  UNION SELECT m.unit_id FROM oversight o JOIN team_member m ON m.id = o.member_id WHERE o.department_id = old.unit_id;"
  "END;"
  "CREATE TRIGGER team_talks_oversight_insert AFTER INSERT ON oversight BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM team_member WHERE id = new.member_id;"
  "END;"
  "CREATE TRIGGER team_talks_oversight_update AFTER UPDATE ON oversight BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM team_member WHERE id IN (new.member_id, old.member_id);"
  "END;"
  "CREATE TRIGGER team_talks_oversight_delete AFTER DELETE ON oversight BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM team_member WHERE id = old.member_id;"
  "END;"
  "CREATE TRIGGER team_talks_talk_person_insert AFTER INSERT ON talk_person BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM team_talks_of_person WHERE person_id = new.person_id;"
  "END;"
  "CREATE TRIGGER team_talks_talk_person_update AFTER UPDATE ON talk_person BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM team_talks_of_person"
  "   WHERE person_id IN (new.person_id, old.person_id);"
  "END;"
  "CREATE TRIGGER team_talks_talk_person_delete AFTER DELETE ON talk_person BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM team_talks_of_person WHERE person_id = old.person_id;"
  "END;"
  "CREATE TRIGGER team_talks_talk_update AFTER UPDATE OF topics, date ON talk BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM team_talks_of_person"
  "   WHERE person_id IN (SELECT person_id FROM talk_person WHERE talk_id = new.id);"
  "END;"
  "CREATE TRIGGER team_talks_meeting_insert AFTER INSERT ON meeting BEGIN"
  "  INSERT INTO team_talks_stale VALUES (new.unit_id);"
  "END;"
  "CREATE TRIGGER team_talks_meeting_update AFTER UPDATE OF unit_id, date, prepare_from, informed ON meeting BEGIN"
  "  INSERT INTO team_talks_stale SELECT new.unit_id UNION SELECT old.unit_id;"
  "END;"
  "CREATE TRIGGER team_talks_meeting_delete AFTER DELETE ON meeting BEGIN"
  "  INSERT INTO team_talks_stale VALUES (old.unit_id);"
  "END;"
  "CREATE TRIGGER team_talks_material_insert AFTER INSERT ON meeting_material BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM meeting WHERE id = new.meeting_id;"
  "END;"
  "CREATE TRIGGER team_talks_material_update AFTER UPDATE ON meeting_material BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM meeting WHERE id IN (new.meeting_id, old.meeting_id);"
  "END;"
  "CREATE TRIGGER team_talks_material_delete AFTER DELETE ON meeting_material BEGIN"
  "  INSERT INTO team_talks_stale SELECT unit_id FROM meeting WHERE id = old.meeting_id;"
  "END;"
  /* Every team is computed when the migration commits. */
  "INSERT INTO team_talks_stale SELECT DISTINCT unit_id FROM team_member;"
  "INSERT INTO team_talks_stale SELECT unit_id FROM meeting;",

  /* 13 → 14: the overview's counts of every unit's subtree, kept as data changes (tally): so
   * that a province's hundred counties are compared in a moment. Lights depend on today, so the
   * open tasks are counted by deadline day, and today's lights are sums over those days. Kinds
   * of count (a, b):
   *   open          deadline day ('' long-term), ''   the tasks not closed
   *   closed        'on_time' | 'late', ''            the tasks closed, by their deadline
   *   verdict       the masses' verdict, ''
   *   review        review day, the review before ('' none)   of the open long-term tasks: such
   *                 a task is yellow when the next review after today is near, i.e. when a
   *                 review falls in [today, today + warning days] and the one before it before
   *                 today, which one review at most does
   *   opinion       status, ''
   *   team          talked 0 | 1, ''                  the teams that require a pair
   *   meetings_ready '', ''                           (n: the meetings ready to be held)
   *   notice        reply-by day, ''                  the notices waiting for their reply
   *   lookback_pending '', ''                         the tasks waiting for an outcome in open
   *                                                   look-back rounds
   * Each row counts the subtree of unit_id, the unit itself included. Triggers write what changed,
   * by the row's path, into the change tables; the store rolls them up into every level of
   * the hierarchy before the write commits (hd_tally_refresh), so outside a write they are
   * empty. The reviews of a long-term task are counted again as a whole when any of them or the
   * task changes (tally_task_stale → tally_review_source). */
  "CREATE TABLE tally ("
  "  unit_id INTEGER NOT NULL,"
  "  kind    TEXT NOT NULL,"
  "  a       TEXT NOT NULL,"
  "  b       TEXT NOT NULL,"
  "  n       INTEGER NOT NULL,"
  "  PRIMARY KEY (unit_id, kind, a, b)"
  ") WITHOUT ROWID;"
  "CREATE TABLE tally_change (path TEXT NOT NULL, kind TEXT NOT NULL, a TEXT NOT NULL, b TEXT NOT NULL, d INTEGER NOT NULL);"
  "CREATE TABLE tally_task_change (path TEXT NOT NULL, deadline TEXT, closed TEXT, verdict TEXT, d INTEGER NOT NULL);"
  "CREATE TABLE tally_task_stale (task_id INTEGER NOT NULL);"
  "CREATE TABLE tally_review_source (task_id INTEGER NOT NULL, path TEXT NOT NULL, date TEXT NOT NULL, prev TEXT NOT NULL);"
  "CREATE INDEX tally_review_source_by_task ON tally_review_source (task_id);"
  "CREATE TRIGGER tally_task_insert AFTER INSERT ON task BEGIN"
  "  INSERT INTO tally_task_change VALUES (new.unit_path, new.deadline, new.closed, new.verdict, 1);"
  "  INSERT INTO tally_task_stale SELECT new.id WHERE new.kind = 'long_term';"
  "END;"
  "CREATE TRIGGER tally_task_update AFTER UPDATE OF unit_path, kind, deadline, closed, verdict ON task BEGIN"
  "  INSERT INTO tally_task_change VALUES (old.unit_path, old.deadline, old.closed, old.verdict, -1),"
  "                                       (new.unit_path, new.deadline, new.closed, new.verdict, 1);"
  "  INSERT INTO tally_task_stale SELECT new.id WHERE 'long_term' IN (old.kind, new.kind);"
  /* A task that moves takes its waiting look-back items along. */
  "  INSERT INTO tally_change SELECT p.path, 'lookback_pending', '', '', p.d * count(*)"
  "    FROM lookback_item i JOIN lookback_round r ON r.id = i.round_id,"
  "         (SELECT old.unit_path AS path, -1 AS d UNION ALL SELECT new.unit_path, 1) p"
  "   WHERE old.unit_path <> new.unit_path AND i.task_id = new.id AND i.outcome IS NULL AND r.closed IS NULL"
  "   GROUP BY p.path, p.d;"
  "END;"
  "CREATE TRIGGER tally_task_delete AFTER DELETE ON task BEGIN"
  "  INSERT INTO tally_task_change VALUES (old.unit_path, old.deadline, old.closed, old.verdict, -1);"
  "  INSERT INTO tally_task_stale SELECT old.id WHERE old.kind = 'long_term';"
  "END;"
  "CREATE TRIGGER tally_review_insert AFTER INSERT ON task_review BEGIN"
  "  INSERT INTO tally_task_stale VALUES (new.task_id);"
  "END;"
  "CREATE TRIGGER tally_review_update AFTER UPDATE ON task_review BEGIN"
  "  INSERT INTO tally_task_stale VALUES (new.task_id), (old.task_id);"
  "END;"
  "CREATE TRIGGER tally_review_delete AFTER DELETE ON task_review BEGIN"
  "  INSERT INTO tally_task_stale VALUES (old.task_id);"
  "END;"
  "CREATE TRIGGER tally_opinion_insert AFTER INSERT ON opinion BEGIN"
  "  INSERT INTO tally_change VALUES (new.unit_path, 'opinion', new.status, '', 1);"
  "END;"
  "CREATE TRIGGER tally_opinion_update AFTER UPDATE OF unit_path, status ON opinion BEGIN"
  "  INSERT INTO tally_change VALUES (old.unit_path, 'opinion', old.status, '', -1),"
  "                                  (new.unit_path, 'opinion', new.status, '', 1);"
  "END;"
  "CREATE TRIGGER tally_opinion_delete AFTER DELETE ON opinion BEGIN"
  "  INSERT INTO tally_change VALUES (old.unit_path, 'opinion', old.status, '', -1);"
  "END;"
  "CREATE TRIGGER tally_team_insert AFTER INSERT ON team_talks BEGIN"
  "  INSERT INTO tally_change SELECT new.path, 'team', new.talked, '', 1 WHERE new.talked IS NOT NULL;"
  "  INSERT INTO tally_change SELECT new.path, 'meetings_ready', '', '', new.meetings_ready WHERE new.meetings_ready <> 0;"
  "END;"
  "CREATE TRIGGER tally_team_delete AFTER DELETE ON team_talks BEGIN"
  "  INSERT INTO tally_change SELECT old.path, 'team', old.talked, '', -1 WHERE old.talked IS NOT NULL;"
  "  INSERT INTO tally_change SELECT old.path, 'meetings_ready', '', '', -old.meetings_ready WHERE old.meetings_ready <> 0;"
  "END;"
  "CREATE TRIGGER tally_team_update AFTER UPDATE ON team_talks BEGIN"
  "  INSERT INTO tally_change SELECT old.path, 'team', old.talked, '', -1 WHERE old.talked IS NOT NULL;"
  "  INSERT INTO tally_change SELECT old.path, 'meetings_ready', '', '', -old.meetings_ready WHERE old.meetings_ready <> 0;"
  "  INSERT INTO tally_change SELECT new.path, 'team', new.talked, '', 1 WHERE new.talked IS NOT NULL;"
  "  INSERT INTO tally_change SELECT new.path, 'meetings_ready', '', '', new.meetings_ready WHERE new.meetings_ready <> 0;"
  "END;"
  "CREATE TRIGGER tally_notice_insert AFTER INSERT ON notice BEGIN"
  "  INSERT INTO tally_change SELECT new.unit_path, 'notice', new.reply_by, '', 1"
  "   WHERE new.replied IS NULL AND new.withdrawn IS NULL;"
  "END;"
  "CREATE TRIGGER tally_notice_update AFTER UPDATE OF unit_path, reply_by, replied, withdrawn ON notice BEGIN"
  "  INSERT INTO tally_change SELECT old.unit_path, 'notice', old.reply_by, '', -1"
  "   WHERE old.replied IS NULL AND old.withdrawn IS NULL;"
  "  INSERT INTO tally_change SELECT new.unit_path, 'notice', new.reply_by, '', 1"
  "   WHERE new.replied IS NULL AND new.withdrawn IS NULL;"
  "END;"
  "CREATE TRIGGER tally_notice_delete AFTER DELETE ON notice BEGIN"
  "  INSERT INTO tally_change SELECT old.unit_path, 'notice', old.reply_by, '', -1"
  "   WHERE old.replied IS NULL AND old.withdrawn IS NULL;"
  "END;"
  /* An item waits while it has no outcome and its round is open. A round's deletion (the undo of
   * its opening) takes its items with it: the round's own trigger counts them off, before, since
   * the items' triggers no longer find it. */
  "CREATE TRIGGER tally_item_insert AFTER INSERT ON lookback_item BEGIN"
  "  INSERT INTO tally_change SELECT t.unit_path, 'lookback_pending', '', '', 1 FROM task t, lookback_round r"
  "   WHERE t.id = new.task_id AND r.id = new.round_id AND r.closed IS NULL AND new.outcome IS NULL;"
  "END;"
  "CREATE TRIGGER tally_item_update AFTER UPDATE OF round_id, task_id, outcome ON lookback_item BEGIN"
  "  INSERT INTO tally_change SELECT t.unit_path, 'lookback_pending', '', '', -1 FROM task t, lookback_round r"
  "   WHERE t.id = old.task_id AND r.id = old.round_id AND r.closed IS NULL AND old.outcome IS NULL;"
  "  INSERT INTO tally_change SELECT t.unit_path, 'lookback_pending', '', '', 1 FROM task t, lookback_round r"
  "   WHERE t.id = new.task_id AND r.id = new.round_id AND r.closed IS NULL AND new.outcome IS NULL;"
  "END;"
  "CREATE TRIGGER tally_item_delete AFTER DELETE ON lookback_item BEGIN"
  "  INSERT INTO tally_change SELECT t.unit_path, 'lookback_pending', '', '', -1 FROM task t, lookback_round r"
  "   WHERE t.id = old.task_id AND r.id = old.round_id AND r.closed IS NULL AND old.outcome IS NULL;"
  "END;"
  "CREATE TRIGGER tally_round_closed AFTER UPDATE OF closed ON lookback_round"
  "  WHEN (old.closed IS NULL) <> (new.closed IS NULL) BEGIN"
  "  INSERT INTO tally_change SELECT t.unit_path, 'lookback_pending', '', '',"
  "                                  CASE WHEN new.closed IS NULL THEN 1 ELSE -1 END"
  "    FROM lookback_item i JOIN task t ON t.id = i.task_id WHERE i.round_id = new.id AND i.outcome IS NULL;"
  "END;"
  "CREATE TRIGGER tally_round_delete BEFORE DELETE ON lookback_round WHEN old.closed IS NULL BEGIN"
  "  INSERT INTO tally_change SELECT t.unit_path, 'lookback_pending', '', '', -1"
  "    FROM lookback_item i JOIN task t ON t.id = i.task_id WHERE i.round_id = old.id AND i.outcome IS NULL;"
  "END;"
  /* A unit that moves takes its team's counts along; its tasks and opinions follow their
   * paths (unit_path_moved). */
  "CREATE TRIGGER tally_team_moved AFTER UPDATE OF path ON unit WHEN new.path <> old.path BEGIN"
  "  UPDATE team_talks SET path = new.path WHERE unit_id = new.id;"
  "END;"
  /* Everything there is, counted when the migration commits. */
  "INSERT INTO tally_task_change SELECT unit_path, deadline, closed, verdict, 1 FROM task;"
  "INSERT INTO tally_task_stale SELECT id FROM task WHERE kind = 'long_term' AND closed IS NULL;"
  "INSERT INTO tally_change SELECT unit_path, 'opinion', status, '', 1 FROM opinion;"
  "INSERT INTO tally_change SELECT path, 'team', talked, '', 1 FROM team_talks WHERE talked IS NOT NULL;"
  "INSERT INTO tally_change SELECT path, 'meetings_ready', '', '', meetings_ready FROM team_talks WHERE meetings_ready <> 0;"
  "INSERT INTO tally_change SELECT unit_path, 'notice', reply_by, '', 1 FROM notice WHERE replied IS NULL AND withdrawn IS NULL;"
  "INSERT INTO tally_change SELECT t.unit_path, 'lookback_pending', '', '', 1"
  "  FROM lookback_item i JOIN lookback_round r ON r.id = i.round_id JOIN task t ON t.id = i.task_id"
  " WHERE i.outcome IS NULL AND r.closed IS NULL;",

  /* 14 → 15: offices that exchange packages (src/core/exchange/). This database's own identity
   * (office_self, made when it first registers a lower office); the offices it exchanges with:
   * a lower office registered by one of our units, whose part of the hierarchy (the unit's
   * subtree) it keeps, or the upper office this database joined, which registered us by our
   * top unit (at most one). With each: the uuid and name by which it knows us, the key both
   * hold, the last package sent to it, received from it, and the last of ours it said it had
   * received (acknowledged); for each package sent, the change log's last entry then (mark),
   * from which the next package carries what changed since. exchange_owner names the office
   * that issued a record we received (a notice, a look-back round, an accountability record),
   * which it alone changes. */
  "CREATE TABLE office_self ("
  "  id           INTEGER PRIMARY KEY CHECK (id = 1),"
  "  uuid         TEXT NOT NULL"
  ");"
  "CREATE TABLE office ("
  "  id           INTEGER PRIMARY KEY,"
  "  uuid         TEXT NOT NULL UNIQUE,"
  "  name         TEXT NOT NULL CHECK (name <> ''),"
  "  role         TEXT NOT NULL CHECK (role IN ('lower', 'upper')),"
  "  unit_id      INTEGER NOT NULL UNIQUE REFERENCES unit (id),"
  "  self_uuid    TEXT NOT NULL,"
  "  self_name    TEXT NOT NULL CHECK (self_name <> ''),"
  "  key          BLOB NOT NULL CHECK (length (key) = 32),"
  "  key_set      TEXT NOT NULL,"
  "  sent         INTEGER NOT NULL DEFAULT 0,"
  "  sent_at      TEXT,"
  "  received     INTEGER NOT NULL DEFAULT 0,"
  "  received_at  TEXT,"
  "  acknowledged INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE UNIQUE INDEX office_one_upper ON office (role) WHERE role = 'upper';"
  "CREATE TABLE office_package ("
  "  office_id    INTEGER NOT NULL REFERENCES office (id) ON DELETE CASCADE,"
  "  sequence     INTEGER NOT NULL,"
  "  mark         INTEGER NOT NULL,"
  "  PRIMARY KEY (office_id, sequence)"
  ") WITHOUT ROWID;"
  "CREATE TABLE exchange_owner ("
  "  uuid         TEXT PRIMARY KEY,"
  "  office_id    INTEGER NOT NULL REFERENCES office (id)"
  ") WITHOUT ROWID;"
  /* A notice received in a package goes again when the package's edit is undone
   * (hd_replaying (), registered by the store); the clerk still never deletes one. */
  "DROP TRIGGER notice_kept;"
  "CREATE TRIGGER notice_kept BEFORE DELETE ON notice WHEN NOT hd_replaying () BEGIN"
  "  SELECT raise (ABORT, 'a supervision notice is never deleted: withdraw it');"
  "END;",
};

int
hd_schema_get_current_version (void)
{
  return G_N_ELEMENTS (migrations);
}

const char *
hd_schema_get_migration (int from_version)
{
  g_return_val_if_fail (from_version >= 0 && from_version < (int) G_N_ELEMENTS (migrations), NULL);

  return migrations[from_version];
}
