/* hd-problem-editor.h — merging opinions into one problem (查摆问题) of a unit, and editing a
 * problem's unit, person, category and summary. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "opinions/hd-pick-button.h"

G_BEGIN_DECLS

#define HD_TYPE_PROBLEM_EDITOR (hd_problem_editor_get_type ())
G_DECLARE_FINAL_TYPE (HdProblemEditor, hd_problem_editor, HD, PROBLEM_EDITOR, GtkWindow)

/* Prefilled from the first of @opinion_ids (its unit, person, category and text). Emits
 * "merged" with the new problem's id, then closes. */
HdProblemEditor *hd_problem_editor_new                   (GtkWindow       *parent,
                                                          HdContext       *context,
                                                          const gint64    *opinion_ids,
                                                          guint            n_opinions);
/* Editing problem @id (NULL with the error when it is gone). Emits "saved" with its id, then
 * closes. */
HdProblemEditor *hd_problem_editor_new_for_problem       (GtkWindow       *parent,
                                                          HdContext       *context,
                                                          gint64           problem_id,
                                                          GError         **error);

/* For tests. */
HdPickButton    *hd_problem_editor_get_person_button     (HdProblemEditor *self);
HdPickButton    *hd_problem_editor_get_unit_button       (HdProblemEditor *self);
GtkDropDown     *hd_problem_editor_get_category_dropdown (HdProblemEditor *self);
GtkEditable     *hd_problem_editor_get_summary_entry     (HdProblemEditor *self);
/* Any message shown, NULL when none. */
const char      *hd_problem_editor_get_error             (HdProblemEditor *self);

G_END_DECLS
