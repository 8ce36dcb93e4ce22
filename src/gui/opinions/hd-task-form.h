/* hd-task-form.h — turning a problem into a rectification task (整改任务). */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "opinions/hd-pick-button.h"

G_BEGIN_DECLS

#define HD_TYPE_TASK_FORM (hd_task_form_get_type ())
G_DECLARE_FINAL_TYPE (HdTaskForm, hd_task_form, HD, TASK_FORM, GtkWindow)

/* Prefilled from the problem @problem_id (its text, its unit as the responsible unit, and the
 * channels of its opinions as the source). Emits "created" with the task's id, then closes. */
HdTaskForm   *hd_task_form_new                (GtkWindow  *parent,
                                               HdContext  *context,
                                               gint64      problem_id);

/* For tests. */
GtkDropDown  *hd_task_form_get_plan_dropdown  (HdTaskForm *self);
GtkDropDown  *hd_task_form_get_kind_dropdown  (HdTaskForm *self);
GtkEditable  *hd_task_form_get_problem_entry  (HdTaskForm *self);
GtkEditable  *hd_task_form_get_goal_entry     (HdTaskForm *self);
GtkEditable  *hd_task_form_get_measures_entry (HdTaskForm *self);
GtkEditable  *hd_task_form_get_leader_entry   (HdTaskForm *self);
HdPickButton *hd_task_form_get_unit_button    (HdTaskForm *self);
GtkEditable  *hd_task_form_get_person_entry   (HdTaskForm *self);
GtkEditable  *hd_task_form_get_deadline_entry (HdTaskForm *self);
/* Any message shown, NULL when none. */
const char   *hd_task_form_get_error          (HdTaskForm *self);

G_END_DECLS
