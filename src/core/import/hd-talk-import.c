/* hd-talk-import.c — plan a 谈心谈话台账 row by row, then write it as one edit. */
#include <glib/gi18n-lib.h>

#include "import/hd-csv.h"
#include "import/hd-talk-import.h"
#include "store/hd-date.h"
#include "store/hd-read.h"

struct _HdTalkImportRow
{
  GObject             parent_instance;

  guint               number;
  HdTalkImportAction  action;
  char               *reason;
  char               *unit_path;
  char               *date;          /* ISO */
  char               *people_text;   /* as the file names them, joined by 、 */
  char               *place;
  char               *content;
  char               *commitments;
  guint               topics;
  gint64              unit_id;
  GArray             *people;        /* gint64, the initiator first */
  gint64              recorder_id;
};

G_DEFINE_FINAL_TYPE (HdTalkImportRow, hd_talk_import_row, G_TYPE_OBJECT)

enum {
  COL_UNIT, COL_DATE, COL_PLACE, COL_INITIATOR, COL_OTHERS, COL_RECORDER,
  COL_TOPIC_TEAM, COL_TOPIC_OWN, COL_TOPIC_OTHER, COL_TOPIC_CRITICISM, COL_TOPIC_MEASURES,
  COL_CONTENT, COL_COMMITMENTS, N_COLS
};

/* The headers as the offices' spreadsheets have them; they are data, not interface text. */
static const char * const column_headers[N_COLS + 1] = {
  "单位", "日期", "地点", "谈话人", "谈话对象", "记录人",
  "班子问题", "个人问题", "对方问题", "拟提批评意见", "整改措施",
  "谈话内容", "承诺事项", NULL,
};

static const HdEnumValue action_values[] = {
  { NULL, NC_("import action", "Add") },
  { NULL, NC_("import action", "Unchanged") },
  { NULL, NC_("import action", "Bad row") },
};
HD_DEFINE_ENUM_LABELS (HdTalkImportAction, hd_talk_import_action, "import action", action_values,
                       HD_TALK_IMPORT_BAD + 1)

static void
hd_talk_import_row_finalize (GObject *object)
{
  HdTalkImportRow *self = HD_TALK_IMPORT_ROW (object);

  g_free (self->reason);
  g_free (self->unit_path);
  g_free (self->date);
  g_free (self->people_text);
  g_free (self->place);
  g_free (self->content);
  g_free (self->commitments);
  g_array_unref (self->people);
  G_OBJECT_CLASS (hd_talk_import_row_parent_class)->finalize (object);
}

static void
hd_talk_import_row_class_init (HdTalkImportRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_talk_import_row_finalize;
}

static void
hd_talk_import_row_init (HdTalkImportRow *self)
{
  self->people = g_array_new (FALSE, FALSE, sizeof (gint64));
}

guint              hd_talk_import_row_get_number    (HdTalkImportRow *self) { return self->number; }
HdTalkImportAction hd_talk_import_row_get_action    (HdTalkImportRow *self) { return self->action; }
const char        *hd_talk_import_row_get_reason    (HdTalkImportRow *self) { return self->reason; }
const char        *hd_talk_import_row_get_unit_path (HdTalkImportRow *self) { return self->unit_path; }
const char        *hd_talk_import_row_get_date      (HdTalkImportRow *self) { return self->date; }
const char        *hd_talk_import_row_get_people    (HdTalkImportRow *self) { return self->people_text; }
guint              hd_talk_import_row_get_topics    (HdTalkImportRow *self) { return self->topics; }

struct _HdTalkImport
{
  HdImport    parent_instance;

  GHashTable *seen;     /* a conversation's key → the row number that has it */
};

G_DEFINE_FINAL_TYPE (HdTalkImport, hd_talk_import, HD_TYPE_IMPORT)

static void
hd_talk_import_finalize (GObject *object)
{
  HdTalkImport *self = HD_TALK_IMPORT (object);

  g_hash_table_unref (self->seen);
  G_OBJECT_CLASS (hd_talk_import_parent_class)->finalize (object);
}

static void
hd_talk_import_init (HdTalkImport *self)
{
  self->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
mark_bad (HdTalkImportRow *row,
          char            *reason)
{
  row->action = HD_TALK_IMPORT_BAD;
  g_free (row->reason);
  row->reason = reason;
}

/* The person a row names; FALSE with the row marked bad. */
static gboolean
add_person (HdTalkImport    *self,
            HdTalkImportRow *row,
            const char      *name,
            gint64          *id)
{
  g_autoptr(GError) error = NULL;

  *id = hd_talk_find_person (hd_import_get_store (HD_IMPORT (self)), row->unit_id, name, &error);
  if (*id == 0)
    {
      mark_bad (row, g_strdup (error->message));
      return FALSE;
    }
  return TRUE;
}

static int
compare_id (gconstpointer a,
            gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* What makes a conversation the same: its unit, day, people and content. */
static char *
talk_key (HdTalkImportRow *row)
{
  g_autoptr(GArray) people = g_array_copy (row->people);
  GString *key = g_string_new (NULL);

  g_array_sort (people, compare_id);
  g_string_printf (key, "%" G_GINT64_FORMAT "\t%s\t%s\t", row->unit_id, row->date, row->content);
  for (guint i = 0; i < people->len; i++)
    g_string_append_printf (key, "%" G_GINT64_FORMAT ",", g_array_index (people, gint64, i));
  return g_string_free (key, FALSE);
}

/* Whether the database has the row's conversation already. */
static gboolean
recorded_already (HdTalkImport    *self,
                  HdTalkImportRow *row)
{
  g_autofree char *key = talk_key (row);
  sqlite3_stmt *stmt = hd_store_prepare (hd_import_get_store (HD_IMPORT (self)),
                                         "SELECT t.unit_id, t.date, t.content,"
                                         "       (SELECT group_concat (person_id, ',') || ',' FROM"
                                         "          (SELECT person_id FROM talk_person WHERE talk_id = t.id ORDER BY person_id))"
                                         " FROM talk t WHERE t.unit_id = ?1 AND t.date = ?2 AND t.content = ?3",
                                         NULL);
  gboolean found = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, row->unit_id);
  sqlite3_bind_text (stmt, 2, row->date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, row->content, -1, SQLITE_TRANSIENT);
  while (!found && sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_autofree char *other = g_strdup_printf ("%" G_GINT64_FORMAT "\t%s\t%s\t%s", (gint64) sqlite3_column_int64 (stmt, 0),
                                                (const char *) sqlite3_column_text (stmt, 1),
                                                (const char *) sqlite3_column_text (stmt, 2),
                                                (const char *) sqlite3_column_text (stmt, 3));

      found = g_str_equal (other, key);
    }
  sqlite3_reset (stmt);
  return found;
}

static void
plan_row (HdImport     *import,
          gpointer      data,
          guint         number,
          const char  **field)
{
  HdTalkImport *self = HD_TALK_IMPORT (import);
  HdTalkImportRow *row = data;
  g_autofree char *path = hd_import_normalize_path (field[COL_UNIT]);
  g_auto(GStrv) others = g_strsplit (field[COL_OTHERS], "、", -1);
  g_autofree char *key = NULL;
  GString *names = g_string_new (field[COL_INITIATOR]);
  gpointer earlier;
  GDate date;
  gint64 id;

  row->number = number;
  row->unit_path = g_strdup (*field[COL_UNIT] != '\0' ? field[COL_UNIT] : "");
  row->place = g_strstrip (g_strdup (field[COL_PLACE]));
  row->content = g_strstrip (g_strdup (field[COL_CONTENT]));
  row->commitments = g_strstrip (g_strdup (field[COL_COMMITMENTS]));
  for (guint i = 0; others[i] != NULL; i++)
    if (*g_strstrip (others[i]) != '\0')
      g_string_append_printf (names, "、%s", others[i]);
  row->people_text = g_string_free (names, FALSE);
  row->action = HD_TALK_IMPORT_ADD;

  if (path == NULL || (row->unit_id = hd_import_find_unit (hd_import_get_store (HD_IMPORT (self)), path)) == 0)
    {
      mark_bad (row, g_strdup_printf (_("unknown unit “%s”: write the team's unit by its full path, e.g. 示范县/城关镇"),
                                      field[COL_UNIT]));
      return;
    }
  g_free (row->unit_path);
  row->unit_path = g_strdup (path);
  g_date_clear (&date, 1);
  if (!hd_date_parse_typed (field[COL_DATE], &date))
    {
      mark_bad (row, g_strdup_printf (_("the date “%s” is not a date: write it as 2014-09-20 or 2014年9月20日"),
                                      field[COL_DATE]));
      return;
    }
  row->date = hd_date_format_iso (&date);
  for (guint t = 0; t < HD_TALK_N_TOPICS; t++)
    {
      const char *covered = field[COL_TOPIC_TEAM + t];

      if (g_str_equal (covered, "是"))
        row->topics |= 1u << t;
      else if (*covered != '\0' && !g_str_equal (covered, "否"))
        {
          mark_bad (row, g_strdup_printf (_("%s must be 是 or 否, not “%s”"), column_headers[COL_TOPIC_TEAM + t], covered));
          return;
        }
    }
  if (!add_person (self, row, field[COL_INITIATOR], &id))
    return;
  g_array_append_val (row->people, id);
  for (guint i = 0; others[i] != NULL; i++)
    {
      if (*others[i] == '\0')
        continue;
      if (!add_person (self, row, others[i], &id))
        return;
      g_array_append_val (row->people, id);
    }
  if (*field[COL_RECORDER] != '\0' && !add_person (self, row, field[COL_RECORDER], &row->recorder_id))
    return;
  {
    g_autoptr(GError) error = NULL;
    HdTalkFields fields = { row->unit_id, 0, row->date, row->place, (const gint64 *) row->people->data,
                            row->people->len, g_array_index (row->people, gint64, 0), row->recorder_id,
                            row->topics, row->content, row->commitments };

    if (!hd_talk_fields_validate (hd_import_get_store (HD_IMPORT (self)), &fields, &error))
      {
        mark_bad (row, g_strdup (error->message));
        return;
      }
  }
  key = talk_key (row);
  if (g_hash_table_lookup_extended (self->seen, key, NULL, &earlier))
    {
      mark_bad (row, g_strdup_printf (_("the same conversation as row %u (same unit, day, people and content)"),
                                      GPOINTER_TO_UINT (earlier)));
      return;
    }
  g_hash_table_insert (self->seen, g_steal_pointer (&key), GUINT_TO_POINTER (row->number));
  if (recorded_already (self, row))
    row->action = HD_TALK_IMPORT_UNCHANGED;
}

static HdTalkImport *
new_from_csv (HdStore  *store,
              HdCsv    *csv,
              GError  **error)
{
  g_autoptr(HdTalkImport) self = NULL;
  int columns[N_COLS];

  hd_csv_find_columns (csv, column_headers, N_COLS, columns);
  if (columns[COL_UNIT] < 0 || columns[COL_DATE] < 0 || columns[COL_INITIATOR] < 0 || columns[COL_OTHERS] < 0)
    {
      g_set_error_literal (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_COLUMNS,
                           _("The file lacks one of the columns 单位, 日期, 谈话人 and 谈话对象. The first row must name the columns: "
                             "单位, 日期, 地点, 谈话人, 谈话对象, 记录人, 班子问题, 个人问题, 对方问题, 拟提批评意见, 整改措施, 谈话内容, 承诺事项."));
      return NULL;
    }
  self = g_object_new (HD_TYPE_TALK_IMPORT, NULL);
  hd_import_plan (HD_IMPORT (self), store, HD_TYPE_TALK_IMPORT_ROW, csv, column_headers, columns);
  return g_steal_pointer (&self);
}

HdTalkImport *
hd_talk_import_new_from_data (HdStore     *store,
                              const char  *data,
                              gsize        length,
                              GError     **error)
{
  g_autoptr(HdCsv) csv = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  csv = hd_csv_parse (data, length, error);
  return csv != NULL ? new_from_csv (store, csv, error) : NULL;
}

HdTalkImport *
hd_talk_import_new_from_file (HdStore     *store,
                              const char  *path,
                              GError     **error)
{
  g_autoptr(HdCsv) csv = NULL;

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  csv = hd_csv_parse_file (path, error);
  return csv != NULL ? new_from_csv (store, csv, error) : NULL;
}

static guint
row_action (gpointer row)
{
  return ((HdTalkImportRow *) row)->action;
}

static gboolean
apply_row (HdImport  *import,
           HdEdit    *edit,
           gpointer   row_data,
           GError   **error)
{
  HdTalkImportRow *row = row_data;
  HdTalkFields fields = { row->unit_id, 0, row->date, row->place, (const gint64 *) row->people->data,
                          row->people->len, g_array_index (row->people, gint64, 0), row->recorder_id,
                          row->topics, row->content, row->commitments };

  if (row->action != HD_TALK_IMPORT_ADD)
    return TRUE;
  return hd_talk_insert (edit, &fields, error) != 0;
}

static guint
row_number (gpointer row)
{
  return ((HdTalkImportRow *) row)->number;
}

static void
hd_talk_import_class_init (HdTalkImportClass *klass)
{
  HdImportClass *import_class = HD_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hd_talk_import_finalize;
  import_class->edit_label = N_("Import conversations");
  import_class->bad_action = HD_TALK_IMPORT_BAD;
  import_class->row_action = row_action;
  import_class->row_number = row_number;
  import_class->plan_row = plan_row;
  import_class->apply_row = apply_row;
}
