/* hd-roster-import.c — plan a roster file row by row, then write it as one edit.
 *
 * Units are known by their full path of names ("示范县/城关镇/王庄村"). A reference to a unit is
 * its id when it exists, or the negative of (1 + its index among the units this file will
 * create), so that later rows can use a unit that an earlier row creates.
 */
#include <glib/gi18n-lib.h>

#include "import/hd-csv.h"
#include "import/hd-roster-import.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-team-edit.h"
#include "organisation/hd-unit-edit.h"
#include "store/hd-read.h"

struct _HdImportRow
{
  GObject         parent_instance;

  guint           number;
  HdImportAction  action;
  char           *reason;
  char           *unit_path;
  gboolean        new_unit;
  char           *name;
  HdGender        gender;
  char           *title;
  gboolean        party_member;
  char           *phone;
  char           *gender_text;  /* 性别 and 是否党员 as the file writes them */
  char           *party_text;

  gint64          unit_ref;
  gint64          person_id;    /* for an update */
  gboolean        set_kind;     /* an existing unit gets the row's kind */
  HdUnitKind      kind;

  /* The leadership team (班子职务, 分管单位), when the file has those columns. */
  int             team_role;    /* an HdTeamRole, or -1: not in the team */
  GArray         *overseen;     /* unit refs */
  gboolean        team_changed; /* what the file says of the team differs from the database */
};

G_DEFINE_FINAL_TYPE (HdImportRow, hd_import_row, G_TYPE_OBJECT)

typedef struct {
  char       *name;
  gint64      parent_ref;
  HdUnitKind  kind;
  guint       row_number;
  gint64      created_id;
} PlannedUnit;

struct _HdRosterImport
{
  HdImport    parent_instance;

  GPtrArray  *planned;          /* PlannedUnit */
  GHashTable *refs;             /* full path → gint64 ref */
  GHashTable *people_seen;      /* "path\tname\tphone" → row number */
  GHashTable *principals;       /* unit path → the row number naming its principal leader */
  gboolean    team_columns;     /* the file has 班子职务 or 分管单位 */
};

G_DEFINE_FINAL_TYPE (HdRosterImport, hd_roster_import, HD_TYPE_IMPORT)

enum {
  COL_PARENT, COL_UNIT, COL_KIND, COL_NAME, COL_GENDER, COL_TITLE, COL_PARTY, COL_PHONE, COL_ROLE, COL_OVERSEES,
  N_COLS
};

/* The headers as the office's spreadsheets have them; they are data, not interface text. */
static const char * const column_headers[N_COLS + 1] = {
  "上级单位", "单位", "单位类型", "姓名", "性别", "职务", "是否党员", "联系电话", "班子职务", "分管单位", NULL,
};

/* 班子职务's words, by HdTeamRole. */
static const char * const role_words[] = { "主要负责同志", "班子成员" };

static const struct { const char *label; HdUnitKind kind; } kind_words[] = {
  { "省", HD_UNIT_KIND_PROVINCE },
  { "市", HD_UNIT_KIND_CITY },
  { "县", HD_UNIT_KIND_COUNTY },
  { "镇", HD_UNIT_KIND_TOWNSHIP },
  { "乡", HD_UNIT_KIND_TOWNSHIP },
  { "街道", HD_UNIT_KIND_STREET },
  { "村", HD_UNIT_KIND_VILLAGE },
  { "社区", HD_UNIT_KIND_COMMUNITY },
  { "县直部门", HD_UNIT_KIND_DEPARTMENT },
  { "县直部门单位", HD_UNIT_KIND_DEPARTMENT },
  { "其他", HD_UNIT_KIND_OTHER },
};

static void
planned_unit_free (PlannedUnit *unit)
{
  g_free (unit->name);
  g_free (unit);
}

static void
hd_import_row_finalize (GObject *object)
{
  HdImportRow *self = HD_IMPORT_ROW (object);

  g_free (self->reason);
  g_free (self->unit_path);
  g_free (self->name);
  g_free (self->title);
  g_free (self->phone);
  g_free (self->gender_text);
  g_free (self->party_text);
  g_clear_pointer (&self->overseen, g_array_unref);
  G_OBJECT_CLASS (hd_import_row_parent_class)->finalize (object);
}

static void
hd_import_row_class_init (HdImportRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hd_import_row_finalize;
}

static void
hd_import_row_init (HdImportRow *self)
{
  self->team_role = -1;
  self->overseen = g_array_new (FALSE, FALSE, sizeof (gint64));
}

guint hd_import_row_get_number (HdImportRow *self) { return self->number; }
HdImportAction hd_import_row_get_action (HdImportRow *self) { return self->action; }
const char *hd_import_row_get_reason (HdImportRow *self) { return self->reason; }
const char *hd_import_row_get_unit_path (HdImportRow *self) { return self->unit_path; }
gboolean hd_import_row_get_new_unit (HdImportRow *self) { return self->new_unit; }
const char *hd_import_row_get_name (HdImportRow *self) { return self->name; }
HdGender hd_import_row_get_gender (HdImportRow *self) { return self->gender; }
const char *hd_import_row_get_title (HdImportRow *self) { return self->title; }
gboolean hd_import_row_get_party_member (HdImportRow *self) { return self->party_member; }
const char *hd_import_row_get_phone (HdImportRow *self) { return self->phone; }
const char *hd_import_row_get_gender_text (HdImportRow *self) { return self->gender_text; }
const char *hd_import_row_get_party_text (HdImportRow *self) { return self->party_text; }

static const HdEnumValue action_values[] = {
  { NULL, NC_("import action", "Add") },
  { NULL, NC_("import action", "Update") },
  { NULL, NC_("import action", "Unchanged") },
  { NULL, NC_("import action", "Unit only") },
  { NULL, NC_("import action", "Bad row") },
};
HD_DEFINE_ENUM_LABELS (HdImportAction, hd_import_action, "import action", action_values,
                       HD_IMPORT_ACTION_BAD + 1)

static void
hd_roster_import_finalize (GObject *object)
{
  HdRosterImport *self = HD_ROSTER_IMPORT (object);

  g_ptr_array_unref (self->planned);
  g_hash_table_unref (self->refs);
  g_hash_table_unref (self->people_seen);
  g_hash_table_unref (self->principals);
  G_OBJECT_CLASS (hd_roster_import_parent_class)->finalize (object);
}

static void
hd_roster_import_init (HdRosterImport *self)
{
  self->planned = g_ptr_array_new_with_free_func ((GDestroyNotify) planned_unit_free);
  self->refs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->people_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->principals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

static void
remember_ref (HdRosterImport *self,
              const char     *path,
              gint64          ref)
{
  g_hash_table_replace (self->refs, g_strdup (path), g_memdup2 (&ref, sizeof ref));
}

/* The reference of the unit at @path (normalised), or 0 when there is none yet. */
static gint64
ref_for_path (HdRosterImport *self,
              const char     *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GString) prefix = g_string_new (NULL);
  gint64 *cached = g_hash_table_lookup (self->refs, path);
  gint64 ref = 0;

  if (cached != NULL)
    return *cached;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (prefix, '/');
      g_string_append (prefix, parts[i]);
      cached = g_hash_table_lookup (self->refs, prefix->str);
      if (cached != NULL)
        {
          ref = *cached;
          continue;
        }
      /* A unit this file creates has no children in the database. */
      if (ref < 0)
        return 0;
      ref = hd_import_find_child (hd_import_get_store (HD_IMPORT (self)), ref, parts[i]);
      if (ref == 0)
        return 0;
      remember_ref (self, prefix->str, ref);
    }
  return ref;
}

/* The full path of the one unit called @name (in the database or planned by this file); NULL
 * with *count set when there are none or several. */
static char *
path_for_bare_name (HdRosterImport *self,
                    const char     *name,
                    guint          *count)
{
  g_autofree char *found = NULL;
  gint64 found_id = 0;
  sqlite3_stmt *stmt;
  GHashTableIter iter;
  gpointer key, value;

  *count = 0;
  stmt = hd_store_prepare (hd_import_get_store (HD_IMPORT (self)), "SELECT id FROM unit WHERE name = ?1 LIMIT 2", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_TRANSIENT);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      found_id = sqlite3_column_int64 (stmt, 0);
      (*count)++;
    }
  sqlite3_reset (stmt);
  if (*count == 1)
    {
      g_autoptr(HdUnit) unit = hd_unit_load (hd_import_get_store (HD_IMPORT (self)), found_id, NULL);
      found = unit != NULL ? hd_unit_dup_full_name (unit, hd_import_get_store (HD_IMPORT (self))) : NULL;
    }

  g_hash_table_iter_init (&iter, self->refs);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *last = strrchr (key, '/');

      if (*(gint64 *) value < 0 && g_str_equal (last != NULL ? last + 1 : key, name))
        {
          (*count)++;
          g_free (found);
          found = g_strdup (key);
        }
    }
  return *count == 1 ? g_steal_pointer (&found) : NULL;
}

static gboolean
parse_kind (const char *text,
            HdUnitKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_words); i++)
    if (g_str_equal (text, kind_words[i].label))
      {
        *kind = kind_words[i].kind;
        return TRUE;
      }
  return FALSE;
}

static HdUnitKind
kind_of_ref (HdRosterImport *self,
             gint64          ref)
{
  g_autoptr(HdUnit) unit = NULL;

  if (ref < 0)
    return ((PlannedUnit *) g_ptr_array_index (self->planned, -ref - 1))->kind;
  unit = hd_unit_load (hd_import_get_store (HD_IMPORT (self)), ref, NULL);
  return unit != NULL ? hd_unit_get_kind (unit) : HD_UNIT_KIND_OTHER;
}

static void
mark_bad (HdImportRow *row,
          char        *reason)
{
  row->action = HD_IMPORT_ACTION_BAD;
  g_free (row->reason);
  row->reason = reason;
}

static gboolean
is_top_kind (HdUnitKind kind)
{
  return kind == HD_UNIT_KIND_PROVINCE || kind == HD_UNIT_KIND_CITY || kind == HD_UNIT_KIND_COUNTY;
}

static void
plan_new_unit (HdRosterImport *self,
               HdImportRow    *row,
               const char     *unit_path,
               gint64          parent_ref,
               HdUnitKind      kind)
{
  PlannedUnit *planned = g_new0 (PlannedUnit, 1);
  const char *last = strrchr (unit_path, '/');

  planned->name = g_strdup (last != NULL ? last + 1 : unit_path);
  planned->parent_ref = parent_ref;
  planned->kind = kind;
  planned->row_number = row->number;
  g_ptr_array_add (self->planned, planned);
  row->unit_ref = -(gint64) self->planned->len;
  row->new_unit = TRUE;
  remember_ref (self, unit_path, row->unit_ref);
}

/* A database without any unit starts from the file alone: its one row with an empty 上级单位
 * and a top-level kind creates the top unit. TRUE when the row is taken care of: planned, or
 * marked bad as a second top unit. */
static gboolean
plan_top_unit (HdRosterImport *self,
               HdImportRow    *row,
               const char     *unit_path,
               gboolean        has_kind,
               HdUnitKind      kind)
{
  if (!hd_store_is_empty (hd_import_get_store (HD_IMPORT (self))) || !has_kind || !is_top_kind (kind))
    return FALSE;
  for (guint i = 0; i < self->planned->len; i++)
    {
      PlannedUnit *planned = g_ptr_array_index (self->planned, i);

      if (planned->parent_ref == 0)
        {
          mark_bad (row, g_strdup_printf (_("row %u already creates the top unit “%s”; a database has one top unit: fill in the 上级单位 of “%s”"),
                                          planned->row_number, planned->name, unit_path));
          return TRUE;
        }
    }
  plan_new_unit (self, row, unit_path, 0, kind);
  g_free (row->unit_path);
  row->unit_path = g_strdup (unit_path);
  return TRUE;
}

/* Finds or plans the row's unit; FALSE with the row marked bad when it cannot. */
static gboolean
plan_unit (HdRosterImport *self,
           HdImportRow    *row,
           const char     *parent_text,
           const char     *unit_text,
           const char     *kind_text)
{
  g_autofree char *unit_path = NULL;
  g_autofree char *parent_path = NULL;
  gboolean has_kind = FALSE;
  HdUnitKind kind = HD_UNIT_KIND_OTHER;
  gint64 parent_ref = 0;

  /* Until the unit is known, the preview shows it as the file wrote it. */
  row->unit_path = *parent_text != '\0' ? g_strconcat (parent_text, "/", unit_text, NULL)
                                         : g_strdup (unit_text);
  if (*unit_text == '\0')
    {
      mark_bad (row, g_strdup (_("the unit is missing: fill in the column 单位")));
      return FALSE;
    }
  if (*kind_text != '\0')
    {
      has_kind = parse_kind (kind_text, &kind);
      if (!has_kind)
        {
          mark_bad (row, g_strdup_printf (_("unknown unit kind “%s”: write 省, 市, 县, 镇, 街道, 村, 社区, 县直部门 or 其他"), kind_text));
          return FALSE;
        }
    }
  unit_path = hd_import_normalize_path (unit_text);
  if (unit_path == NULL)
    {
      mark_bad (row, g_strdup_printf (_("the unit “%s” has an empty part between slashes"), unit_text));
      return FALSE;
    }

  if (*parent_text != '\0')
    {
      const char *last = strrchr (unit_path, '/');
      g_autofree char *joined = NULL;

      parent_path = hd_import_normalize_path (parent_text);
      if (parent_path == NULL || (parent_ref = ref_for_path (self, parent_path)) == 0)
        {
          mark_bad (row, g_strdup_printf (_("unknown parent unit “%s”: write its full path, e.g. 示范县/城关镇"), parent_text));
          return FALSE;
        }
      joined = g_strconcat (parent_path, "/", last != NULL ? last + 1 : unit_path, NULL);
      if (last != NULL && !g_str_equal (joined, unit_path))
        {
          mark_bad (row, g_strdup_printf (_("the unit “%s” is not under the parent unit “%s”"), unit_text, parent_text));
          return FALSE;
        }
      g_free (unit_path);
      unit_path = g_steal_pointer (&joined);
    }
  else if (strchr (unit_path, '/') != NULL)
    {
      parent_path = g_strndup (unit_path, strrchr (unit_path, '/') - unit_path);
    }
  else
    {
      guint count = 0;
      char *found = path_for_bare_name (self, unit_path, &count);

      if (found == NULL && count == 0 && plan_top_unit (self, row, unit_path, has_kind, kind))
        return row->action != HD_IMPORT_ACTION_BAD;
      if (found == NULL)
        {
          mark_bad (row, count == 0
                         ? g_strdup_printf (_("unknown unit “%s”: to create it, fill in its 上级单位"), unit_text)
                         : g_strdup_printf (_("several units are called “%s”: write its full path, e.g. 示范县/城关镇/%s"),
                                            unit_text, unit_text));
          return FALSE;
        }
      g_free (unit_path);
      unit_path = found;
    }

  row->unit_ref = ref_for_path (self, unit_path);
  g_free (row->unit_path);
  row->unit_path = g_strdup (unit_path);
  if (row->unit_ref == 0)
    {
      if (parent_ref == 0 && parent_path != NULL)
        parent_ref = ref_for_path (self, parent_path);
      if (parent_ref == 0)
        {
          mark_bad (row, g_strdup_printf (_("unknown parent unit “%s”: write its full path, e.g. 示范县/城关镇"), parent_path));
          return FALSE;
        }
      if (!has_kind)
        {
          mark_bad (row, g_strdup_printf (_("the new unit “%s” needs its kind in the column 单位类型"), unit_path));
          return FALSE;
        }
      plan_new_unit (self, row, unit_path, parent_ref, kind);
    }
  else if (has_kind && kind != kind_of_ref (self, row->unit_ref))
    {
      if (row->unit_ref < 0)
        {
          PlannedUnit *planned = g_ptr_array_index (self->planned, -row->unit_ref - 1);
          mark_bad (row, g_strdup_printf (_("the unit kind differs from row %u, which creates “%s”"),
                                          planned->row_number, unit_path));
          return FALSE;
        }
      row->set_kind = TRUE;
      row->kind = kind;
    }
  return TRUE;
}

static void
plan_person (HdRosterImport *self,
             HdImportRow    *row,
             const char     *gender_text,
             const char     *party_text,
             const char     *phone_text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;
  g_autofree char *key = NULL;
  HdPersonFields fields;
  gpointer earlier;
  sqlite3_stmt *stmt;

  if (g_str_equal (gender_text, "男"))
    row->gender = HD_GENDER_MALE;
  else if (g_str_equal (gender_text, "女"))
    row->gender = HD_GENDER_FEMALE;
  else if (*gender_text != '\0')
    {
      mark_bad (row, g_strdup_printf (_("the gender must be 男 or 女, not “%s”"), gender_text));
      return;
    }
  if (g_str_equal (party_text, "是"))
    row->party_member = TRUE;
  else if (*party_text != '\0' && !g_str_equal (party_text, "否"))
    {
      mark_bad (row, g_strdup_printf (_("是否党员 must be 是 or 否, not “%s”"), party_text));
      return;
    }

  fields = (HdPersonFields) { row->name, row->gender, row->title, row->party_member, phone_text };
  if (!hd_person_fields_validate (&fields, &name, &phone, &error))
    {
      mark_bad (row, g_strdup (error->message));
      return;
    }
  g_free (row->phone);
  row->phone = g_strdup (phone);

  key = g_strdup_printf ("%s\t%s\t%s", row->unit_path, name, phone);
  if (g_hash_table_lookup_extended (self->people_seen, key, NULL, &earlier))
    {
      mark_bad (row, g_strdup_printf (_("the same person as row %u (same unit, name and phone)"),
                                      GPOINTER_TO_UINT (earlier)));
      return;
    }
  g_hash_table_insert (self->people_seen, g_steal_pointer (&key), GUINT_TO_POINTER (row->number));

  row->action = HD_IMPORT_ACTION_ADD_PERSON;
  if (row->unit_ref < 0)
    return;
  stmt = hd_store_prepare (hd_import_get_store (HD_IMPORT (self)),
                           "SELECT id, gender, title, party_member FROM person"
                           " WHERE unit_id = ?1 AND name = ?2 AND phone = ?3 ORDER BY id LIMIT 1",
                           NULL);
  if (stmt == NULL)
    return;
  sqlite3_bind_int64 (stmt, 1, row->unit_ref);
  sqlite3_bind_text (stmt, 2, name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, phone, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      gboolean same = sqlite3_column_int (stmt, 1) == (int) row->gender &&
                      g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), row->title) == 0 &&
                      sqlite3_column_int (stmt, 3) == (row->party_member ? 1 : 0);

      row->person_id = sqlite3_column_int64 (stmt, 0);
      row->action = same ? HD_IMPORT_ACTION_UNCHANGED : HD_IMPORT_ACTION_UPDATE_PERSON;
    }
  sqlite3_reset (stmt);
}

/* The units the member oversees, as the file names them: each by its name under the team's unit,
 * or by its full path; FALSE with the row marked bad when one is unknown. */
static gboolean
plan_overseen (HdRosterImport *self,
               HdImportRow    *row,
               const char     *text)
{
  g_auto(GStrv) names = g_strsplit (text, "、", -1);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *name = g_strstrip (g_strdup (names[i]));
      g_autofree char *under = NULL;
      g_autofree char *path = NULL;
      gint64 ref = 0;

      if (*name == '\0')
        continue;
      under = g_strconcat (row->unit_path, "/", name, NULL);
      if ((path = hd_import_normalize_path (under)) != NULL)
        ref = ref_for_path (self, path);
      g_clear_pointer (&path, g_free);
      if (ref == 0 && (path = hd_import_normalize_path (name)) != NULL)
        ref = ref_for_path (self, path);
      if (ref == 0)
        {
          mark_bad (row, g_strdup_printf (_("the overseen unit “%s” does not exist: write a unit under “%s” by its name, "
                                            "or any unit by its full path"), name, row->unit_path));
          return FALSE;
        }
      if (ref == row->unit_ref)
        {
          mark_bad (row, g_strdup_printf (_("a member cannot oversee the unit of his or her own team, “%s”: "
                                            "write the departments he or she oversees"), name));
          return FALSE;
        }
      g_array_append_val (row->overseen, ref);
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

static void
read_department (sqlite3_stmt *stmt,
                 gpointer      data)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);

  g_array_append_val ((GArray *) data, id);
}

/* Whether the database has the person of @row in the team as the row says, with what it says he
 * or she oversees. */
static gboolean
team_unchanged (HdRosterImport *self,
                HdImportRow    *row)
{
  g_autoptr(GArray) current = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) planned = g_array_copy (row->overseen);
  gint64 member = 0, role = -1;

  if (row->person_id == 0 || row->unit_ref <= 0)
    return row->team_role < 0;
  if (!hd_read_id (hd_import_get_store (HD_IMPORT (self)), "SELECT id FROM team_member WHERE unit_id = ?1 AND person_id = ?2",
                   row->unit_ref, row->person_id, &member, NULL))
    return FALSE;
  if (member != 0 && !hd_read_id (hd_import_get_store (HD_IMPORT (self)), "SELECT role FROM team_member WHERE id = ?1", member, 0, &role, NULL))
    return FALSE;
  if (member == 0)
    role = -1;
  if (role != row->team_role)
    return FALSE;
  if (member == 0)
    return TRUE;
  if (!hd_read_each (hd_import_get_store (HD_IMPORT (self)), "SELECT department_id FROM oversight WHERE member_id = ?1 ORDER BY department_id",
                     member, read_department, current, N_("Reading a leadership team"), NULL))
    return FALSE;
  g_array_sort (planned, compare_id);
  if (planned->len != current->len)
    return FALSE;
  for (guint i = 0; i < planned->len; i++)
    if (g_array_index (planned, gint64, i) != g_array_index (current, gint64, i))
      return FALSE;
  return TRUE;
}

/* The person's place in the unit's leadership team (班子职务) and what he or she oversees (分管单位). */
static void
plan_team (HdRosterImport *self,
           HdImportRow    *row,
           const char     *role_text,
           const char     *oversees_text)
{
  gpointer earlier;

  if (*role_text != '\0')
    {
      for (guint r = 0; r < G_N_ELEMENTS (role_words); r++)
        if (g_str_equal (role_text, role_words[r]))
          row->team_role = (int) r;
      if (row->team_role < 0)
        {
          mark_bad (row, g_strdup_printf (_("班子职务 must be 主要负责同志, 班子成员 or empty, not “%s”"), role_text));
          return;
        }
    }
  if (*oversees_text != '\0' && row->team_role < 0)
    {
      mark_bad (row, g_strdup (_("分管单位 is for a member of the leadership team: fill in 班子职务 as well")));
      return;
    }
  if (row->team_role == HD_TEAM_ROLE_PRINCIPAL)
    {
      if (g_hash_table_lookup_extended (self->principals, row->unit_path, NULL, &earlier))
        {
          mark_bad (row, g_strdup_printf (_("a second principal leader of “%s”: row %u names one already"),
                                          row->unit_path, GPOINTER_TO_UINT (earlier)));
          return;
        }
      g_hash_table_insert (self->principals, g_strdup (row->unit_path), GUINT_TO_POINTER (row->number));
    }
  if (!plan_overseen (self, row, oversees_text))
    return;
  row->team_changed = !team_unchanged (self, row);
  if (row->team_changed && row->action == HD_IMPORT_ACTION_UNCHANGED)
    row->action = HD_IMPORT_ACTION_UPDATE_PERSON;
}

static void
plan_row (HdImport     *import,
          gpointer      data,
          guint         number,
          const char  **field)
{
  HdRosterImport *self = HD_ROSTER_IMPORT (import);
  HdImportRow *row = data;

  row->number = number;
  row->name = g_strdup (field[COL_NAME]);
  row->title = g_strdup (field[COL_TITLE]);
  row->phone = g_strdup (field[COL_PHONE]);
  row->gender_text = g_strdup (field[COL_GENDER]);
  row->party_text = g_strdup (field[COL_PARTY]);

  if (!plan_unit (self, row, field[COL_PARENT], field[COL_UNIT], field[COL_KIND]))
    return;
  if (*row->name != '\0')
    {
      plan_person (self, row, field[COL_GENDER], field[COL_PARTY], field[COL_PHONE]);
      if (self->team_columns && row->action != HD_IMPORT_ACTION_BAD)
        plan_team (self, row, field[COL_ROLE], field[COL_OVERSEES]);
    }
  else if (*field[COL_ROLE] != '\0' || *field[COL_OVERSEES] != '\0')
    mark_bad (row, g_strdup (_("班子职务 and 分管单位 are a person's: fill in the column 姓名")));
  else
    row->action = row->new_unit || row->set_kind ? HD_IMPORT_ACTION_UNIT_ONLY : HD_IMPORT_ACTION_UNCHANGED;
}

static HdRosterImport *
new_from_csv (HdStore  *store,
              HdCsv    *csv,
              GError  **error)
{
  g_autoptr(HdRosterImport) self = NULL;
  int columns[N_COLS];

  if (hd_csv_find_column (csv, "单位") < 0 || hd_csv_find_column (csv, "姓名") < 0)
    {
      g_set_error_literal (error, HD_IMPORT_ERROR, HD_IMPORT_ERROR_COLUMNS,
                           _("The file has no column 单位 or no column 姓名. The first row must name the columns: 上级单位, 单位, 单位类型, 姓名, 性别, 职务, 是否党员, 联系电话, and for the leadership teams 班子职务 and 分管单位."));
      return NULL;
    }
  self = g_object_new (HD_TYPE_ROSTER_IMPORT, NULL);
  hd_csv_find_columns (csv, column_headers, N_COLS, columns);
  self->team_columns = columns[COL_ROLE] >= 0 || columns[COL_OVERSEES] >= 0;
  hd_import_plan (HD_IMPORT (self), store, HD_TYPE_IMPORT_ROW, csv, column_headers, columns);
  return g_steal_pointer (&self);
}

HdRosterImport *
hd_roster_import_new_from_data (HdStore     *store,
                                const char  *data,
                                gsize        length,
                                GError     **error)
{
  g_autoptr(HdCsv) csv = hd_csv_parse (data, length, error);

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  return csv != NULL ? new_from_csv (store, csv, error) : NULL;
}

HdRosterImport *
hd_roster_import_new_from_file (HdStore     *store,
                                const char  *path,
                                GError     **error)
{
  g_autoptr(HdCsv) csv = hd_csv_parse_file (path, error);

  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  return csv != NULL ? new_from_csv (store, csv, error) : NULL;
}

static guint
row_action (gpointer row)
{
  return ((HdImportRow *) row)->action;
}

guint
hd_roster_import_get_n_new_units (HdRosterImport *self)
{
  g_return_val_if_fail (HD_IS_ROSTER_IMPORT (self), 0);
  return self->planned->len;
}

/* The unit's id, creating it (and its planned ancestors) the first time. */
static gint64
realize_unit (HdRosterImport  *self,
              HdEdit          *edit,
              gint64           ref,
              GError         **error)
{
  PlannedUnit *planned;
  gint64 parent_id;

  if (ref > 0)
    return ref;
  planned = g_ptr_array_index (self->planned, -ref - 1);
  if (planned->created_id == 0)
    {
      /* The top unit (parent_ref 0) has no parent to realize. */
      parent_id = planned->parent_ref != 0 ? realize_unit (self, edit, planned->parent_ref, error) : 0;
      if (planned->parent_ref != 0 && parent_id == 0)
        return 0;
      planned->created_id = hd_unit_insert (edit, parent_id, planned->kind, planned->name, NULL, error);
    }
  return planned->created_id;
}

/* Puts the person of @row in the team of @unit_id as the file says, or takes him or her out. */
static gboolean
apply_team (HdRosterImport  *self,
            HdEdit          *edit,
            HdImportRow     *row,
            gint64           unit_id,
            gint64           person_id,
            GError         **error)
{
  g_autoptr(GArray) departments = g_array_new (FALSE, FALSE, sizeof (gint64));
  gint64 member = 0;

  if (row->team_role < 0)
    {
      if (!hd_read_id (hd_import_get_store (HD_IMPORT (self)), "SELECT id FROM team_member WHERE unit_id = ?1 AND person_id = ?2",
                       unit_id, person_id, &member, error))
        return FALSE;
      return member == 0 || hd_team_write_removal (edit, unit_id, person_id, error);
    }
  for (guint i = 0; i < row->overseen->len; i++)
    {
      gint64 id = realize_unit (self, edit, g_array_index (row->overseen, gint64, i), error);

      if (id == 0)
        return FALSE;
      g_array_append_val (departments, id);
    }
  return hd_team_write_member (edit, unit_id, person_id, (HdTeamRole) row->team_role, error)
         && hd_team_write_oversights (edit, unit_id, person_id, (const gint64 *) departments->data, departments->len,
                                      error);
}

static gboolean
apply_row (HdImport  *import,
           HdEdit    *edit,
           gpointer   row_data,
           GError   **error)
{
  HdRosterImport *self = HD_ROSTER_IMPORT (import);
  HdImportRow *row = row_data;
  HdPersonFields fields = { row->name, row->gender, row->title, row->party_member, row->phone };
  gint64 unit_id = realize_unit (self, edit, row->unit_ref, error);
  gint64 person_id = row->person_id;
  gboolean ok = unit_id != 0;

  if (ok && row->set_kind)
    ok = hd_unit_update_kind (edit, unit_id, row->kind, error);
  if (ok && row->action == HD_IMPORT_ACTION_ADD_PERSON)
    ok = (person_id = hd_person_insert (edit, unit_id, &fields, error)) != 0;
  else if (ok && row->action == HD_IMPORT_ACTION_UPDATE_PERSON)
    ok = hd_person_write (edit, row->person_id, &fields, error);
  if (ok && row->team_changed)
    ok = apply_team (self, edit, row, unit_id, person_id, error);
  return ok;
}

static guint
row_number (gpointer row)
{
  return ((HdImportRow *) row)->number;
}

static void
hd_roster_import_class_init (HdRosterImportClass *klass)
{
  HdImportClass *import_class = HD_IMPORT_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = hd_roster_import_finalize;
  import_class->edit_label = N_("Import roster");
  import_class->bad_action = HD_IMPORT_ACTION_BAD;
  import_class->row_action = row_action;
  import_class->row_number = row_number;
  import_class->plan_row = plan_row;
  import_class->apply_row = apply_row;
}
