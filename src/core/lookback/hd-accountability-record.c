/* hd-accountability-record.c */
#include <glib/gi18n-lib.h>

#include "lookback/hd-accountability-record.h"
#include "model/hd-subtree.h"

struct _HdAccountabilityRecord
{
  HdRecord      parent_instance;

  gint64        unit_id;
  gint64        person_id;
  char         *person_name;
  HdEscalation  measure;
  char         *reason;
  char         *date;
  char         *decided_by;
  guint         n_tasks;
  guint         n_notices;
};

/* In the order of the columns that hd_accountability_record_load() reads after the id and uuid. */
static const HdRecordField record_fields[] = {
  { "unit-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdAccountabilityRecord, unit_id) },
  { "person-id", HD_FIELD_INT64, G_STRUCT_OFFSET (HdAccountabilityRecord, person_id) },
  { "person-name", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdAccountabilityRecord, person_name) },
  { "measure", HD_FIELD_TOKEN, G_STRUCT_OFFSET (HdAccountabilityRecord, measure), NULL, &hd_escalation_enum,
    HD_ESCALATION_TALK },
  { "reason", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdAccountabilityRecord, reason) },
  { "date", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdAccountabilityRecord, date) },
  { "decided-by", HD_FIELD_TEXT, G_STRUCT_OFFSET (HdAccountabilityRecord, decided_by) },
  { "n-tasks", HD_FIELD_UINT, G_STRUCT_OFFSET (HdAccountabilityRecord, n_tasks) },
  { "n-notices", HD_FIELD_UINT, G_STRUCT_OFFSET (HdAccountabilityRecord, n_notices) },
};

static const HdRecordInfo record_info = {
  record_fields, G_N_ELEMENTS (record_fields), hd_accountability_error_quark, HD_ACCOUNTABILITY_ERROR_NOT_FOUND,
  N_("The accountability record (no. %lld) no longer exists."),
  N_("Reading an accountability record"),
};

HD_DEFINE_RECORD_TYPE (HdAccountabilityRecord, hd_accountability_record, record_info)

HdAccountabilityRecord *
hd_accountability_record_load (HdStore  *store,
                               gint64    id,
                               GError  **error)
{
  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  return hd_record_load (HD_TYPE_ACCOUNTABILITY_RECORD, store,
                         "SELECT a.id, a.uuid, a.unit_id, a.person_id, coalesce (p.name, ''), a.measure, a.reason,"
                         "       a.date, a.decided_by,"
                         "       (SELECT count(*) FROM accountability_link l"
                         "         WHERE l.accountability_id = a.id AND l.task_id IS NOT NULL),"
                         "       (SELECT count(*) FROM accountability_link l"
                         "         WHERE l.accountability_id = a.id AND l.notice_id IS NOT NULL)"
                         " FROM accountability a LEFT JOIN person p ON p.id = a.person_id WHERE a.id = ?1",
                         id, error);
}

gint64        hd_accountability_record_get_id          (HdAccountabilityRecord *self) { return hd_record_get_id (HD_RECORD (self)); }
gint64        hd_accountability_record_get_unit_id     (HdAccountabilityRecord *self) { return self->unit_id; }
gint64        hd_accountability_record_get_person_id   (HdAccountabilityRecord *self) { return self->person_id; }
const char   *hd_accountability_record_get_person_name (HdAccountabilityRecord *self) { return self->person_name; }
HdEscalation  hd_accountability_record_get_measure     (HdAccountabilityRecord *self) { return self->measure; }
const char   *hd_accountability_record_get_reason      (HdAccountabilityRecord *self) { return self->reason; }
const char   *hd_accountability_record_get_date        (HdAccountabilityRecord *self) { return self->date; }
const char   *hd_accountability_record_get_decided_by  (HdAccountabilityRecord *self) { return self->decided_by; }
guint         hd_accountability_record_get_n_tasks     (HdAccountabilityRecord *self) { return self->n_tasks; }
guint         hd_accountability_record_get_n_notices   (HdAccountabilityRecord *self) { return self->n_notices; }

static GObject *
load_record (HdStore  *store,
             gint64    id,
             GError  **error)
{
  return G_OBJECT (hd_accountability_record_load (store, id, error));
}

HdQueryModel *
hd_accountability_list_new (HdStore  *store,
                            gint64    unit_id,
                            GError  **error)
{
  g_auto(HdSubtree) subtree = { NULL, NULL, FALSE };
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);

  if (!hd_subtree_init (&subtree, store, unit_id, error))
    return NULL;
  if (sqlite3_prepare_v2 (hd_store_get_db (store),
                          "SELECT id FROM accountability WHERE unit_path >= ?1 AND unit_path < ?2"
                          " ORDER BY date DESC, id DESC",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      hd_store_set_error (store, error, _("Reading the accountability records"));
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_bind_text (stmt, 1, subtree.from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, subtree.to, -1, SQLITE_TRANSIENT);
  return hd_query_model_new (store, HD_TYPE_ACCOUNTABILITY_RECORD, load_record, stmt);
}
