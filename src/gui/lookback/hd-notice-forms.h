/* hd-notice-forms.h — what happens to a supervision notice after it is issued, each one edit:
 * its reply recorded (date, who replied, what), a reminder (催办), or its withdrawal with the
 * reason (it keeps its number). */
#pragma once

#include "common/hd-form-window.h"
#include "hd-context.h"

G_BEGIN_DECLS

typedef enum {
  HD_NOTICE_FORM_REPLY,
  HD_NOTICE_FORM_REMIND,
  HD_NOTICE_FORM_WITHDRAW,
} HdNoticeFormKind;

HdFormWindow *hd_notice_form_new       (GtkWindow        *parent,
                                        HdContext        *context,
                                        HdNoticeFormKind  kind,
                                        gint64            notice_id);
/* For the tests: the form's text (reply, note or reason) and date fields. */
void          hd_notice_form_set_text  (HdFormWindow     *form,
                                        const char       *text);
GtkEditable  *hd_notice_form_get_date  (HdFormWindow     *form);

G_END_DECLS
