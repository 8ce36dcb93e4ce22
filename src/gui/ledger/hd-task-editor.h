/* hd-task-editor.h — the editor pane of the Rectification area: one rectification task's fields,
 * its review dates, its progress log, its result and the masses' verdict, closing (销号) and
 * reopening. Every button is one core call through the context's history. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "ledger/hd-task.h"

G_BEGIN_DECLS

#define HD_TYPE_TASK_EDITOR (hd_task_editor_get_type ())
G_DECLARE_FINAL_TYPE (HdTaskEditor, hd_task_editor, HD, TASK_EDITOR, GtkWidget)

void           hd_task_editor_set_context        (HdTaskEditor *self,
                                                  HdContext    *context);
/* Shows task @id (0: nothing). */
void           hd_task_editor_set_task           (HdTaskEditor *self,
                                                  gint64        id);
gint64         hd_task_editor_get_task_id        (HdTaskEditor *self);
/* Empty fields for a new task of unit @unit_id, created with task.create (emits "created"). */
void           hd_task_editor_start_new          (HdTaskEditor *self,
                                                  gint64        unit_id);
gboolean       hd_task_editor_get_creating       (HdTaskEditor *self);
/* TRUE while a task is shown or a new one is being typed (the "editing" property). */
gboolean       hd_task_editor_get_editing        (HdTaskEditor *self);
/* TRUE when something typed is not saved: a field, the result, or a progress entry, review date
 * or reason not added yet. */
gboolean       hd_task_editor_get_unsaved        (HdTaskEditor *self);
/* Shows nothing, unless something is not saved: then the pane stays as it is, saying so, and
 * this returns FALSE. */
gboolean       hd_task_editor_close              (HdTaskEditor *self);
/* The keyboard into the task's problem, the first text field. */
void           hd_task_editor_focus              (HdTaskEditor *self);
/* Reads the task again after an edit, undo or redo; fields being typed in are kept. When the
 * task is gone (deleted, or its creation undone) the pane shows nothing. */
void           hd_task_editor_reload             (HdTaskEditor *self);

/* For tests: the result's text and the verdict as the clerk would fill them in, and the message
 * shown beside the Close button (the refusal), or NULL. */
GtkTextBuffer *hd_task_editor_get_result_buffer  (HdTaskEditor *self);
void           hd_task_editor_set_verdict        (HdTaskEditor *self,
                                                  HdVerdict     verdict);
const char    *hd_task_editor_get_close_message  (HdTaskEditor *self);

G_END_DECLS
