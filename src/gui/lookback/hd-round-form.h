/* hd-round-form.h — opening a look-back round: its name, the unit whose subtree it reviews, the
 * plans, and the day it opens. Every task in scope gets its proposed outcome at once. */
#pragma once

#include "common/hd-form-window.h"
#include "hd-context.h"

G_BEGIN_DECLS

typedef void (*HdRoundOpened) (gint64   round_id,
                               gpointer user_data);

HdFormWindow *hd_round_form_new      (GtkWindow      *parent,
                                      HdContext      *context,
                                      HdRoundOpened   opened,
                                      gpointer        user_data,
                                      GDestroyNotify  destroy);
/* For the tests. */
GtkEditable  *hd_round_form_get_name (HdFormWindow   *form);
void          hd_round_form_set_unit (HdFormWindow   *form,
                                      gint64          unit_id);

G_END_DECLS
