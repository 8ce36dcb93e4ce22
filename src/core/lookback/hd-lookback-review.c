/* hd-lookback-review.c */
#include <glib/gi18n-lib.h>

#include "lookback/hd-lookback.h"
#include "lookback/hd-lookback-review.h"
#include "organisation/hd-unit.h"
#include "store/hd-read.h"

static const HdEnumValue point_values[] = {
  { "study", NC_("review point", "Study") },
  { "plan", NC_("review point", "The rectification plan") },
  { "special", NC_("review point", "The special rectifications") },
  { "institution", NC_("review point", "Institution building") },
  { "linked", NC_("review point", "Rectification linked across levels") },
  { "responsibility", NC_("review point", "Responsibility carried") },
  { "own_measures", NC_("review point", "Its own measures") },
};
HD_DEFINE_ENUM_FUNCS (HdReviewPoint, hd_review_point, "review point", point_values, HD_REVIEW_N_POINTS)

static const HdEnumValue finding_values[] = {
  { "done", NC_("review finding", "Done") },
  { "partly", NC_("review finding", "Partly done") },
  { "not_done", NC_("review finding", "Not done") },
};
HD_DEFINE_ENUM_FUNCS (HdReviewFinding, hd_review_finding, "review finding", finding_values, HD_REVIEW_N_FINDINGS)

guint
hd_review_points_for_unit (HdStore        *store,
                           gint64          unit_id,
                           HdReviewPoint  *points,
                           GError        **error)
{
  g_autoptr(HdUnit) unit = hd_unit_load (store, unit_id, error);
  HdUnitKind kind;

  if (unit == NULL)
    return 0;
  kind = hd_unit_get_kind (unit);
  if (kind == HD_UNIT_KIND_VILLAGE || kind == HD_UNIT_KIND_COMMUNITY)
    {
      points[0] = HD_REVIEW_POINT_OWN_MEASURES;
      return 1;
    }
  for (guint i = 0; i < HD_REVIEW_N_TEAM_POINTS; i++)
    points[i] = (HdReviewPoint) i;
  return HD_REVIEW_N_TEAM_POINTS;
}

static gboolean
refuse (GError     **error,
        int          code,
        const char  *message)
{
  g_set_error_literal (error, HD_LOOKBACK_ERROR, code, message);
  return FALSE;
}

/* The review row of @point for @unit_id in round @round_id: its id in *@id (0 when there is none)
 * and its finding; FALSE only on a failure to read. */
static gboolean
find_review (HdStore          *store,
             gint64            round_id,
             gint64            unit_id,
             HdReviewPoint     point,
             gint64           *id,
             HdReviewFinding  *finding,
             char            **note,
             GError          **error)
{
  sqlite3_stmt *stmt = hd_store_prepare (store,
                                         "SELECT id, finding, note FROM lookback_review"
                                         " WHERE round_id = ?1 AND unit_id = ?2 AND point = ?3",
                                         error);
  int rc;

  *id = 0;
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_int64 (stmt, 2, unit_id);
  sqlite3_bind_text (stmt, 3, hd_review_point_to_string (point), -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *id = sqlite3_column_int64 (stmt, 0);
      hd_review_finding_from_string ((const char *) sqlite3_column_text (stmt, 1), finding);
      if (note != NULL)
        *note = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the look-back review"));
      return FALSE;
    }
  return TRUE;
}

gboolean
hd_review_set (HdStore          *store,
               HdHistory        *history,
               gint64            round_id,
               gint64            unit_id,
               HdReviewPoint     point,
               HdReviewFinding   finding,
               const char       *note,
               GError          **error)
{
  g_autoptr(HdLookbackRound) round = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (note != NULL ? note : ""));
  HdReviewPoint points[HD_REVIEW_N_TEAM_POINTS];
  guint n_points;
  gboolean allowed = FALSE;
  gint64 in_scope = 0;
  HdEdit *edit;
  gint64 existing = 0;
  HdReviewFinding previous;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (point < HD_REVIEW_N_POINTS && finding < HD_REVIEW_N_FINDINGS, FALSE);

  if ((round = hd_lookback_round_load (store, round_id, error)) == NULL)
    return FALSE;
  if (hd_lookback_round_get_closed (round) != NULL)
    return refuse (error, HD_LOOKBACK_ERROR_CLOSED, _("The look-back round is closed: its review can no longer change."));
  if ((n_points = hd_review_points_for_unit (store, unit_id, points, error)) == 0)
    return FALSE;
  if (!hd_read_id (store,
                   "SELECT u.id FROM unit u JOIN lookback_round r ON r.id = ?2"
                   " WHERE u.id = ?1 AND u.path >= r.unit_path AND u.path < r.unit_path || x'ff'",
                   unit_id, round_id, &in_scope, error))
    return FALSE;
  if (in_scope == 0)
    return refuse (error, HD_LOOKBACK_ERROR_INVALID,
                   _("The unit is not in the look-back round's scope: review a unit of the round's subtree."));
  for (guint i = 0; i < n_points; i++)
    allowed = allowed || points[i] == point;
  if (!allowed)
    return refuse (error, HD_LOOKBACK_ERROR_INVALID,
                   point == HD_REVIEW_POINT_OWN_MEASURES
                   ? _("Only a village or community reviews its own measures; a leadership team reviews the six points.")
                   : _("A village or community reviews its own measures, not the six points of a leadership team."));

  if (!find_review (store, round_id, unit_id, point, &existing, &previous, NULL, error))
    return FALSE;
  if ((edit = hd_edit_begin (store, _("Record look-back review"), error)) == NULL)
    return FALSE;
  if (existing != 0)
    ok = hd_edit_update_params (edit, "lookback_review", existing,
                                "UPDATE lookback_review SET finding = ?2, note = ?3 WHERE id = ?1",
                                HD_PARAMS (HD_TEXT (hd_review_finding_to_string (finding)), HD_TEXT (clean)), error);
  else
    ok = hd_edit_insert_params (edit, "lookback_review",
                                "INSERT INTO lookback_review (uuid, round_id, unit_id, point, finding, note)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                                HD_PARAMS (HD_INT (round_id), HD_INT (unit_id), HD_TEXT (hd_review_point_to_string (point)),
                                           HD_TEXT (hd_review_finding_to_string (finding)), HD_TEXT (clean)),
                                NULL, error);
  return hd_edit_finish (edit, history, ok, error);
}

gboolean
hd_review_get (HdStore          *store,
               gint64            round_id,
               gint64            unit_id,
               HdReviewPoint     point,
               HdReviewFinding  *finding,
               char            **note,
               GError          **error)
{
  gint64 id;
  HdReviewFinding found = HD_REVIEW_DONE;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if (!find_review (store, round_id, unit_id, point, &id, &found, note, error) || id == 0)
    return FALSE;
  *finding = found;
  return TRUE;
}
