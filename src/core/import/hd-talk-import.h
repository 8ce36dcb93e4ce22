/* hd-talk-import.h — talk-the-heart conversations from the spreadsheets offices keep
 * (谈心谈话台账), saved as CSV. Headers, in any order:
 *
 *   单位 (the team's unit, full path), 日期, 地点, 谈话人, 谈话对象 (one or more names separated by
 *   、), 记录人, 班子问题, 个人问题, 对方问题, 拟提批评意见, 整改措施 (each 是 or 否: whether that
 *   topic was covered), 谈话内容, 承诺事项.
 *
 * A name must be a person of that unit, or of a department that a member of its team oversees; an
 * ambiguous name is a bad row that says so. As the other imports: every row planned first, bad
 * rows by number with their reason, nothing written while one is bad, all in one edit; a
 * conversation already recorded (same unit, day, people and content) is left as it is, so that
 * importing a file twice adds nothing. */
#pragma once

#include "import/hd-import.h"
#include "talks/hd-talk.h"

G_BEGIN_DECLS

typedef enum {
  HD_TALK_IMPORT_ADD,
  HD_TALK_IMPORT_UNCHANGED,
  HD_TALK_IMPORT_BAD,
} HdTalkImportAction;

#define HD_TYPE_TALK_IMPORT_ROW (hd_talk_import_row_get_type ())
G_DECLARE_FINAL_TYPE (HdTalkImportRow, hd_talk_import_row, HD, TALK_IMPORT_ROW, GObject)

guint               hd_talk_import_row_get_number    (HdTalkImportRow *self);   /* as the spreadsheet shows it */
HdTalkImportAction  hd_talk_import_row_get_action    (HdTalkImportRow *self);
const char         *hd_talk_import_row_get_reason    (HdTalkImportRow *self);   /* why it is bad, or NULL */
const char         *hd_talk_import_row_get_unit_path (HdTalkImportRow *self);
const char         *hd_talk_import_row_get_date      (HdTalkImportRow *self);   /* ISO, or NULL */
const char         *hd_talk_import_row_get_people    (HdTalkImportRow *self);   /* "张书记、李县长" */
guint               hd_talk_import_row_get_topics    (HdTalkImportRow *self);

const char         *hd_talk_import_action_get_label  (HdTalkImportAction action);

#define HD_TYPE_TALK_IMPORT (hd_talk_import_get_type ())
G_DECLARE_FINAL_TYPE (HdTalkImport, hd_talk_import, HD, TALK_IMPORT, HdImport)
/* Its rows (HdTalkImportRow, in file order), counts and writing: hd_import_get_rows () and the rest of
 * hd-import.h. */

HdTalkImport       *hd_talk_import_new_from_file      (HdStore       *store,
                                                       const char    *path,
                                                       GError       **error);
HdTalkImport       *hd_talk_import_new_from_data      (HdStore       *store,
                                                       const char    *data,
                                                       gsize          length,
                                                       GError       **error);
/* Writes the conversations to add, in one edit; refused while a row is bad. */

G_END_DECLS
