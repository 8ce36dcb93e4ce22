/* hd-demo-writer.c — how the demo writes: one prepared INSERT per table reused for every row, ids
 * and ordered UUIDs made here, and the indexes and triggers set aside while the rows arrive. */
#include <glib/gi18n-lib.h>

#include "demo/hd-demo-private.h"
#include "store/hd-uuid.h"

void
hd_demo_writer_step (Writer       *w,
                     sqlite3_stmt *stmt)
{
  if (w->failure == NULL && sqlite3_step (stmt) != SQLITE_DONE)
    w->failure = g_strdup (sqlite3_errmsg (w->db));
  sqlite3_reset (stmt);
}

/* Time-ordered UUIDs: millions of random ones would be written all over the UUID indexes. */
char *
hd_demo_writer_uuid (Writer *w,
                     GRand  *rand)
{
  return hd_uuid_new_ordered (rand, w->uuids++);
}

/* Binds the columns every row begins with, its id and its UUID; returns the id. */
gint64
hd_demo_writer_row (Writer *w,
                    Insert *insert,
                    GRand  *rand)
{
  gint64 id = insert->next_id++;

  sqlite3_bind_int64 (insert->stmt, 1, id);
  sqlite3_bind_text (insert->stmt, 2, hd_demo_writer_uuid (w, rand), -1, g_free);
  return id;
}

/* A row that links two records: an oversight, a contact point, a supervision assignment. */
void
hd_demo_write_link (Writer *w,
                    Insert *insert,
                    GRand  *rand,
                    gint64  from_id,
                    gint64  to_id)
{
  hd_demo_writer_row (w, insert, rand);
  sqlite3_bind_int64 (insert->stmt, 3, from_id);
  sqlite3_bind_int64 (insert->stmt, 4, to_id);
  hd_demo_writer_step (w, insert->stmt);
}

/* A member of a leadership team or of a supervision group; returns the membership's id. */
gint64
hd_demo_write_member (Writer *w,
                      Insert *insert,
                      GRand  *rand,
                      gint64  owner_id,
                      gint64  person_id,
                      int     role,
                      int     position)
{
  gint64 id = hd_demo_writer_row (w, insert, rand);

  sqlite3_bind_int64 (insert->stmt, 3, owner_id);
  sqlite3_bind_int64 (insert->stmt, 4, person_id);
  sqlite3_bind_int (insert->stmt, 5, role);
  sqlite3_bind_int (insert->stmt, 6, position);
  hd_demo_writer_step (w, insert->stmt);
  return id;
}

static void
format_day (guint32 julian,
            char    buf[16])
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_snprintf (buf, 16, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
}

void
hd_demo_bind_day (sqlite3_stmt *stmt,
                  int           column,
                  guint32       julian)
{
  char buf[16];

  if (julian == 0)
    {
      sqlite3_bind_null (stmt, column);
      return;
    }
  format_day (julian, buf);
  sqlite3_bind_text (stmt, column, buf, -1, SQLITE_TRANSIENT);
}

static const struct { gsize offset; const char *sql; } statements[] = {
  { G_STRUCT_OFFSET (Writer, unit),
    "INSERT INTO unit (id, uuid, parent_id, kind, name, code, position, path)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" },
  { G_STRUCT_OFFSET (Writer, person),
    "INSERT INTO person (id, uuid, unit_id, name, gender, title, party_member, phone, position)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)" },
  { G_STRUCT_OFFSET (Writer, member),
    "INSERT INTO team_member (id, uuid, unit_id, person_id, role, position)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
  { G_STRUCT_OFFSET (Writer, oversight),
    "INSERT INTO oversight (id, uuid, member_id, department_id) VALUES (?1, ?2, ?3, ?4)" },
  { G_STRUCT_OFFSET (Writer, contact),
    "INSERT INTO contact_point (id, uuid, leader_id, unit_id) VALUES (?1, ?2, ?3, ?4)" },
  { G_STRUCT_OFFSET (Writer, group),
    "INSERT INTO supervision_group (id, uuid, unit_id, name, position) VALUES (?1, ?2, ?3, ?4, ?5)" },
  { G_STRUCT_OFFSET (Writer, group_member),
    "INSERT INTO supervision_member (id, uuid, group_id, person_id, role, position)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
  { G_STRUCT_OFFSET (Writer, assignment),
    "INSERT INTO supervision_assignment (id, uuid, group_id, unit_id) VALUES (?1, ?2, ?3, ?4)" },
  { G_STRUCT_OFFSET (Writer, problem),
    "INSERT INTO problem (id, uuid, unit_id, person_id, category, summary, found)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)" },
  /* unit_path is written here: the triggers that would copy it are set aside for the load. */
  { G_STRUCT_OFFSET (Writer, opinion),
    "INSERT INTO opinion (id, uuid, channel, received, unit_id, unit_path, person_id, category, content,"
    " status, problem_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)" },
  { G_STRUCT_OFFSET (Writer, task),
    "INSERT INTO task (id, uuid, unit_id, unit_path, number, plan, rule_action, kind, problem, problem_id,"
    " source, goal, measures, leader, person, deadline, result, verdict, closed)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19)" },
  { G_STRUCT_OFFSET (Writer, progress),
    "INSERT INTO task_progress (id, uuid, task_id, date, text, operator) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
  { G_STRUCT_OFFSET (Writer, review),
    "INSERT INTO task_review (id, uuid, task_id, date) VALUES (?1, ?2, ?3, ?4)" },
  { G_STRUCT_OFFSET (Writer, notice),
    "INSERT INTO notice (id, uuid, unit_id, unit_path, office, year, serial, issued, reply_by, replied, reply,"
    " replier, withdrawn, withdrawal) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)" },
  { G_STRUCT_OFFSET (Writer, notice_task),
    "INSERT INTO notice_task (id, uuid, notice_id, task_id) VALUES (?1, ?2, ?3, ?4)" },
  { G_STRUCT_OFFSET (Writer, reminder),
    "INSERT INTO notice_reminder (id, uuid, notice_id, date, note, operator) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
  { G_STRUCT_OFFSET (Writer, round),
    "INSERT INTO lookback_round (id, uuid, name, unit_id, plans, opened, closed) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)" },
  { G_STRUCT_OFFSET (Writer, item),
    "INSERT INTO lookback_item (id, uuid, round_id, task_id, proposed, outcome, note, new_deadline, new_task_id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)" },
  { G_STRUCT_OFFSET (Writer, finding),
    "INSERT INTO lookback_review (id, uuid, round_id, unit_id, point, finding, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)" },
  { G_STRUCT_OFFSET (Writer, accountability),
    "INSERT INTO accountability (id, uuid, unit_id, person_id, measure, reason, date, decided_by)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)" },
  { G_STRUCT_OFFSET (Writer, accountability_link),
    "INSERT INTO accountability_link (id, uuid, accountability_id, task_id, notice_id) VALUES (?1, ?2, ?3, ?4, ?5)" },
  /* unit_path is written here too, as for the opinions and tasks. */
  { G_STRUCT_OFFSET (Writer, meeting),
    "INSERT INTO meeting (id, uuid, unit_id, unit_path, kind, date, prepare_from, place, informed)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)" },
  { G_STRUCT_OFFSET (Writer, talk),
    "INSERT INTO talk (id, uuid, unit_id, meeting_id, date, place, initiator_id, recorder_id, topics, content,"
    " commitments) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)" },
  { G_STRUCT_OFFSET (Writer, talk_person),
    "INSERT INTO talk_person (id, uuid, talk_id, person_id) VALUES (?1, ?2, ?3, ?4)" },
  { G_STRUCT_OFFSET (Writer, material),
    "INSERT INTO meeting_material (id, uuid, meeting_id, person_id, received, reviewer) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
  { G_STRUCT_OFFSET (Writer, presence),
    "INSERT INTO meeting_person (id, uuid, meeting_id, person_id, presence, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
  { G_STRUCT_OFFSET (Writer, criticism),
    "INSERT INTO meeting_criticism (id, uuid, meeting_id, critic_id, target_id, content) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
  { G_STRUCT_OFFSET (Writer, measure),
    "INSERT INTO meeting_measure (id, uuid, meeting_id, problem, measures, leader_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)" },
};

gboolean
hd_demo_writer_prepare (Writer  *w,
                        HdStore *store,
                        GError **error)
{
  w->db = hd_store_get_db (store);

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      Insert *insert = G_STRUCT_MEMBER_P (w, statements[i].offset);

      /* The database holds no units, hence no rows that refer to units: ids can start at 1. */
      insert->next_id = 1;
      if (sqlite3_prepare_v3 (w->db, statements[i].sql, -1, SQLITE_PREPARE_PERSISTENT, &insert->stmt, NULL) != SQLITE_OK)
        {
          hd_store_set_error (store, error, _("Preparing the demo data"));
          return FALSE;
        }
    }
  return TRUE;
}

void
hd_demo_writer_finish (Writer *w)
{
  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      Insert *insert = G_STRUCT_MEMBER_P (w, statements[i].offset);

      g_clear_pointer (&insert->stmt, sqlite3_finalize);
    }
  g_clear_pointer (&w->failure, g_free);
  g_clear_pointer (&w->ledger_units, g_array_unref);
  g_clear_pointer (&w->notices, g_array_unref);
  g_clear_pointer (&w->notice_rand, g_rand_free);
  g_clear_pointer (&w->lookback_rand, g_rand_free);
  g_clear_pointer (&w->talks_rand, g_rand_free);
}

/* The name indexes (schema v2) are kept by triggers, row by row. Every statement that fires one
 * makes FTS5 flush its pending terms, so a province written row by row spent four fifths of its
 * time merging one-row index segments. The demo sets those triggers aside while it writes and
 * fills each index with one statement, as the migration that created them does; it all happens
 * inside the demo's transaction, so a rollback brings the triggers back as well. A trigger that
 * a later schema renamed is simply not found, and its index is then kept row by row. */
static const struct {
  const char *trigger;
  const char *drop;
  const char *fill;
} name_indexes[] = {
  { "unit_name_index_insert", "DROP TRIGGER unit_name_index_insert",
    "INSERT INTO unit_name_index (rowid, chars) SELECT id, hd_name_chars (name) FROM unit" },
  { "person_name_index_insert", "DROP TRIGGER person_name_index_insert",
    "INSERT INTO person_name_index (rowid, chars) SELECT id, hd_name_chars (name) FROM person" },
  /* The opinions' text index (schema v3) the same way. Their trigger, and the tasks', also copy
   * the unit's path into the new row, an UPDATE of each row just written; the demo writes the
   * path with the row instead, so the tasks' trigger has nothing to fill. */
  { "opinion_insert", "DROP TRIGGER opinion_insert",
    "INSERT INTO opinion_text (opinion_text, rank) VALUES ('automerge', 16);"
    "INSERT INTO opinion_text (rowid, content) SELECT id, content FROM opinion;"
    "INSERT INTO opinion_text (opinion_text, rank) VALUES ('automerge', 4)" },
  /* Their grams index (schema v5), as its migration fills it. */
  { "opinion_grams_insert", "DROP TRIGGER opinion_grams_insert",
    "INSERT INTO opinion_grams (opinion_grams, rank) VALUES ('automerge', 16);"
    "INSERT INTO opinion_grams (rowid, grams) SELECT id, hd_grams (content) FROM opinion;"
    "INSERT INTO opinion_grams (opinion_grams, rank) VALUES ('automerge', 4)" },
  { "task_insert", "DROP TRIGGER task_insert", NULL },
  { "meeting_insert", "DROP TRIGGER meeting_insert", NULL },
  /* The teams' three must-talks (schema v13): rather than each row marking its teams, every
   * unit is marked once, and the store computes them all in one pass before it commits. */
  { "team_talks_member_insert", "DROP TRIGGER team_talks_member_insert",
    "INSERT INTO team_talks_stale (unit_id) SELECT id FROM unit" },
  { "team_talks_oversight_insert", "DROP TRIGGER team_talks_oversight_insert", NULL },
  { "team_talks_talk_person_insert", "DROP TRIGGER team_talks_talk_person_insert", NULL },
  { "team_talks_meeting_insert", "DROP TRIGGER team_talks_meeting_insert", NULL },
  { "team_talks_material_insert", "DROP TRIGGER team_talks_material_insert", NULL },
  /* The overview's counts (schema v14): every task and opinion counted once at the end; the
   * teams' answers, computed when the demo commits, are counted by their own trigger then. */
  { "tally_task_insert", "DROP TRIGGER tally_task_insert",
    "INSERT INTO tally_task_change SELECT unit_path, deadline, closed, verdict, 1 FROM task;"
    "INSERT INTO tally_task_stale SELECT id FROM task WHERE kind = 'long_term' AND closed IS NULL;"
    "INSERT INTO tally_change SELECT unit_path, 'opinion', status, '', 1 FROM opinion" },
  { "tally_task_update", "DROP TRIGGER tally_task_update", NULL },
  { "tally_task_delete", "DROP TRIGGER tally_task_delete", NULL },
  { "tally_review_insert", "DROP TRIGGER tally_review_insert", NULL },
  { "tally_review_update", "DROP TRIGGER tally_review_update", NULL },
  { "tally_review_delete", "DROP TRIGGER tally_review_delete", NULL },
  { "tally_opinion_insert", "DROP TRIGGER tally_opinion_insert", NULL },
  { "tally_opinion_update", "DROP TRIGGER tally_opinion_update", NULL },
  { "tally_opinion_delete", "DROP TRIGGER tally_opinion_delete", NULL },
};

/* Adds to @saved each trigger's CREATE statement, NULL for one that does not exist. */
gboolean
hd_demo_suspend_name_triggers (HdStore    *store,
                               GPtrArray  *saved,
                               GError    **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (name_indexes); i++)
    {
      sqlite3_stmt *stmt = hd_store_prepare (store,
                                             "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?1",
                                             error);
      char *sql = NULL;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, name_indexes[i].trigger, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        sql = hd_store_column_dup (stmt, 0);
      sqlite3_reset (stmt);
      g_ptr_array_add (saved, sql);
      if (sql != NULL && !hd_store_exec (store, name_indexes[i].drop, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hd_demo_restore_name_triggers (HdStore    *store,
                               GPtrArray  *saved,
                               GError    **error)
{
  for (guint i = 0; i < saved->len; i++)
    {
      const char *sql = g_ptr_array_index (saved, i);

      if (sql != NULL &&
          ((name_indexes[i].fill != NULL && !hd_store_exec (store, name_indexes[i].fill, error)) ||
           !hd_store_exec (store, sql, error)))
        return FALSE;
    }
  return TRUE;
}

/* The big tables' own indexes are, like the text indexes, cheaper to build once from the
 * finished table (SQLite sorts, then writes each index page once) than to keep row by row while
 * millions of rows arrive in an order that is not theirs. They are set aside in the demo's
 * transaction and made again from their saved CREATE statements before it commits; a UNIQUE one
 * that the data broke would fail there and roll everything back. */
gboolean
hd_demo_suspend_indexes (HdStore    *store,
                         GPtrArray  *saved,
                         GError    **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = hd_store_prepare (store,
                                         "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
                                         " AND tbl_name IN ('person', 'opinion', 'problem', 'task', 'task_progress', 'task_review',"
                                         "                  'lookback_item', 'talk', 'talk_person')",
                                         error);

  if (stmt == NULL)
    return FALSE;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_ptr_array_add (names, hd_store_column_dup (stmt, 0));
      g_ptr_array_add (saved, hd_store_column_dup (stmt, 1));
    }
  sqlite3_reset (stmt);
  for (guint i = 0; i < names->len; i++)
    {
      /* The names come from the schema, which is ours. */
      g_autofree char *drop = g_strdup_printf ("DROP INDEX \"%s\"", (const char *) g_ptr_array_index (names, i));

      if (!hd_store_exec (store, drop, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
hd_demo_restore_indexes (HdStore    *store,
                         GPtrArray  *saved,
                         GError    **error)
{
  for (guint i = 0; i < saved->len; i++)
    if (!hd_store_exec (store, g_ptr_array_index (saved, i), error))
      return FALSE;
  return TRUE;
}

/* The demo fills a new database in one transaction of up to 4 GB. In WAL mode every page is
 * written twice, to the WAL and at the checkpoint into the database, and every page read in
 * between is looked up in the WAL's index. With a rollback journal the journal keeps only the
 * few pages the empty database had, and the rest is written once (measured: a province 147 s in
 * WAL, 111 s with the journal). A crash still leaves the database as it was: the journal rolls it
 * back when the file is next opened. SQLite changes the mode only for a connection that has the
 * database to itself; with another one open (a window, a reader) the demo stays in WAL.
 * Returns whether the mode was changed. */
gboolean
hd_demo_leave_wal (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean left = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA journal_mode = DELETE", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    left = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "delete") == 0;
  sqlite3_finalize (stmt);
  return left;
}

/* Back to the mode every connection of the store sets when it opens (hd-store.c). */
void
hd_demo_return_to_wal (sqlite3 *db)
{
  sqlite3_exec (db, "PRAGMA journal_mode = WAL", NULL, NULL, NULL);
}

/* PRAGMA cache_size: pages when positive, KiB when negative. */
int
hd_demo_query_cache_size (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int size = -2000;   /* SQLite's default, should the query fail */

  if (sqlite3_prepare_v2 (db, "PRAGMA cache_size", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    size = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return size;
}

void
hd_demo_set_cache_size (sqlite3 *db,
                        int      size)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", size);

  sqlite3_exec (db, sql, NULL, NULL, NULL);
}
