/* hd-task-editor-private.h — what the task editor's files share: the pane itself with the task's
 * fields, the review dates and the progress log (hd-task-editor-progress.c), and the result,
 * closing and reopening (hd-task-editor-closing.c). */
#pragma once

#include "common/hd-owner-banner.h"
#include "ledger/hd-task-editor.h"

G_BEGIN_DECLS

struct _HdTaskEditor
{
  GtkWidget       parent_instance;

  HdContext      *context;
  HdTask         *task;          /* the snapshot shown, NULL while creating or empty */
  gint64          task_id;
  gint64          unit_id;       /* the unit the fields name (chosen, not saved yet maybe) */
  gboolean        creating;
  gboolean        editing;       /* a task shown, or a new one: what "editing" last said */
  gboolean        filling;
  gboolean        fields_dirty;
  gboolean        result_dirty;
  gboolean        foreign;       /* the task (or the new task's unit) is another office's */

  HdOwnerBanner  *owner_banner;

  GtkLabel       *title_label;
  GtkWidget      *unsaved_label;
  GtkWidget      *fields_grid;
  GtkDropDown    *plan_dropdown;
  GtkDropDown    *rule_dropdown;
  GtkDropDown    *kind_dropdown;
  GtkButton      *unit_button;
  GtkTextView    *problem_view;
  GtkEntry       *source_entry;
  GtkTextView    *goal_view;
  GtkTextView    *measures_view;
  GtkEntry       *leader_entry;
  GtkEntry       *person_entry;
  GtkEntry       *deadline_entry;
  GtkLabel       *deadline_error;
  GtkWidget      *reviews_box;
  GtkFlowBox     *reviews_flow;
  GtkEntry       *review_entry;
  GtkLabel       *fields_error;
  GtkWidget      *save_button;
  GtkWidget      *create_button;
  GtkWidget      *delete_button;
  GtkWidget      *progress_grid;
  GtkListBox     *progress_list;
  GtkEntry       *progress_date_entry;
  GtkEntry       *progress_text_entry;
  GtkLabel       *progress_error;
  GtkWidget      *result_grid;
  GtkTextView    *result_view;
  GtkDropDown    *verdict_dropdown;
  GtkLabel       *state_label;
  GtkEntry       *close_date_entry;
  GtkEntry       *reason_entry;
  GtkLabel       *close_error;
  GtkWidget      *close_button;
  GtkWidget      *reopen_button;
};

/* hd-task-editor.c: what the sections share. NULL shows an empty text. */
void   hd_task_editor_set_entry_text          (GtkEntry       *entry,
                                               const char     *text);
void   hd_task_editor_set_view_text           (GtkTextView    *view,
                                               const char     *text);
/* The text of @view without the spaces around it. */
char  *hd_task_editor_dup_view_text           (GtkTextView    *view);
/* What the clerk typed as a date, as ISO; NULL (and @error_label saying why) when it is none. */
char  *hd_task_editor_parse_date              (GtkEntry       *entry,
                                               GtkLabel       *error_label,
                                               gboolean        required);
/* What the clerk typed in @entry without the spaces around it; NULL when that is nothing, with
 * @message in @error_label and the keyboard in @entry. */
char  *hd_task_editor_dup_required_text       (GtkEntry       *entry,
                                               GtkLabel       *error_label,
                                               const char     *message);

/* hd-task-editor-progress.c */
void   hd_task_editor_fill_reviews            (HdTaskEditor   *self);
void   hd_task_editor_fill_progress           (HdTaskEditor   *self);
/* Installs the section's actions and binds its template callbacks. */
void   hd_task_editor_class_init_progress     (GtkWidgetClass *widget_class);

/* hd-task-editor-closing.c */
void   hd_task_editor_fill_result             (HdTaskEditor   *self);
void   hd_task_editor_fill_state              (HdTaskEditor   *self);
/* Installs the section's actions. */
void   hd_task_editor_class_init_closing      (GtkWidgetClass *widget_class);

G_END_DECLS
