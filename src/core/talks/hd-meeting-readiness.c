/* hd-meeting-readiness.c — the checklist before a meeting, for one meeting and counted for a subtree. */
#include <glib/gi18n-lib.h>

#include "store/hd-date.h"
#include "talks/hd-meeting.h"
#include "talks/hd-meeting-readiness.h"
#include "talks/hd-team-coverage.h"

gboolean
hd_meeting_readiness_read (HdStore             *store,
                           gint64               meeting_id,
                           HdMeetingReadiness  *readiness,
                           GError             **error)
{
  g_autoptr(HdMeetingRecord) record = NULL;
  g_autoptr(GArray) pairs = NULL;
  g_autoptr(GPtrArray) missing = g_ptr_array_new ();

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (readiness != NULL, FALSE);

  *readiness = (HdMeetingReadiness) { 0 };
  if ((record = hd_meeting_record_load (store, meeting_id, error)) == NULL
      || (pairs = hd_team_coverage_read (store, record->unit_id, meeting_id, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < pairs->len; i++)
    {
      HdPairState state = g_array_index (pairs, HdRequiredPair, i).state;

      readiness->pairs += state != HD_PAIR_VACANT;
      readiness->pairs_done += state == HD_PAIR_DONE;
    }
  for (guint i = 0; i < record->people->len; i++)
    {
      const HdMeetingPerson *person = &g_array_index (record->people, HdMeetingPerson, i);

      if (!person->member)
        continue;
      readiness->members++;
      if (person->received[0] != '\0')
        readiness->materials++;
      else
        g_ptr_array_add (missing, person->name);
    }
  g_ptr_array_add (missing, NULL);
  readiness->materials_missing = g_strjoinv ("、", (char **) missing->pdata);
  g_strlcpy (readiness->informed, record->informed, sizeof readiness->informed);
  return TRUE;
}

void
hd_meeting_readiness_clear (HdMeetingReadiness *readiness)
{
  g_clear_pointer (&readiness->materials_missing, g_free);
}

gboolean
hd_meeting_readiness_item_done (const HdMeetingReadiness *readiness,
                                HdReadinessItem           item)
{
  switch (item)
    {
    case HD_READINESS_TALKS:
      return readiness->pairs_done == readiness->pairs;
    case HD_READINESS_MATERIALS:
      /* A team with nobody on its roster is not ready for anything. */
      return readiness->members > 0 && readiness->materials == readiness->members;
    case HD_READINESS_INFORMED:
    default:
      return readiness->informed[0] != '\0';
    }
}

gboolean
hd_meeting_readiness_is_ready (const HdMeetingReadiness *readiness)
{
  for (guint i = 0; i < HD_READINESS_N_ITEMS; i++)
    if (!hd_meeting_readiness_item_done (readiness, (HdReadinessItem) i))
      return FALSE;
  return TRUE;
}

static char *
describe_talks (const HdMeetingReadiness *readiness)
{
  if (readiness->pairs == 0)
    return g_strdup (_("The three must-talks: the team requires no pair."));
  if (readiness->pairs_done == readiness->pairs)
    /* Translators: the readiness checklist; %u is how many pairs the team requires. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The three must-talks: the %u pair talked through.",
                                         "The three must-talks: all %u pairs talked through.", readiness->pairs),
                            readiness->pairs);
  /* Translators: the readiness checklist: pairs talked through of those required, and how many are
   * left. In Chinese "“三个必谈”：%1$u对中%2$u对已谈透，还差%3$u对". */
  return g_strdup_printf (_("The three must-talks: %2$u of %1$u pairs talked through; %3$u still to do."),
                          readiness->pairs, readiness->pairs_done, readiness->pairs - readiness->pairs_done);
}

static char *
describe_materials (const HdMeetingReadiness *readiness)
{
  if (readiness->members == 0)
    return g_strdup (_("Self-examination materials: the team has no members on the roster."));
  if (readiness->materials == readiness->members)
    /* Translators: the readiness checklist; %u is the number of the team's members. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Self-examination materials: the %u member's received.",
                                         "Self-examination materials: all %u members' received.", readiness->members),
                            readiness->members);
  /* Translators: the readiness checklist: materials received of the members', and the names of
   * those who have not handed theirs in. In Chinese "对照检查材料：%1$u人中已收%2$u份，尚缺%3$s". */
  return g_strdup_printf (_("Self-examination materials: %2$u of %1$u received; not yet from %3$s."),
                          readiness->members, readiness->materials, readiness->materials_missing);
}

char *
hd_meeting_readiness_describe (const HdMeetingReadiness *readiness,
                               HdReadinessItem           item)
{
  g_return_val_if_fail (readiness != NULL, NULL);

  switch (item)
    {
    case HD_READINESS_TALKS:
      return describe_talks (readiness);
    case HD_READINESS_MATERIALS:
      return describe_materials (readiness);
    case HD_READINESS_INFORMED:
    default:
      if (readiness->informed[0] != '\0')
        {
          GDate date;
          g_autofree char *day = hd_date_parse_iso (readiness->informed, &date) ? hd_date_format_display (&date)
                                                                                : g_strdup (readiness->informed);

          /* Translators: the readiness checklist; %s is a day. */
          return g_strdup_printf (_("Supervision group informed on %s."), day);
        }
      return g_strdup (_("Supervision group not informed yet."));
    }
}

/* ---- counted for a subtree ---- */

GArray *
hd_meeting_readiness_candidates (HdStore     *store,
                                 const char  *from,
                                 const char  *to,
                                 GError     **error)
{
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (HdMeetingPreparation));
  /* The cheap items: informed, and as many materials as the team has members. */
  sqlite3_stmt *stmt = hd_store_prepare (store,
                                         "SELECT m.id, m.unit_id, m.prepare_from, m.date FROM meeting m"
                                         " WHERE m.unit_path >= ?1 AND m.unit_path < ?2 AND m.informed IS NOT NULL"
                                         " AND EXISTS (SELECT 1 FROM team_member t WHERE t.unit_id = m.unit_id)"
                                         " AND (SELECT count(*) FROM team_member t WHERE t.unit_id = m.unit_id)"
                                         "   = (SELECT count(*) FROM meeting_material r JOIN team_member t"
                                         "       ON t.unit_id = m.unit_id AND t.person_id = r.person_id"
                                         "      WHERE r.meeting_id = m.id)",
                                         error);
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      HdMeetingPreparation candidate = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), "", "", FALSE };

      g_strlcpy (candidate.from, (const char *) sqlite3_column_text (stmt, 2), sizeof candidate.from);
      g_strlcpy (candidate.to, (const char *) sqlite3_column_text (stmt, 3), sizeof candidate.to);
      g_array_append_val (candidates, candidate);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the meetings"));
      return NULL;
    }
  return g_steal_pointer (&candidates);
}
