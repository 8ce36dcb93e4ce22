/* hd-question-window.h — a modal question before an action that is hard to take back:
 * a heading, what would happen, Cancel (the default) and one verb button. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HD_TYPE_QUESTION_WINDOW (hd_question_window_get_type ())
G_DECLARE_FINAL_TYPE (HdQuestionWindow, hd_question_window, HD, QUESTION_WINDOW, GtkWindow)

/* Emits "confirmed" and closes when the clerk presses @action_label; Cancel or Escape only
 * closes. @destructive styles the button as destructive, otherwise as the suggested action. */
HdQuestionWindow *hd_question_window_new      (GtkWindow  *parent,
                                               const char *heading,
                                               const char *body,
                                               const char *action_label,
                                               gboolean    destructive);
const char       *hd_question_window_get_heading (HdQuestionWindow *self);
const char       *hd_question_window_get_body    (HdQuestionWindow *self);

G_END_DECLS
