/* hd-meeting-forms.h — the small forms of a meeting, one edit each: plan a meeting; record that
 * the supervision group was informed, a member's self-examination material, a person's presence;
 * add criticism or a measure; make a measure a task of the ledger, pre-filled. */
#pragma once

#include "hd-context.h"
#include "common/hd-form-window.h"
#include "talks/hd-meeting.h"

G_BEGIN_DECLS

/* Plans a meeting of @unit_id's team; @done is called with the new meeting's id. */
HdFormWindow *hd_meeting_plan_form_new      (GtkWindow              *parent,
                                             HdContext              *context,
                                             gint64                  unit_id,
                                             void                  (*done) (gpointer data, gint64 meeting_id),
                                             gpointer                data);
HdFormWindow *hd_meeting_informed_form_new  (GtkWindow              *parent,
                                             HdContext              *context,
                                             const HdMeetingRecord  *record);
HdFormWindow *hd_meeting_material_form_new  (GtkWindow              *parent,
                                             HdContext              *context,
                                             const HdMeetingRecord  *record,
                                             const HdMeetingPerson  *person);
HdFormWindow *hd_meeting_presence_form_new  (GtkWindow              *parent,
                                             HdContext              *context,
                                             const HdMeetingRecord  *record,
                                             const HdMeetingPerson  *person);
HdFormWindow *hd_meeting_criticism_form_new (GtkWindow              *parent,
                                             HdContext              *context,
                                             const HdMeetingRecord  *record);
HdFormWindow *hd_meeting_measure_form_new   (GtkWindow              *parent,
                                             HdContext              *context,
                                             const HdMeetingRecord  *record);
HdFormWindow *hd_meeting_task_form_new      (GtkWindow              *parent,
                                             HdContext              *context,
                                             const HdMeetingRecord  *record,
                                             const HdMeetingMeasure *measure);

G_END_DECLS
