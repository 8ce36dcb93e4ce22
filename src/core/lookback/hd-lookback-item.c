/* hd-lookback-item.c — a round's items: the record, the filtered list, the rounds' list. */
#include <glib/gi18n-lib.h>

#include "lookback/hd-lookback-item.h"
#include "model/hd-subtree.h"
#include "store/hd-read.h"

struct _HdLookbackItem
{
  HdRecord          parent_instance;

  gint64            round_id;
  gint64            task_id;
  gint64            unit_id;
  guint             number;
  HdTaskPlan        plan;
  char             *problem;
  char             *deadline;
  char             *closed;
  HdLookbackOutcome proposed;
  gboolean          confirmed;
  HdLookbackOutcome outcome;
  char             *note;
  char             *new_deadline;
};

/* In the order of the columns that hd_lookback_item_load() reads after the id and uuid. */
static const HdRecordField record_fields[] = {
  { "round-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdLookbackItem, round_id) },
  { "task-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdLookbackItem, task_id) },
  { "unit-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdLookbackItem, unit_id) },
  { "number", HD_FIELD_UINT, G_STRUCT_OFFSET (HdLookbackItem, number) },
  { "plan", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdLookbackItem, plan), NULL, &hd_task_plan_enum,
    HD_TASK_PLAN_RECTIFICATION },
  { "problem", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdLookbackItem, problem) },
  { "deadline", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdLookbackItem, deadline) },
  { "closed", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdLookbackItem, closed) },
  { "proposed", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdLookbackItem, proposed), NULL, &hd_lookback_outcome_enum,
    HD_LOOKBACK_TRACK },
  { "confirmed", HD_FIELD_BOOLEAN, G_STRUCT_OFFSET (HdLookbackItem, confirmed) },
  { "outcome", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdLookbackItem, outcome), NULL, &hd_lookback_outcome_enum,
    HD_LOOKBACK_TRACK },
  { "note", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdLookbackItem, note) },
  { "new-deadline", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdLookbackItem, new_deadline) },
};

static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), hd_lookback_error_quark, HD_LOOKBACK_ERROR_NOT_FOUND,
  N_("The item (no. %lld) of the look-back round no longer exists."),
  N_("Reading a look-back round"),
};

HD_DEFINE_RECORD_TYPE (HdLookbackItem, hd_lookback_item, record_info)

HdLookbackItem *
hd_lookback_item_load (HdStore  *store,
                       gint64    id,
                       GError  **error)
{
  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  /* The outcome while waiting is the proposal's. */
  return hd_record_load (HD_TYPE_LOOKBACK_ITEM, store,
                         "SELECT i.id, i.uuid, i.round_id, i.task_id, t.unit_id, t.number, t.plan, t.problem,"
                         "       t.deadline, t.closed, i.proposed, i.outcome IS NOT NULL,"
                         "       coalesce (i.outcome, i.proposed), i.note, i.new_deadline"
                         " FROM lookback_item i JOIN task t ON t.id = i.task_id WHERE i.id = ?1",
                         id, error);
}

gint64            hd_lookback_item_get_id           (HdLookbackItem *self) { return hd_record_get_id (HD_RECORD (self)); }
gint64            hd_lookback_item_get_round_id     (HdLookbackItem *self) { return self->round_id; }
gint64            hd_lookback_item_get_task_id      (HdLookbackItem *self) { return self->task_id; }
gint64            hd_lookback_item_get_unit_id      (HdLookbackItem *self) { return self->unit_id; }
guint             hd_lookback_item_get_number       (HdLookbackItem *self) { return self->number; }
HdTaskPlan        hd_lookback_item_get_plan         (HdLookbackItem *self) { return self->plan; }
const char       *hd_lookback_item_get_problem      (HdLookbackItem *self) { return self->problem; }
const char       *hd_lookback_item_get_deadline     (HdLookbackItem *self) { return self->deadline; }
const char       *hd_lookback_item_get_closed       (HdLookbackItem *self) { return self->closed; }
HdLookbackOutcome hd_lookback_item_get_proposed     (HdLookbackItem *self) { return self->proposed; }
gboolean          hd_lookback_item_get_confirmed    (HdLookbackItem *self) { return self->confirmed; }
HdLookbackOutcome hd_lookback_item_get_outcome      (HdLookbackItem *self) { return self->outcome; }
const char       *hd_lookback_item_get_note         (HdLookbackItem *self) { return self->note; }
const char       *hd_lookback_item_get_new_deadline (HdLookbackItem *self) { return self->new_deadline; }

static GObject *
load_item (HdStore  *store,
           gint64    id,
           GError  **error)
{
  return G_OBJECT (hd_lookback_item_load (store, id, error));
}

HdQueryModel *
hd_lookback_items_new (HdStore                     *store,
                       const HdLookbackItemsQuery  *query,
                       GError                     **error)
{
  g_auto(HdSubtree) subtree = { NULL, NULL, FALSE };
  g_autoptr(HdLookbackRound) round = NULL;
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (query->plan >= -1 && query->plan < HD_TASK_N_PLANS, NULL);
  g_return_val_if_fail (query->outcome >= -1 && query->outcome < HD_LOOKBACK_N_OUTCOMES, NULL);

  if ((round = hd_lookback_round_load (store, query->round_id, error)) == NULL
      || !hd_subtree_init (&subtree, store, query->unit_id, error))
    return NULL;

  /* Put together from constant pieces only; every value is bound. The waiting ones through the
   * index that holds only them. */
  g_string_append (sql, "SELECT i.id FROM lookback_item i");
  if (query->state == HD_LOOKBACK_ITEMS_WAITING)
    g_string_append (sql, " INDEXED BY lookback_item_waiting");
  g_string_append (sql, " JOIN task t ON t.id = i.task_id"
                        " WHERE i.round_id = :round AND t.unit_path >= :from AND t.unit_path < :to");
  if (query->state == HD_LOOKBACK_ITEMS_WAITING)
    g_string_append (sql, " AND i.outcome IS NULL");
  else if (query->state == HD_LOOKBACK_ITEMS_CONFIRMED)
    g_string_append (sql, " AND i.outcome IS NOT NULL");
  if (query->plan >= 0)
    g_string_append (sql, " AND t.plan = :plan");
  if (query->outcome >= 0)
    g_string_append (sql, " AND coalesce (i.outcome, i.proposed) = :outcome");
  g_string_append (sql, " ORDER BY t.unit_path, t.number");

  if (sqlite3_prepare_v2 (hd_store_get_db (store), sql->str, -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading a look-back round"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  hd_query_bind_int64 (stmt, ":round", query->round_id);
  hd_query_bind_text (stmt, ":from", subtree.from);
  hd_query_bind_text (stmt, ":to", subtree.to);
  if (query->plan >= 0)
    hd_query_bind_text (stmt, ":plan", hd_task_plan_to_string (query->plan));
  if (query->outcome >= 0)
    hd_query_bind_text (stmt, ":outcome", hd_lookback_outcome_to_string (query->outcome));
  return hd_query_model_new (store, HD_TYPE_LOOKBACK_ITEM, load_item, stmt);
}

static GObject *
load_round (HdStore  *store,
            gint64    id,
            GError  **error)
{
  return G_OBJECT (hd_lookback_round_load (store, id, error));
}

HdRowModel *
hd_lookback_rounds_new (HdStore  *store,
                        GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  stmt = hd_store_prepare (store, "SELECT id FROM lookback_round ORDER BY closed IS NOT NULL, opened DESC, id DESC",
                           error);
  return stmt != NULL ? hd_row_model_new_from_stmt (store, HD_TYPE_LOOKBACK_ROUND, load_round, stmt, error) : NULL;
}

gboolean
hd_lookback_count_items (HdStore  *store,
                         gint64    round_id,
                         guint    *n_items,
                         guint    *n_waiting,
                         GError  **error)
{
  gint64 n = 0;

  g_return_val_if_fail (HD_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_items != NULL && n_waiting != NULL, FALSE);

  if (!hd_lookback_count_waiting (store, round_id, n_waiting, error)
      || !hd_read_id (store, "SELECT count(*) FROM lookback_item WHERE round_id = ?1", round_id, 0, &n, error))
    return FALSE;
  *n_items = (guint) n;
  return TRUE;
}
