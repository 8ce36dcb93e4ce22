/* hd-schema.c — the schema as ordered migrations.
 *
 * Never edit a migration that has shipped: add a new one at the end. Each runs inside the
 * transaction that hd_store_open() opens, after a backup of the database was taken.
 */
#include "hd-schema.h"

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
