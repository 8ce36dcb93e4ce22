/* hd-team-count.c — the three must-talks of every team of a subtree at once, and of meetings.
 *
 * The teams are read in two statements (hd_team_shapes_each), their required pairs computed
 * without conversations, then the conversations are read once and each marks the topics of the
 * required pairs among its people: for the whole database in one pass over the conversations, for
 * a smaller subtree through its people's index. A pair is a key of its two person ids packed in 64
 * bits, the smaller first, so that the province's million pairs take no allocation of their own. */
#include <glib/gi18n-lib.h>

#include "talks/hd-team-coverage.h"

static gpointer
pair_key (gint64 a,
          gint64 b)
{
  guint64 low = (guint64) MIN (a, b), high = (guint64) MAX (a, b);

  return GSIZE_TO_POINTER ((low << 32) | (high & 0xffffffffu));
}

/* The topics a pair covered on the days of one meeting's preparation; a pair's slots are chained
 * by @next (an index into the pool + 1; 0 ends the chain). */
typedef struct {
  guint from, to;        /* day_number() */
  guint topics;
  guint next;
} Slot;

typedef struct {
  GHashTable *topics;    /* pair key → the topics covered + 1 (so that 0 is "no pair") */
  GHashTable *people;    /* GSIZE_TO_POINTER (person id) of the teams and their departments' heads */
  GHashTable *slots;     /* pair key → its first Slot's index in @pool + 1; NULL: no meetings */
  GArray     *pool;      /* Slot */
} Required;

/* A day "YYYY-MM-DD" as a number that orders as the days do. */
static guint
day_number (const char *iso)
{
  if (iso == NULL || strlen (iso) < 10)
    return 0;
  return (guint) (atoi (iso) * 512 + atoi (iso + 5) * 32 + atoi (iso + 8));
}

/* Marks on the required pairs among @people (@n of them) the topics of their conversation, and on
 * the pairs' slots of the meetings whose preparation includes @day (day_number). */
static void
mark_talk (Required     *required,
           const gint64 *people,
           guint         n,
           guint         topics,
           guint         day)
{
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        gpointer key = pair_key (people[i], people[j]);
        guint value = GPOINTER_TO_UINT (g_hash_table_lookup (required->topics, key));
        if (value == 0)
          continue;
        g_hash_table_insert (required->topics, key, GUINT_TO_POINTER (((value - 1) | topics) + 1));
        if (required->slots == NULL)
          continue;
        for (guint k = GPOINTER_TO_UINT (g_hash_table_lookup (required->slots, key)); k != 0;)
          {
            Slot *slot = &g_array_index (required->pool, Slot, k - 1);

            if (day >= slot->from && day <= slot->to)
              slot->topics |= topics;
            k = slot->next;
          }
      }
}

/* Reads the conversations of @stmt's rows (talk id, topics, person, day, ordered by talk). */
static gboolean
scan_talks (HdStore       *store,
            sqlite3_stmt  *stmt,
            Required      *required,
            GError       **error)
{
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 current = 0;
  guint topics = 0, day = 0;
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 talk = sqlite3_column_int64 (stmt, 0);
      gint64 person = sqlite3_column_int64 (stmt, 2);

      if (talk != current)
        {
          mark_talk (required, (const gint64 *) people->data, people->len, topics, day);
          g_array_set_size (people, 0);
          current = talk;
          topics = (guint) sqlite3_column_int (stmt, 1);
          day = day_number ((const char *) sqlite3_column_text (stmt, 3));
        }
      g_array_append_val (people, person);
    }
  mark_talk (required, (const gint64 *) people->data, people->len, topics, day);
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the conversations"));
      return FALSE;
    }
  return TRUE;
}

/* A subtree's people are few enough to read their conversations through the people's index. */
#define PEOPLE_BY_INDEX 20000

/* Every conversation, for a large subtree: the people's rows in the order of their conversations
 * (the covering index of talk_person) merged with the conversations' topics read in the same
 * order, two scans without a lookup per row. */
static gboolean
scan_all_talks (HdStore   *store,
                Required  *required,
                GError   **error)
{
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *rows = NULL, *talks = NULL;
  gint64 current = 0, talk_id = 0;
  guint topics = 0, day = 0;
  int rc = SQLITE_DONE, talk_rc = SQLITE_ROW;
  gboolean ok;

  ok = sqlite3_prepare_v2 (hd_store_get_db (store), "SELECT talk_id, person_id FROM talk_person ORDER BY talk_id",
                           -1, &rows, NULL) == SQLITE_OK
       && sqlite3_prepare_v2 (hd_store_get_db (store),
                              "SELECT id, topics, date FROM talk INDEXED BY talk_topics ORDER BY id",
                              -1, &talks, NULL) == SQLITE_OK;
  while (ok && (rc = sqlite3_step (rows)) == SQLITE_ROW)
    {
      gint64 talk = sqlite3_column_int64 (rows, 0);
      gint64 person = sqlite3_column_int64 (rows, 1);

      if (talk != current)
        {
          mark_talk (required, (const gint64 *) people->data, people->len, topics, day);
          g_array_set_size (people, 0);
          current = talk;
          while (talk_id < talk && (talk_rc = sqlite3_step (talks)) == SQLITE_ROW)
            {
              talk_id = sqlite3_column_int64 (talks, 0);
              topics = (guint) sqlite3_column_int (talks, 1);
              /* Only a meeting's preparation needs the day. */
              day = required->slots != NULL ? day_number ((const char *) sqlite3_column_text (talks, 2)) : 0;
            }
          if (talk_id != talk)
            topics = 0;
        }
      g_array_append_val (people, person);
    }
  if (ok)
    mark_talk (required, (const gint64 *) people->data, people->len, topics, day);
  ok = ok && rc == SQLITE_DONE && (talk_rc == SQLITE_ROW || talk_rc == SQLITE_DONE);
  if (!ok)
    hd_store_set_error (store, error, _("Reading the conversations"));
  sqlite3_finalize (rows);
  sqlite3_finalize (talks);
  return ok;
}

/* What counting the teams gathers: every team's required pairs as keys, a team's ending at the
 * index @team_ends has for it. */
typedef struct {
  Required *required;
  GArray   *pairs;
  GArray   *team_ends;
  GArray   *team_units;   /* gint64, the unit of each team of @team_ends */
  gboolean  by_person;   /* the people are needed to read their conversations one by one */
  /* The meetings checked as well: their indexes by unit, and each one's pairs (MeetingPair) from
   * the index @meeting_starts has for it to the next one's. */
  GHashTable           *meetings_by_unit;
  HdMeetingPreparation *meetings;
  GArray               *meeting_pairs;
  GArray               *meeting_starts;
} Gathered;

typedef struct {
  gpointer key;
  guint    slot;
} MeetingPair;

typedef struct {
  guint index;   /* into the meetings */
  guint start;   /* into meeting_pairs */
} MeetingStart;

/* The slot of @key for the days [@from, @to] (its index in the pool), added unless there is one. */
static guint
slot_of (Required *required,
         gpointer  key,
         guint     from,
         guint     to)
{
  guint first = GPOINTER_TO_UINT (g_hash_table_lookup (required->slots, key));
  Slot slot = { from, to, 0, first };

  for (guint k = first; k != 0; k = g_array_index (required->pool, Slot, k - 1).next)
    if (g_array_index (required->pool, Slot, k - 1).from == from && g_array_index (required->pool, Slot, k - 1).to == to)
      return k - 1;
  g_array_append_val (required->pool, slot);
  g_hash_table_insert (required->slots, key, GUINT_TO_POINTER (required->pool->len));
  return required->pool->len - 1;
}

/* The pairs of the unit's meetings: the team's, each with the slot of the meeting's days. */
static void
require_meeting_pairs (Gathered *gathered,
                       gint64    unit_id,
                       GArray   *team_pairs)
{
  GArray *indexes = g_hash_table_lookup (gathered->meetings_by_unit, &unit_id);

  for (guint k = 0; indexes != NULL && k < indexes->len; k++)
    {
      guint index = g_array_index (indexes, guint, k);
      const HdMeetingPreparation *meeting = &gathered->meetings[index];
      MeetingStart start = { index, gathered->meeting_pairs->len };
      guint from = day_number (meeting->from), to = day_number (meeting->to);

      g_array_append_val (gathered->meeting_starts, start);
      for (guint i = 0; i < team_pairs->len; i++)
        {
          const HdRequiredPair *pair = &g_array_index (team_pairs, HdRequiredPair, i);
          MeetingPair meeting_pair;

          if (pair->state == HD_PAIR_VACANT)
            continue;
          meeting_pair.key = pair_key (pair->a, pair->b);
          meeting_pair.slot = slot_of (gathered->required, meeting_pair.key, from, to);
          g_array_append_val (gathered->meeting_pairs, meeting_pair);
        }
    }
}

static void
require_pairs (gint64             unit_id,
               const HdTeamShape *shape,
               gpointer           data)
{
  Gathered *gathered = data;
  g_autoptr(GArray) team_pairs = hd_coverage_compute (shape, NULL, 0);
  guint end;

  if (gathered->by_person && shape->principal != 0)
    g_hash_table_add (gathered->required->people, GSIZE_TO_POINTER (shape->principal));
  for (guint i = 0; gathered->by_person && i < shape->n_members; i++)
    g_hash_table_add (gathered->required->people, GSIZE_TO_POINTER (shape->members[i]));
  for (guint i = 0; i < team_pairs->len; i++)
    {
      HdRequiredPair *pair = &g_array_index (team_pairs, HdRequiredPair, i);
      gpointer key;

      if (pair->state == HD_PAIR_VACANT)
        continue;
      key = pair_key (pair->a, pair->b);
      g_hash_table_insert (gathered->required->topics, key, GUINT_TO_POINTER (1));
      if (gathered->by_person)
        g_hash_table_add (gathered->required->people, GSIZE_TO_POINTER (pair->b));
      g_array_append_val (gathered->pairs, key);
    }
  end = gathered->pairs->len;
  g_array_append_val (gathered->team_ends, end);
  g_array_append_val (gathered->team_units, unit_id);
  if (gathered->meetings_by_unit != NULL)
    require_meeting_pairs (gathered, unit_id, team_pairs);
}

/* How many people the teams of [@from, @to) have. */
static gboolean
count_members (HdStore     *store,
               const char  *from,
               const char  *to,
               gint64      *n,
               GError     **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store,
                                         "SELECT count(*) FROM unit u JOIN team_member m ON m.unit_id = u.id"
                                         " WHERE u.path >= ?1 AND u.path < ?2",
                                         error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      hd_store_set_error (store, error, _("Reading a leadership team"));
      return FALSE;
    }
  *n = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

/* Marks the required pairs with the topics of their conversations, read once: all of them in the
 * order of the people's rows when the subtree is large (@by_person FALSE), else each person's
 * through the index. */
static gboolean
scan_required (HdStore   *store,
               Required  *required,
               gboolean   by_person,
               GError   **error)
{
  if (g_hash_table_size (required->topics) == 0)
    return TRUE;
  if (!by_person)
    return scan_all_talks (store, required, error);
  else
    {
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, required->people);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          sqlite3_stmt *stmt = hd_store_prepare (store,
                                                 "SELECT t.id, t.topics, o.person_id, t.date FROM talk_person p"
                                                 " JOIN talk t ON t.id = p.talk_id JOIN talk_person o ON o.talk_id = t.id"
                                                 " WHERE p.person_id = ?1 ORDER BY t.id",
                                                 error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, (gint64) GPOINTER_TO_SIZE (key));
          if (!scan_talks (store, stmt, required, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Whether every pair of @pairs[@start, @end) covered the five topics. */
static gboolean
pairs_complete (GHashTable *topics,
                GArray     *pairs,
                guint       start,
                guint       end)
{
  for (guint i = start; i < end; i++)
    if (GPOINTER_TO_UINT (g_hash_table_lookup (topics, g_array_index (pairs, gpointer, i))) - 1 != HD_TALK_ALL_TOPICS)
      return FALSE;
  return TRUE;
}

/* Whether every pair of the meeting, from @start to @end of @pairs, covered the five topics in
 * its preparation. */
static gboolean
meeting_complete (Required *required,
                  GArray   *pairs,
                  guint     start,
                  guint     end)
{
  for (guint i = start; i < end; i++)
    {
      const MeetingPair *pair = &g_array_index (pairs, MeetingPair, i);

      if (g_array_index (required->pool, Slot, pair->slot).topics != HD_TALK_ALL_TOPICS)
        return FALSE;
    }
  return TRUE;
}

gboolean
hd_team_coverage_each (HdStore               *store,
                       const char            *from,
                       const char            *to,
                       HdMeetingPreparation  *meetings,
                       guint                  n_meetings,
                       HdTeamTalkedFunc       func,
                       gpointer               data,
                       GError               **error)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (gpointer));
  g_autoptr(GArray) team_ends = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) team_units = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) meeting_pairs = g_array_new (FALSE, FALSE, sizeof (MeetingPair));
  g_autoptr(GArray) meeting_starts = g_array_new (FALSE, FALSE, sizeof (MeetingStart));
  g_autoptr(GHashTable) topics = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) people = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) slots = NULL;
  g_autoptr(GArray) pool = g_array_new (FALSE, FALSE, sizeof (Slot));
  g_autoptr(GHashTable) by_unit = NULL;
  Required required = { topics, people, NULL, pool };
  Gathered gathered = { &required, pairs, team_ends, team_units, TRUE, NULL, meetings, meeting_pairs, meeting_starts };
  gint64 n_members = 0;
  guint start = 0;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (meetings != NULL || n_meetings == 0, FALSE);

  if (n_meetings > 0)
    {
      required.slots = slots = g_hash_table_new (g_direct_hash, g_direct_equal);
      gathered.meetings_by_unit = by_unit = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                                   (GDestroyNotify) g_array_unref);
    }
  for (guint i = 0; i < n_meetings; i++)
    {
      GArray *indexes = g_hash_table_lookup (by_unit, &meetings[i].unit_id);

      meetings[i].complete = TRUE;   /* a team that requires no pair has nothing to talk */
      if (indexes == NULL)
        {
          indexes = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (by_unit, &meetings[i].unit_id, indexes);
        }
      g_array_append_val (indexes, i);
    }
  if (!count_members (store, from, to, &n_members, error))
    return FALSE;
  gathered.by_person = n_members <= PEOPLE_BY_INDEX;
  if (!hd_team_shapes_each (hd_store_get_db (store), from, to, require_pairs, &gathered, error)
      || !scan_required (store, &required, gathered.by_person, error))
    return FALSE;

  /* Complete when every pair covered the five topics. */
  for (guint t = 0; t < team_ends->len; t++)
    {
      guint end = g_array_index (team_ends, guint, t);

      if (end == start)
        continue;
      func (g_array_index (team_units, gint64, t), pairs_complete (topics, pairs, start, end), data);
      start = end;
    }
  /* And each meeting, in its preparation. */
  for (guint m = 0; m < meeting_starts->len; m++)
    {
      const MeetingStart *meeting = &g_array_index (meeting_starts, MeetingStart, m);
      guint end = m + 1 < meeting_starts->len ? g_array_index (meeting_starts, MeetingStart, m + 1).start
                                               : meeting_pairs->len;

      meetings[meeting->index].complete = meeting_complete (&required, meeting_pairs, meeting->start, end);
    }
  return TRUE;
}

typedef struct {
  gint64 *complete;
  gint64 *incomplete;
} Counts;

static void
count_team (gint64    unit_id,
            gboolean  complete,
            gpointer  data)
{
  Counts *counts = data;

  (*(complete ? counts->complete : counts->incomplete))++;
}

gboolean
hd_team_coverage_count (HdStore               *store,
                        const char            *from,
                        const char            *to,
                        gint64                *complete,
                        gint64                *incomplete,
                        HdMeetingPreparation  *meetings,
                        guint                  n_meetings,
                        GError               **error)
{
  Counts counts = { complete, incomplete };

  *complete = *incomplete = 0;
  return hd_team_coverage_each (store, from, to, meetings, n_meetings, count_team, &counts, error);
}
