/* hd-edit.h — one user-level change (an "edit"): a transaction whose touched rows are recorded
 * before and after, so that the change log gets one entry per changed field and the edit can be
 * undone and redone.
 *
 *   edit = hd_edit_begin (store, _("Rename unit"), &error);
 *   hd_edit_touch (edit, "unit", id, &error);            // before changing or deleting a row
 *   … UPDATE / DELETE …
 *   … INSERT …; hd_edit_touch_new (edit, "unit", new_id, &error);
 *   hd_edit_commit (edit, history, &error);               // or hd_edit_abort (edit)
 */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

#define HD_EDIT_ERROR (hd_edit_error_quark ())

typedef enum {
  HD_EDIT_ERROR_INVALID,         /* input that cannot be stored, with what to do */
  HD_EDIT_ERROR_NOT_FOUND,       /* the record is gone */
  HD_EDIT_ERROR_NOTHING_TO_UNDO,
  HD_EDIT_ERROR_CHANGED_SINCE,   /* the rows were changed again after the edit */
} HdEditError;

typedef struct _HdEdit HdEdit;

#define HD_TYPE_HISTORY (hd_history_get_type ())
G_DECLARE_FINAL_TYPE (HdHistory, hd_history, HD, HISTORY, GObject)

GQuark       hd_edit_error_quark       (void);

HdEdit      *hd_edit_begin             (HdStore     *store,
                                        const char  *label,
                                        GError     **error);
HdStore     *hd_edit_get_store         (HdEdit      *edit);
gboolean     hd_edit_touch             (HdEdit      *edit,
                                        const char  *table,
                                        gint64       id,
                                        GError     **error);
gboolean     hd_edit_touch_new         (HdEdit      *edit,
                                        const char  *table,
                                        gint64       id,
                                        GError     **error);
/* Prepares @sql (a string literal), an INSERT whose ?1 is the new row's uuid, and binds a new
 * uuid to ?1; the caller binds the rest, then runs it with hd_edit_insert(). */
sqlite3_stmt *hd_edit_prepare_insert   (HdEdit      *edit,
                                        const char  *sql,
                                        GError     **error);
/* Runs @stmt, an INSERT into @table from hd_edit_prepare_insert(), and touches the new row. Sets
 * @id (unless NULL) to the new row's id, or to 0 where an INSERT OR IGNORE inserted nothing. */
gboolean     hd_edit_insert            (HdEdit      *edit,
                                        const char  *table,
                                        sqlite3_stmt *stmt,
                                        gint64      *id,
                                        GError     **error);
/* hd_edit_prepare_insert() and hd_edit_insert() in one, with @params bound to ?2 on:
 *   hd_edit_insert_params (edit, "task_review", "INSERT INTO task_review (uuid, task_id, date)"
 *                          " VALUES (?1, ?2, ?3)", HD_PARAMS (HD_INT (id), HD_TEXT (date)), NULL, error); */
gboolean     hd_edit_insert_params     (HdEdit        *edit,
                                        const char    *table,
                                        const char    *sql,
                                        const HdParam *params,
                                        guint          n_params,
                                        gint64        *id,
                                        GError       **error);
/* Touches row @id of @table, then runs @sql (an UPDATE of the row ?1, a string literal) with
 * @params bound to ?2 on. */
gboolean     hd_edit_update_params     (HdEdit        *edit,
                                        const char    *table,
                                        gint64         id,
                                        const char    *sql,
                                        const HdParam *params,
                                        guint          n_params,
                                        GError       **error);
/* The same with the one number @value bound to ?2. */
gboolean     hd_edit_update_row        (HdEdit      *edit,
                                        const char  *table,
                                        gint64       id,
                                        const char  *sql,
                                        gint64       value,
                                        GError     **error);
/* The same with the text @value (NULL: NULL) bound to ?2. */
gboolean     hd_edit_update_row_text   (HdEdit      *edit,
                                        const char  *table,
                                        gint64       id,
                                        const char  *sql,
                                        const char  *value,
                                        GError     **error);
/* Touches and deletes every row of @table whose id @select_ids answers with ?1 bound to @key
 * (a constant query of our own). Sets *n_deleted when given. */
gboolean     hd_edit_delete_rows       (HdEdit      *edit,
                                        const char  *table,
                                        const char  *select_ids,
                                        gint64       key,
                                        guint       *n_deleted,
                                        GError     **error);
/* Commits and frees @edit; on success the edit is pushed on @history (may be NULL).
 * On failure everything is rolled back. */
gboolean     hd_edit_commit            (HdEdit      *edit,
                                        HdHistory   *history,
                                        GError     **error);
void         hd_edit_abort             (HdEdit      *edit);
/* Commits @edit when @ok (the steps before it succeeded), else aborts it; frees it either way. */
gboolean     hd_edit_finish            (HdEdit      *edit,
                                        HdHistory   *history,
                                        gboolean     ok,
                                        GError     **error);

/* Keeps at least the last @depth edits of a session for undo (Ctrl+Z) and redo; emits "changed"
 * after every edit made through it, and after undo and redo. */
HdHistory   *hd_history_new            (HdStore     *store,
                                        guint        depth);
/* Moves the newest edit of @from (a history of another connection to the same database, such
 * as a worker's) onto @self, where undo and redo then write it through @self's store. FALSE when
 * @from has none. */
gboolean     hd_history_take_newest    (HdHistory   *self,
                                        HdHistory   *from);
gboolean     hd_history_can_undo       (HdHistory   *self);
gboolean     hd_history_can_redo       (HdHistory   *self);
const char  *hd_history_get_undo_label (HdHistory   *self);
const char  *hd_history_get_redo_label (HdHistory   *self);
gboolean     hd_history_undo           (HdHistory   *self,
                                        GError     **error);
gboolean     hd_history_redo           (HdHistory   *self,
                                        GError     **error);

G_END_DECLS
