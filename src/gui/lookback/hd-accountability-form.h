/* hd-accountability-form.h — recording an accountability measure (约谈提醒, 诫勉批评, 追究责任)
 * for a unit or one of its people: the measure (the next step offered first), the reason, the
 * day, who decided; it concerns the unit's tasks that its notices name and that are still red,
 * and those notices. One undoable edit. Confidential. */
#pragma once

#include "common/hd-form-window.h"
#include "hd-context.h"
#include "lookback/hd-accountability.h"

G_BEGIN_DECLS

HdFormWindow *hd_accountability_form_new         (GtkWindow    *parent,
                                                  HdContext    *context,
                                                  gint64        unit_id,
                                                  HdEscalation  measure);
/* For the tests: the reason's field. */
void          hd_accountability_form_set_reason  (HdFormWindow *form,
                                                  const char   *reason);

G_END_DECLS
