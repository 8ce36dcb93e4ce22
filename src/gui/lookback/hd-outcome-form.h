/* hd-outcome-form.h — the outcome the clerk chooses for the selected tasks of a look-back round,
 * in place of the proposal: with a note, a new deadline for 回炉, and for 纳入整改 (one task at a
 * time) the newly found problem and its task. One edit. */
#pragma once

#include "common/hd-form-window.h"
#include "hd-context.h"

G_BEGIN_DECLS

/* A form over @parent for the tasks @task_ids (gint64) of round @round_id. */
HdFormWindow *hd_outcome_form_new (GtkWindow *parent,
                                   HdContext *context,
                                   gint64     round_id,
                                   GArray    *task_ids);

/* For the tests: the outcome chosen, and the new deadline's field. */
void          hd_outcome_form_set_outcome  (HdFormWindow *form,
                                            int           outcome);
GtkEditable  *hd_outcome_form_get_deadline (HdFormWindow *form);
/* 纳入整改 (one task): the newly found problem and the measures of its task. */
void          hd_outcome_form_set_intake   (HdFormWindow *form,
                                            const char   *problem,
                                            const char   *measures);

G_END_DECLS
