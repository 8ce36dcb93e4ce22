/* hd-form-window.h — the small forms of one edit each (reply to a notice, withdraw it, record a
 * reminder, confirm an outcome, open a round, record an accountability measure): a title, Cancel
 * and the action in the header bar, labelled fields, and a line that says what to correct.
 *
 * The action (its button, or Enter in a one-line field) calls @apply: TRUE closes the form; FALSE
 * keeps it open, and @apply has said why with hd_form_window_show_error(). Escape cancels.
 */
#pragma once

#include <gtk/gtk.h>

#include "store/hd-store.h"

G_BEGIN_DECLS

#define HD_TYPE_FORM_WINDOW (hd_form_window_get_type ())
G_DECLARE_FINAL_TYPE (HdFormWindow, hd_form_window, HD, FORM_WINDOW, GtkWindow)

typedef gboolean (*HdFormApply) (HdFormWindow *form,
                                 gpointer      user_data);

/* A form modal over @parent; @action_label is the action's mnemonic label ("_Withdraw"). */
HdFormWindow *hd_form_window_new          (GtkWindow      *parent,
                                           const char     *title,
                                           const char     *action_label,
                                           HdFormApply     apply,
                                           gpointer        user_data,
                                           GDestroyNotify  destroy);
/* For forms that enter one record after another: a successful action leaves the form open
 * (@apply has cleared it for the next record) instead of closing it. */
void          hd_form_window_set_continues (HdFormWindow  *self,
                                            gboolean       continues);
/* A line of text above the fields (what the form is about). */
void          hd_form_window_add_heading  (HdFormWindow   *self,
                                           const char     *text);
/* For a record another office keeps (row @id of @table, or a new record of unit @unit_id): a
 * banner above the fields says whose it is, and the fields and the action are insensitive.
 * TRUE when the record is ours (the form stays as it was). */
gboolean      hd_form_window_show_owner_of_row  (HdFormWindow *self,
                                                 HdStore      *store,
                                                 const char   *table,
                                                 gint64        id);
gboolean      hd_form_window_show_owner_of_unit (HdFormWindow *self,
                                                 HdStore      *store,
                                                 gint64        unit_id);
/* A row: @label (with its mnemonic) and @field beside it. */
void          hd_form_window_add_field    (HdFormWindow   *self,
                                           const char     *label,
                                           GtkWidget      *field);
/* Shows or hides the row of @field, its label with it. */
void          hd_form_window_set_field_visible (HdFormWindow *self,
                                                GtkWidget    *field,
                                                gboolean      visible);
/* A one-line field holding @text; Enter in it is the action. */
GtkEntry     *hd_form_window_add_entry    (HdFormWindow   *self,
                                           const char     *label,
                                           const char     *text);
/* A date field showing @date as the clerk writes it (2014年9月30日). */
GtkEntry     *hd_form_window_add_date     (HdFormWindow   *self,
                                           const char     *label,
                                           const GDate    *date);
/* A text of several lines. */
GtkTextView  *hd_form_window_add_text     (HdFormWindow   *self,
                                           const char     *label,
                                           const char     *text);
/* The text of a field added by add_text, without blanks at either end. */
char         *hd_form_window_dup_text     (GtkTextView    *view);
/* The date typed in @entry as ISO; NULL when it is not a date, after showing @message and putting
 * the focus there. */
char         *hd_form_window_read_date    (HdFormWindow   *self,
                                           GtkEntry       *entry,
                                           const char     *message);
/* @message on the form's error line; NULL takes it away. */
void          hd_form_window_show_error   (HdFormWindow   *self,
                                           const char     *message);
const char   *hd_form_window_get_error    (HdFormWindow   *self);
/* @text on the form's status line (what the last action did); NULL takes it away. */
void          hd_form_window_show_status  (HdFormWindow   *self,
                                           const char     *text);
const char   *hd_form_window_get_status   (HdFormWindow   *self);
/* Does what the action button does (the keyboard and the tests): TRUE when the action went
 * through (and the form closed, unless it continues). */
gboolean      hd_form_window_activate     (HdFormWindow   *self);

G_END_DECLS
