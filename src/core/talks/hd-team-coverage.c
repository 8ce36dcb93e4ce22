/* hd-team-coverage.c */
#include <glib/gi18n-lib.h>

#include "organisation/hd-unit.h"
#include "store/hd-read.h"
#include "talks/hd-talk.h"
#include "talks/hd-team-coverage.h"

typedef struct {
  GArray *people;   /* gint64 */
  guint   topics;
  gint64  reader;   /* the person through whom it was read: its people are read once */
} Talk;

static void
talk_free (gpointer data)
{
  Talk *talk = data;

  g_array_unref (talk->people);
  g_free (talk);
}

typedef struct {
  gint64           principal;
  GArray          *members;     /* gint64 */
  GArray          *oversight;   /* HdOversightLink */
} Team;

static void
read_member (sqlite3_stmt *stmt,
             gpointer      data)
{
  Team *team = data;
  gint64 person = sqlite3_column_int64 (stmt, 0);

  if (sqlite3_column_int (stmt, 1) == 0)
    team->principal = person;
  else
    g_array_append_val (team->members, person);
}

static void
read_oversight (sqlite3_stmt *stmt,
                gpointer      data)
{
  HdOversightLink link = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1),
                           sqlite3_column_int64 (stmt, 2) };

  g_array_append_val (((Team *) data)->oversight, link);
}

/* Adds to @talks (talk id → Talk) the conversations of @person in [@from, @to]. */
static gboolean
read_talks_of (HdStore     *store,
               gint64       person,
               const char  *from,
               const char  *to,
               GHashTable  *talks,
               GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store,
                                         "SELECT t.id, t.topics, o.person_id"
                                         " FROM talk_person p JOIN talk t ON t.id = p.talk_id"
                                         " JOIN talk_person o ON o.talk_id = t.id"
                                         " WHERE p.person_id = ?1 AND t.date BETWEEN ?2 AND ?3",
                                         error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, person);
  sqlite3_bind_text (stmt, 2, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, to, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      gint64 other = sqlite3_column_int64 (stmt, 2);
      Talk *talk = g_hash_table_lookup (talks, &id);

      if (talk == NULL)
        {
          gint64 *key = g_memdup2 (&id, sizeof id);

          talk = g_new0 (Talk, 1);
          talk->people = g_array_new (FALSE, FALSE, sizeof (gint64));
          talk->topics = (guint) sqlite3_column_int (stmt, 1);
          talk->reader = person;
          g_hash_table_insert (talks, key, talk);
        }
      else if (talk->reader != person)
        continue;   /* read already, through another of its people */
      g_array_append_val (talk->people, other);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the conversations"));
      return FALSE;
    }
  return TRUE;
}

GArray *
hd_team_coverage_read (HdStore  *store,
                       gint64    unit_id,
                       gint64    meeting_id,
                       GError  **error)
{
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) oversight = g_array_new (FALSE, FALSE, sizeof (HdOversightLink));
  g_autoptr(GHashTable) talks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, talk_free);
  g_autoptr(GArray) records = g_array_new (FALSE, FALSE, sizeof (HdTalkRecord));
  g_autofree char *from = g_strdup ("0000-00-00");
  g_autofree char *to = g_strdup ("9999-99-99");
  Team team = { 0, members, oversight };
  HdTeamShape shape;
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (!hd_unit_check_exists (store, unit_id, error))
    return NULL;
  if (meeting_id != 0)
    {
      sqlite3_stmt *stmt = hd_store_prepare (store, "SELECT prepare_from, date FROM meeting WHERE id = ?1", error);

      if (stmt == NULL)
        return NULL;
      sqlite3_bind_int64 (stmt, 1, meeting_id);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          sqlite3_reset (stmt);
          g_set_error (error, HD_TALK_ERROR, HD_TALK_ERROR_NOT_FOUND,
                       _("The meeting (no. %lld) does not exist. Check the meeting's number."), (long long) meeting_id);
          return NULL;
        }
      g_free (from);
      g_free (to);
      from = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      to = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      sqlite3_reset (stmt);
    }
  /* The team in its order: the principal leader first, then the members by position. */
  if (!hd_read_each (store,
                     "SELECT person_id, role FROM team_member WHERE unit_id = ?1 ORDER BY role, position, id",
                     unit_id, read_member, &team, N_("Reading a leadership team"), error)
      || !hd_read_each (store,
                        "SELECT m.person_id, o.department_id,"
                        "       (SELECT h.person_id FROM team_member h WHERE h.unit_id = o.department_id AND h.role = 0)"
                        " FROM oversight o JOIN team_member m ON m.id = o.member_id"
                        " WHERE m.unit_id = ?1 ORDER BY m.role, m.position, m.id, o.id",
                        unit_id, read_oversight, &team, N_("Reading a leadership team"), error))
    return NULL;

  /* Every conversation of the team's people (the departments' heads included). */
  if (team.principal != 0 && !read_talks_of (store, team.principal, from, to, talks, error))
    return NULL;
  for (guint i = 0; i < members->len; i++)
    if (!read_talks_of (store, g_array_index (members, gint64, i), from, to, talks, error))
      return NULL;
  for (guint i = 0; i < oversight->len; i++)
    {
      gint64 head = g_array_index (oversight, HdOversightLink, i).head;

      if (head != 0 && !read_talks_of (store, head, from, to, talks, error))
        return NULL;
    }
  g_hash_table_iter_init (&iter, talks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Talk *talk = value;
      HdTalkRecord record = { (const gint64 *) talk->people->data, talk->people->len, talk->topics };

      g_array_append_val (records, record);
    }
  shape = (HdTeamShape) { team.principal, (const gint64 *) members->data, members->len,
                          (const HdOversightLink *) oversight->data, oversight->len };
  return hd_coverage_compute (&shape, (const HdTalkRecord *) records->data, records->len);
}

/* ---- every team of a subtree, in the order of their units ---- */

typedef struct {
  gint64 unit_id, person;
  int    role;
} MemberRow;

typedef struct {
  gint64 unit_id;
  HdOversightLink link;
} OversightRow;

static void
read_member_row (sqlite3_stmt *stmt,
                 gpointer      data)
{
  MemberRow row = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int (stmt, 2) };

  g_array_append_val ((GArray *) data, row);
}

static void
read_oversight_row (sqlite3_stmt *stmt,
                    gpointer      data)
{
  OversightRow row = { sqlite3_column_int64 (stmt, 0),
                       { sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2), sqlite3_column_int64 (stmt, 3) } };

  g_array_append_val ((GArray *) data, row);
}

/* Runs @sql bound to a subtree's range of paths as ?1 and ?2, @read on each row. */
static gboolean
read_range (sqlite3     *db,
            const char  *sql,
            const char  *from,
            const char  *to,
            void       (*read) (sqlite3_stmt *, gpointer),
            gpointer     data,
            GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        read (stmt, data);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, HD_TALK_ERROR, HD_TALK_ERROR_READ, _("Reading a leadership team: %s"), sqlite3_errmsg (db));
      return FALSE;
    }
  return TRUE;
}

gboolean
hd_team_shapes_each (sqlite3          *db,
                     const char       *from,
                     const char       *to,
                     HdTeamShapeFunc   func,
                     gpointer          data,
                     GError          **error)
{
  g_autoptr(GArray) members = g_array_new (FALSE, FALSE, sizeof (MemberRow));
  g_autoptr(GArray) oversight = g_array_new (FALSE, FALSE, sizeof (OversightRow));
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) links = g_array_new (FALSE, FALSE, sizeof (HdOversightLink));
  guint m = 0, o = 0;

  if (!read_range (db,
                   "SELECT m.unit_id, m.person_id, m.role FROM unit u JOIN team_member m ON m.unit_id = u.id"
                   " WHERE u.path >= ?1 AND u.path < ?2 ORDER BY m.unit_id, m.role, m.position, m.id",
                   from, to, read_member_row, members, error)
      || !read_range (db,
                      "SELECT m.unit_id, m.person_id, o.department_id,"
                      "       (SELECT h.person_id FROM team_member h WHERE h.unit_id = o.department_id AND h.role = 0)"
                      " FROM unit u JOIN team_member m ON m.unit_id = u.id JOIN oversight o ON o.member_id = m.id"
                      " WHERE u.path >= ?1 AND u.path < ?2 ORDER BY m.unit_id, m.role, m.position, m.id, o.id",
                      from, to, read_oversight_row, oversight, error))
    return FALSE;
  /* Both lists are in the order of the teams' units. */
  while (m < members->len)
    {
      gint64 unit = g_array_index (members, MemberRow, m).unit_id;
      HdTeamShape shape = { 0 };

      g_array_set_size (ids, 0);
      g_array_set_size (links, 0);
      for (; m < members->len && g_array_index (members, MemberRow, m).unit_id == unit; m++)
        {
          const MemberRow *row = &g_array_index (members, MemberRow, m);

          if (row->role == 0)
            shape.principal = row->person;
          else
            g_array_append_val (ids, row->person);
        }
      for (; o < oversight->len && g_array_index (oversight, OversightRow, o).unit_id <= unit; o++)
        if (g_array_index (oversight, OversightRow, o).unit_id == unit)
          g_array_append_val (links, g_array_index (oversight, OversightRow, o).link);
      shape.members = (const gint64 *) ids->data;
      shape.n_members = ids->len;
      shape.oversight = (const HdOversightLink *) links->data;
      shape.n_oversight = links->len;
      func (unit, &shape, data);
    }
  return TRUE;
}
