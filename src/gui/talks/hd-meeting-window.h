/* hd-meeting-window.h — one meeting: the readiness checklist (the three must-talks, the
 * self-examination materials, the supervision group informed), then the record of the meeting
 * (attendance, criticism, the measures, each made a ledger task in one step). Read anew whenever
 * the database changes. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "talks/hd-meeting-readiness.h"
#include "talks/hd-meeting.h"

G_BEGIN_DECLS

#define HD_TYPE_MEETING_WINDOW (hd_meeting_window_get_type ())
G_DECLARE_FINAL_TYPE (HdMeetingWindow, hd_meeting_window, HD, MEETING_WINDOW, GtkWindow)

HdMeetingWindow       *hd_meeting_window_new        (GtkWindow       *parent,
                                                     HdContext       *context,
                                                     gint64           meeting_id);
/* The record as shown, NULL when it could not be read (the window says why). */
const HdMeetingRecord *hd_meeting_window_get_record (HdMeetingWindow *self);
/* The checklist's line of @item, with its mark. */
const char            *hd_meeting_window_get_item   (HdMeetingWindow *self,
                                                     HdReadinessItem  item);

G_END_DECLS
