/* hd-opinion-form.h — entering opinions one after another, as a clerk types in a stack of
 * questionnaires: keyboard only, Ctrl+Enter saves, and the form stays with the channel, date
 * and unit of the last one and the focus back in the content. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "opinions/hd-pick-button.h"

G_BEGIN_DECLS

#define HD_TYPE_OPINION_FORM (hd_opinion_form_get_type ())
G_DECLARE_FINAL_TYPE (HdOpinionForm, hd_opinion_form, HD, OPINION_FORM, GtkWidget)

/* Emits "saved" with the new opinion's id. */
void           hd_opinion_form_set_context         (HdOpinionForm *self,
                                                    HdContext     *context);
/* Puts the focus where the next opinion starts: the unit while none is chosen, else the content. */
void           hd_opinion_form_focus               (HdOpinionForm *self);
/* Shows opinion @id in the form, every field and its status, for editing: saving changes it (one
 * edit), emits "edited" with its id and goes back to entering new opinions. Refused (G_IO_ERROR_BUSY,
 * with the message for the clerk) while a new opinion's text is typed in the form: it is kept. */
gboolean       hd_opinion_form_edit                (HdOpinionForm *self,
                                                    gint64         id,
                                                    GError       **error);
/* Leaves editing (if it was) for entering new opinions. */
void           hd_opinion_form_new_entry           (HdOpinionForm *self);
/* The opinion being edited, 0 while entering new ones. */
gint64         hd_opinion_form_get_editing         (HdOpinionForm *self);
/* How many opinions the form saved since it was made. */
guint          hd_opinion_form_get_saved_count     (HdOpinionForm *self);

/* For tests: the fields a clerk fills in, and the messages under them (NULL when none). */
GtkDropDown   *hd_opinion_form_get_channel_dropdown  (HdOpinionForm *self);
GtkEditable   *hd_opinion_form_get_date_entry        (HdOpinionForm *self);
HdPickButton  *hd_opinion_form_get_unit_button       (HdOpinionForm *self);
HdPickButton  *hd_opinion_form_get_person_button     (HdOpinionForm *self);
GtkDropDown   *hd_opinion_form_get_category_dropdown (HdOpinionForm *self);
GtkTextView   *hd_opinion_form_get_content_view      (HdOpinionForm *self);
GtkDropDown   *hd_opinion_form_get_status_dropdown   (HdOpinionForm *self);
const char    *hd_opinion_form_get_date_error        (HdOpinionForm *self);
const char    *hd_opinion_form_get_unit_error        (HdOpinionForm *self);
const char    *hd_opinion_form_get_content_error     (HdOpinionForm *self);
const char    *hd_opinion_form_get_note              (HdOpinionForm *self);

G_END_DECLS
