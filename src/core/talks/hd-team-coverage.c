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
