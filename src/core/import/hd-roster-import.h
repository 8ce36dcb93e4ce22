/* hd-roster-import.h — rosters from spreadsheets (CSV saved by Excel or WPS).
 *
 * Columns, by their Chinese headers in any order: 上级单位 (the parent's full path, needed only
 * for a new unit), 单位 (name or full path), 单位类型, 姓名, 性别, 职务, 是否党员, 联系电话.
 * Reading plans every row and writes nothing; applying writes every row or none, as one edit.
 * A person already on the roster (same unit, name and phone) is updated, not added again.
 */
#pragma once

#include "import/hd-import.h"
#include "organisation/hd-person.h"
#include "store/hd-edit.h"

G_BEGIN_DECLS

typedef enum {
  HD_IMPORT_ACTION_ADD_PERSON,
  HD_IMPORT_ACTION_UPDATE_PERSON,
  HD_IMPORT_ACTION_UNCHANGED,
  HD_IMPORT_ACTION_UNIT_ONLY,  /* no person: the row creates or updates its unit */
  HD_IMPORT_ACTION_BAD,
} HdImportAction;

#define HD_TYPE_IMPORT_ROW (hd_import_row_get_type ())
G_DECLARE_FINAL_TYPE (HdImportRow, hd_import_row, HD, IMPORT_ROW, GObject)

guint           hd_import_row_get_number      (HdImportRow *self);   /* as the spreadsheet shows it */
HdImportAction  hd_import_row_get_action      (HdImportRow *self);
const char     *hd_import_row_get_reason      (HdImportRow *self);   /* why it is bad, or NULL */
const char     *hd_import_row_get_unit_path   (HdImportRow *self);   /* the unit's full path */
gboolean        hd_import_row_get_new_unit    (HdImportRow *self);   /* the row creates its unit */
const char     *hd_import_row_get_name        (HdImportRow *self);
HdGender        hd_import_row_get_gender      (HdImportRow *self);
const char     *hd_import_row_get_title       (HdImportRow *self);
gboolean        hd_import_row_get_party_member (HdImportRow *self);
const char     *hd_import_row_get_phone       (HdImportRow *self);
/* 性别 and 是否党员 as the file writes them: what a bad row shows, since it may not have got as
 * far as reading them (its gender and party membership are then unknown, not 否). */
const char     *hd_import_row_get_gender_text (HdImportRow *self);
const char     *hd_import_row_get_party_text  (HdImportRow *self);
/* Translated, for the preview: "Add", "Update", "Unchanged", "Unit only", "Bad row". */
const char     *hd_import_action_get_label    (HdImportAction action);

#define HD_TYPE_ROSTER_IMPORT (hd_roster_import_get_type ())
G_DECLARE_FINAL_TYPE (HdRosterImport, hd_roster_import, HD, ROSTER_IMPORT, HdImport)
/* Its rows (HdImportRow, in file order), counts and writing: hd_import_get_rows () and the rest of
 * hd-import.h. */

HdRosterImport  *hd_roster_import_new_from_file     (HdStore        *store,
                                                     const char     *path,
                                                     GError        **error);
HdRosterImport  *hd_roster_import_new_from_data     (HdStore        *store,
                                                     const char     *data,
                                                     gsize           length,
                                                     GError        **error);
guint            hd_roster_import_get_n_new_units   (HdRosterImport *self);

G_END_DECLS
