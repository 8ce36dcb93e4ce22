/* hd-lookback.c — look-back rounds: the proposal rule, the round record, and its edits. */
#include <glib/gi18n-lib.h>

#include "lookback/hd-lookback-private.h"
#include "model/hd-subtree.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

G_DEFINE_QUARK (hd-lookback-error-quark, hd_lookback_error)

static const HdEnumValue outcome_values[] = {
  { "consolidate", NC_("look-back outcome", "Consolidate and improve") },
  { "track", NC_("look-back outcome", "Track and push on") },
  { "redo", NC_("look-back outcome", "Back to the furnace") },
  { "new", NC_("look-back outcome", "Add to the rectification") },
};
HD_DEFINE_ENUM_FUNCS (HdLookbackOutcome, hd_lookback_outcome, "look-back outcome", outcome_values,
                      HD_LOOKBACK_N_OUTCOMES)

/* The reason a closed task sent back to the furnace is reopened with: the campaign's words, the
 * same in every language, as the clerks write reasons. */
#define REDO_REASON "回头看回炉"

HdLookbackOutcome
hd_lookback_propose (const HdLookbackTaskState *state,
                     const GDate               *today,
                     gboolean                  *offer_notice)
{
  g_autofree char *day = NULL;
  gboolean open;

  g_return_val_if_fail (state != NULL, HD_LOOKBACK_TRACK);
  g_return_val_if_fail (today != NULL && g_date_valid (today), HD_LOOKBACK_TRACK);

  open = state->closed == NULL;
  if (offer_notice != NULL)
    {
      /* ISO dates compare as strings; red from the day after the deadline, as the lights. */
      day = hd_date_format_iso (today);
      *offer_notice = open && state->deadline != NULL && strcmp (state->deadline, day) < 0;
    }
  if (!open)
    return state->verdict == HD_VERDICT_SATISFIED || state->verdict == HD_VERDICT_BASICALLY_SATISFIED
           ? HD_LOOKBACK_CONSOLIDATE : HD_LOOKBACK_REDO;
  if (state->verdict == HD_VERDICT_DISSATISFIED || state->reopened != NULL)
    return HD_LOOKBACK_REDO;
  return HD_LOOKBACK_TRACK;
}

struct _HdLookbackRound
{
  HdRecord parent_instance;

  char    *name;
  gint64   unit_id;
  char    *plans;
  char    *opened;
  char    *closed;
};

/* In the order of the columns that hd_lookback_round_load() reads after the id and uuid. */
static const HdRecordField record_fields[] = {
  { "name", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdLookbackRound, name) },
  { "unit-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdLookbackRound, unit_id) },
  { "plans", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdLookbackRound, plans) },
  { "opened", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdLookbackRound, opened) },
  { "closed", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdLookbackRound, closed) },
};

static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), hd_lookback_error_quark, HD_LOOKBACK_ERROR_NOT_FOUND,
  N_("The look-back round (no. %lld) does not exist. Check the round’s number."),
  N_("Reading a look-back round"),
};

HD_DEFINE_RECORD_TYPE (HdLookbackRound, hd_lookback_round, record_info)

HdLookbackRound *
hd_lookback_round_load (HdStore  *store,
                        gint64    id,
                        GError  **error)
{
  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  return hd_record_load (HD_TYPE_LOOKBACK_ROUND, store,
                         "SELECT id, uuid, name, unit_id, plans, opened, closed FROM lookback_round WHERE id = ?1",
                         id, error);
}

gint64       hd_lookback_round_get_id      (HdLookbackRound *self) { return hd_record_get_id (HD_RECORD (self)); }
const char  *hd_lookback_round_get_name    (HdLookbackRound *self) { return self->name; }
gint64       hd_lookback_round_get_unit_id (HdLookbackRound *self) { return self->unit_id; }
const char  *hd_lookback_round_get_plans   (HdLookbackRound *self) { return self->plans; }
const char  *hd_lookback_round_get_opened  (HdLookbackRound *self) { return self->opened; }
const char  *hd_lookback_round_get_closed  (HdLookbackRound *self) { return self->closed; }

static gboolean
invalid (GError    **error,
         const char *message)
{
  g_set_error_literal (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_INVALID, message);
  return FALSE;
}

/* Loads round @id for an edit that needs it open. */
static HdLookbackRound *
load_open (HdStore  *store,
           gint64    id,
           GError  **error)
{
  g_autoptr(HdLookbackRound) round = hd_lookback_round_load (store, id, error);

  if (round == NULL)
    return NULL;
  if (round->closed != NULL)
    {
      g_set_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_CLOSED,
                   _("The look-back round “%s” was closed on %s; its outcomes can no longer change."),
                   round->name, round->closed);
      return NULL;
    }
  return g_steal_pointer (&round);
}

static gboolean
validate_round (HdStore                      *store,
                const HdLookbackRoundFields  *fields,
                GError                      **error)
{
  g_autofree char *name = g_strstrip (g_strdup (fields->name != NULL ? fields->name : ""));
  GDate opened;

  if (*name == '\0')
    return invalid (error, _("Name the look-back round, e.g. “2014年第一轮回头看”."));
  if (!hd_unit_check_exists (store, fields->unit_id, error))
    return FALSE;
  if (fields->plans == 0 || (fields->plans & ~HD_LOOKBACK_ALL_PLANS) != 0)
    return invalid (error, _("Choose the plans the round reviews: the rectification plan, the special rectification plan "
                             "or the institution-building programme."));
  if (!hd_date_parse_iso (fields->opened, &opened))
    return invalid (error, _("The day the round opens is not a date: write it as YYYY-MM-DD, e.g. 2014-09-30."));
  return TRUE;
}

/* Inserts one item per task in the scope of the round @round_id, with its proposal as of @today;
 * sets @n_items. The rule is hd_lookback_propose() itself, applied to each row as it is read. */
static gboolean
insert_items (HdEdit        *edit,
              gint64         round_id,
              const char    *from,
              const char    *to,
              guint          plans,
              const GDate   *today,
              guint         *n_items,
              GError       **error)
{
  HdStore *store = hd_edit_get_store (edit);
  sqlite3_stmt *scope = NULL;
  gboolean ok = TRUE;
  int rc;

  *n_items = 0;
  if (sqlite3_prepare_v2 (hd_store_get_db (store),
                          "SELECT id, closed, verdict, reopened, deadline FROM task"
                          " WHERE unit_path >= ?1 AND unit_path < ?2 AND plan IN (?3, ?4, ?5)"
                          " ORDER BY unit_path, number",
                          -1, &scope, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading the rectification tasks"));
      sqlite3_finalize (scope);
      return FALSE;
    }
  sqlite3_bind_text (scope, 1, from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (scope, 2, to, -1, SQLITE_TRANSIENT);
  for (guint plan = 0; plan < HD_TASK_N_PLANS; plan++)
    if (plans & HD_LOOKBACK_PLAN (plan))
      sqlite3_bind_text (scope, 3 + (int) plan, hd_task_plan_to_string (plan), -1, SQLITE_STATIC);
  while (ok && (rc = sqlite3_step (scope)) == SQLITE_ROW)
    {
      HdLookbackTaskState state = {
        (const char *) sqlite3_column_text (scope, 1), HD_VERDICT_NONE,
        (const char *) sqlite3_column_text (scope, 3), (const char *) sqlite3_column_text (scope, 4),
      };
      const char *proposed;

      hd_verdict_from_string ((const char *) sqlite3_column_text (scope, 2), &state.verdict);
      proposed = hd_lookback_outcome_to_string (hd_lookback_propose (&state, today, NULL));
      ok = hd_edit_insert_params (edit, "lookback_item",
                                  "INSERT INTO lookback_item (uuid, round_id, task_id, proposed) VALUES (?1, ?2, ?3, ?4)",
                                  HD_PARAMS (HD_INT (round_id), HD_INT (sqlite3_column_int64 (scope, 0)), HD_TEXT (proposed)),
                                  NULL, error);
      if (ok)
        (*n_items)++;
    }
  if (ok && rc != SQLITE_DONE)
    {
      hd_store_set_error (store, error, _("Reading the rectification tasks"));
      ok = FALSE;
    }
  sqlite3_finalize (scope);
  return ok;
}

gint64
hd_lookback_open (HdStore                      *store,
                  HdHistory                    *history,
                  const HdLookbackRoundFields  *fields,
                  GError                      **error)
{
  g_auto(HdSubtree) subtree = { NULL, NULL, FALSE };
  g_autoptr(GString) plans = g_string_new (NULL);
  g_autofree char *name = NULL;
  HdEdit *edit;
  GDate opened;
  gint64 id = 0;
  guint n_items = 0;
  gboolean ok;

  g_return_val_if_fail (HD_IS_STORE (store), 0);
  g_return_val_if_fail (fields != NULL, 0);

  if (!validate_round (store, fields, error) || !hd_subtree_init (&subtree, store, fields->unit_id, error))
    return 0;
  hd_date_parse_iso (fields->opened, &opened);
  name = g_strstrip (g_strdup (fields->name));
  for (guint plan = 0; plan < HD_TASK_N_PLANS; plan++)
    if (fields->plans & HD_LOOKBACK_PLAN (plan))
      g_string_append_printf (plans, "%s%s", plans->len > 0 ? " " : "", hd_task_plan_to_string (plan));

  if ((edit = hd_edit_begin (store, _("Open look-back round"), error)) == NULL)
    return 0;
  ok = hd_edit_insert_params (edit, "lookback_round",
                              "INSERT INTO lookback_round (uuid, name, unit_id, plans, opened) VALUES (?1, ?2, ?3, ?4, ?5)",
                              HD_PARAMS (HD_TEXT (name), HD_INT (fields->unit_id), HD_TEXT (plans->str),
                                         HD_TEXT (fields->opened)),
                              &id, error)
       && insert_items (edit, id, subtree.from, subtree.to, fields->plans, &opened, &n_items, error);
  if (ok && n_items == 0)
    ok = invalid (error, _("No rectification task of that unit and the units under it is in the chosen plans: "
                           "there is nothing for the round to review."));
  return hd_edit_finish (edit, history, ok, error) ? id : 0;
}

gboolean
hd_lookback_write_outcome (HdEdit             *edit,
                           gint64              item_id,
                           gint64              task_id,
                           HdLookbackOutcome   outcome,
                           const char         *note,
                           const char         *new_deadline,
                           gint64              new_task_id,
                           const char         *today,
                           GError            **error)
{
  HdStore *store = hd_edit_get_store (edit);
  gboolean redo = outcome == HD_LOOKBACK_REDO;

  if (!hd_edit_update_params (edit, "lookback_item", item_id,
                              "UPDATE lookback_item SET outcome = ?2, note = coalesce (?3, note), new_deadline = ?4,"
                              " new_task_id = ?5 WHERE id = ?1",
                              HD_PARAMS (HD_TEXT (hd_lookback_outcome_to_string (outcome)), HD_TEXT (note),
                                         HD_TEXT (redo ? new_deadline : NULL),
                                         HD_ID (outcome == HD_LOOKBACK_NEW ? new_task_id : 0)),
                              error))
    return FALSE;
  if (redo)
    {
      g_autoptr(HdTask) task = hd_task_load (store, task_id, error);

      if (task == NULL
          || (hd_task_get_closed (task) != NULL && !hd_task_write_reopening (edit, task_id, today, REDO_REASON, error))
          || !hd_task_write_deadline (edit, task_id, new_deadline, error))
        return FALSE;
    }
  return TRUE;
}

/* Checks @new_deadline (when given, or when @required) against @today. */
static gboolean
check_new_deadline (const char  *new_deadline,
                    gboolean     required,
                    const char  *today,
                    GError     **error)
{
  GDate day;

  if (new_deadline == NULL && !required)
    return TRUE;
  if (new_deadline == NULL)
    return invalid (error, _("Sending a task back to the furnace (回炉) needs a new deadline: give one."));
  if (!hd_date_parse_iso (new_deadline, &day))
    return invalid (error, _("The new deadline is not a date: write it as YYYY-MM-DD, e.g. 2014-11-30."));
  if (strcmp (new_deadline, today) < 0)
    return invalid (error, _("The new deadline has passed already: give a day from today on."));
  return TRUE;
}

gint64
hd_lookback_item_to_confirm (HdStore            *store,
                             gint64              round_id,
                             gint64              task_id,
                             HdLookbackRound   **round,
                             GError            **error)
{
  g_autoptr(HdLookbackRound) open = NULL;
  gint64 item = 0, kept = 0;

  if ((open = load_open (store, round_id, error)) == NULL
      || !hd_read_id (store, "SELECT id FROM lookback_item WHERE round_id = ?1 AND task_id = ?2", round_id, task_id,
                      &item, error)
      || !hd_read_id (store, "SELECT CASE outcome WHEN 'redo' THEN 1 WHEN 'new' THEN 2 END FROM lookback_item"
                      " WHERE id = ?1 AND outcome IN ('redo', 'new')",
                      item, 0, &kept, error))
    return 0;
  if (item == 0)
    return invalid (error, _("The task is not in the look-back round: a round reviews the tasks it was opened with."));
  if (kept == 1)
    return invalid (error, _("The task was sent back to the furnace (回炉) in this round, which reopened it: "
                             "undo that edit to choose another outcome."));
  if (kept == 2)
    return invalid (error, _("A newly found problem was added to the rectification (纳入整改) from this task's item, "
                             "with its new task: undo that edit to choose another outcome."));
  *round = g_steal_pointer (&open);
  return item;
}

gboolean
hd_lookback_confirm (HdStore            *store,
                     HdHistory          *history,
                     gint64              round_id,
                     gint64              task_id,
                     HdLookbackOutcome   outcome,
                     const char         *note,
                     const char         *new_deadline,
                     const GDate        *today,
                     GError            **error)
{
  g_autoptr(HdLookbackRound) round = NULL;
  g_autofree char *day = NULL;
  g_autofree char *clean = g_strstrip (g_strdup (note != NULL ? note : ""));
  gint64 item;
  HdEdit *edit;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail ((guint) outcome < HD_LOOKBACK_N_OUTCOMES, FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);

  day = hd_date_format_iso (today);
  if ((item = hd_lookback_item_to_confirm (store, round_id, task_id, &round, error)) == 0)
    return FALSE;
  if (outcome == HD_LOOKBACK_NEW)
    return invalid (error, _("A newly found problem (纳入整改) is added with its new task of the ledger: "
                             "describe the problem and the task to confirm it."));
  if (!check_new_deadline (new_deadline, outcome == HD_LOOKBACK_REDO, day, error))
    return FALSE;
  if ((edit = hd_edit_begin (store, _("Confirm look-back outcome"), error)) == NULL)
    return FALSE;
  return hd_edit_finish (edit, history, hd_lookback_write_outcome (edit, item, task_id, outcome, clean, new_deadline, 0, day, error),
                         error);
}

typedef struct {
  gint64            item;
  gint64            task;
  HdLookbackOutcome proposed;
  gboolean          redone;      /* confirmed as 回炉 or 纳入整改 already: it keeps that */
  gboolean          confirmed;
} Item;

static void
read_item (sqlite3_stmt *stmt,
           gpointer      data)
{
  Item row = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), HD_LOOKBACK_TRACK,
               sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4) };

  hd_lookback_outcome_from_string ((const char *) sqlite3_column_text (stmt, 2), &row.proposed);
  g_array_append_val ((GArray *) data, row);
}

/* Confirms, in one edit named @label, @outcome (-1: each item's proposal) on the items of the
 * tasks in @tasks (NULL: every item still waiting), as confirm_proposed and confirm_tasks say. */
static gboolean
confirm_many (HdStore      *store,
              HdHistory    *history,
              gint64        round_id,
              GHashTable   *tasks,
              int           outcome,
              const char   *note,
              const char   *new_deadline,
              const GDate  *today,
              const char   *label,
              guint        *n_confirmed,
              GError      **error)
{
  g_autoptr(HdLookbackRound) round = NULL;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autofree char *day = NULL;
  g_autofree char *clean = note != NULL ? g_strstrip (g_strdup (note)) : NULL;
  HdEdit *edit;
  gboolean ok = TRUE;
  guint n = 0;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (today != NULL && g_date_valid (today), FALSE);
  g_return_val_if_fail (n_confirmed != NULL, FALSE);

  *n_confirmed = 0;
  day = hd_date_format_iso (today);
  if ((round = load_open (store, round_id, error)) == NULL
      || !check_new_deadline (new_deadline, outcome == HD_LOOKBACK_REDO, day, error))
    return FALSE;
  if (outcome == HD_LOOKBACK_NEW)
    return invalid (error, _("A newly found problem (纳入整改) is added one task at a time, with its own problem and measures: "
                             "choose a single task for it."));
  if ((edit = hd_edit_begin (store, label, error)) == NULL)
    return FALSE;
  /* Read first, then written: the items are not updated under a statement that reads them. */
  if (tasks == NULL)
    ok = hd_read_each (store,
                       "SELECT id, task_id, proposed, 0, 0 FROM lookback_item INDEXED BY lookback_item_waiting"
                       " WHERE round_id = ?1 AND outcome IS NULL ORDER BY task_id",
                       round_id, read_item, items, N_("Reading a look-back round"), error);
  else
    ok = hd_read_each (store,
                       "SELECT id, task_id, proposed, outcome IN ('redo', 'new'), outcome IS NOT NULL FROM lookback_item"
                       " WHERE round_id = ?1 ORDER BY task_id",
                       round_id, read_item, items, N_("Reading a look-back round"), error);
  for (guint i = 0; ok && i < items->len; i++)
    {
      Item *row = &g_array_index (items, Item, i);
      HdLookbackOutcome chosen = outcome >= 0 ? (HdLookbackOutcome) outcome : row->proposed;

      if (tasks != NULL && !g_hash_table_contains (tasks, &row->task))
        continue;
      if (row->redone || (outcome < 0 && row->confirmed) || chosen == HD_LOOKBACK_NEW || (chosen == HD_LOOKBACK_REDO && new_deadline == NULL))
        continue;
      ok = hd_lookback_write_outcome (edit, row->item, row->task, chosen, clean, new_deadline, 0, day, error);
      n++;
    }
  if (!hd_edit_finish (edit, history, ok, error))
    return FALSE;
  *n_confirmed = n;
  return TRUE;
}

gboolean
hd_lookback_confirm_proposed (HdStore      *store,
                              HdHistory    *history,
                              gint64        round_id,
                              const char   *new_deadline,
                              const GDate  *today,
                              guint        *n_confirmed,
                              GError      **error)
{
  return confirm_many (store, history, round_id, NULL, -1, NULL, new_deadline, today,
                       _("Confirm proposed look-back outcomes"), n_confirmed, error);
}

gboolean
hd_lookback_confirm_tasks (HdStore       *store,
                           HdHistory     *history,
                           gint64         round_id,
                           const gint64  *task_ids,
                           guint          n_tasks,
                           int            outcome,
                           const char    *note,
                           const char    *new_deadline,
                           const GDate   *today,
                           guint         *n_confirmed,
                           GError       **error)
{
  g_autoptr(GHashTable) tasks = g_hash_table_new (g_int64_hash, g_int64_equal);

  g_return_val_if_fail (task_ids != NULL || n_tasks == 0, FALSE);
  g_return_val_if_fail (outcome >= -1 && outcome < HD_LOOKBACK_N_OUTCOMES, FALSE);

  for (guint i = 0; i < n_tasks; i++)
    g_hash_table_add (tasks, (gpointer) &task_ids[i]);
  return confirm_many (store, history, round_id, tasks, outcome, note, new_deadline, today,
                       outcome < 0 ? _("Confirm proposed look-back outcomes") : _("Confirm look-back outcome"),
                       n_confirmed, error);
}

gboolean
hd_lookback_count_waiting (HdStore  *store,
                           gint64    round_id,
                           guint    *n_waiting,
                           GError  **error)
{
  g_autoptr(HdLookbackRound) round = NULL;
  gint64 n = 0;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_waiting != NULL, FALSE);

  if ((round = hd_lookback_round_load (store, round_id, error)) == NULL
      || !hd_read_id (store,
                      "SELECT count(*) FROM lookback_item INDEXED BY lookback_item_waiting"
                      " WHERE round_id = ?1 AND outcome IS NULL",
                      round_id, 0, &n, error))
    return FALSE;
  *n_waiting = (guint) n;
  return TRUE;
}

gboolean
hd_lookback_close (HdStore     *store,
                   HdHistory   *history,
                   gint64       round_id,
                   const char  *date,
                   GError     **error)
{
  g_autoptr(HdLookbackRound) round = NULL;
  HdEdit *edit;
  GDate day;
  guint n = 0;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);

  if ((round = load_open (store, round_id, error)) == NULL || !hd_lookback_count_waiting (store, round_id, &n, error))
    return FALSE;
  if (n > 0)
    {
      g_set_error (error, HD_LOOKBACK_ERROR, HD_LOOKBACK_ERROR_WAITING,
                   g_dngettext (GETTEXT_PACKAGE,
                                "The look-back round “%s” cannot be closed: %u task still waits for its outcome. Confirm it first.",
                                "The look-back round “%s” cannot be closed: %u tasks still wait for their outcomes. Confirm them first.",
                                n),
                   round->name, n);
      return FALSE;
    }
  if (!hd_date_parse_iso (date, &day))
    return invalid (error, _("The closing day is not a date: write it as YYYY-MM-DD, e.g. 2014-10-31."));
  if (strcmp (date, round->opened) < 0)
    return invalid (error, _("The closing day is before the round was opened: give a later day."));
  if ((edit = hd_edit_begin (store, _("Close look-back round"), error)) == NULL)
    return FALSE;
  return hd_edit_finish (edit, history,
                         hd_edit_update_row_text (edit, "lookback_round", round_id,
                                                  "UPDATE lookback_round SET closed = ?2 WHERE id = ?1", date, error),
                         error);
}

sqlite3_stmt *
hd_lookback_items_prepare (HdStore  *store,
                           gint64    round_id,
                           GError  **error)
{
  return hd_lookback_items_prepare_for_unit (store, round_id, 0, error);
}

sqlite3_stmt *
hd_lookback_items_prepare_for_unit (HdStore  *store,
                                    gint64    round_id,
                                    gint64    unit_id,
                                    GError  **error)
{
  g_autoptr(HdLookbackRound) round = NULL;
  g_auto(HdSubtree) subtree = { NULL, NULL, FALSE };
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if ((round = hd_lookback_round_load (store, round_id, error)) == NULL
      || !hd_subtree_init (&subtree, store, unit_id, error))
    return NULL;
  if (sqlite3_prepare_v2 (hd_store_get_db (store),
                          "SELECT t.id, t.unit_id, t.number, i.proposed, i.outcome, i.note, i.new_deadline, i.new_task_id"
                          " FROM lookback_item i JOIN task t ON t.id = i.task_id"
                          " WHERE i.round_id = ?1 AND t.unit_path >= ?2 AND t.unit_path < ?3"
                          " ORDER BY t.unit_path, t.number",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading a look-back round"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_bind_int64 (stmt, 1, round_id);
  sqlite3_bind_text (stmt, 2, subtree.from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, subtree.to, -1, SQLITE_TRANSIENT);
  return stmt;
}
