/* hd-talk-form.h — entering talk-the-heart conversations from their handwritten records, one after
 * another, by keyboard: the date and place, who talked and with whom (names as the roster writes
 * them, several separated by 、), who recorded it, the five topics covered, the content and the
 * commitments, and the meeting it prepares. Save (Enter in a one-line field) records it and clears
 * the form for the next, keeping the date, place, recorder and meeting. */
#pragma once

#include "common/hd-form-window.h"
#include "hd-context.h"

G_BEGIN_DECLS

/* A form over @parent for the team of @unit_id, the meeting @meeting_id (0: none) chosen; with
 * @a and @b (person ids, 0: none), for that pair. */
HdFormWindow *hd_talk_form_new        (GtkWindow  *parent,
                                       HdContext  *context,
                                       gint64      unit_id,
                                       gint64      meeting_id,
                                       gint64      a,
                                       gint64      b);
/* Completes the names typed into @entry from the people a conversation of @unit_id's team may
 * name (any part of a name); @several: names separated by “、”. */
void          hd_talk_names_complete  (GtkEntry   *entry,
                                       HdContext  *context,
                                       gint64      unit_id,
                                       gboolean    several);
/* For the tests: the people's fields, a topic's box, the content. */
void          hd_talk_form_set_people (HdFormWindow *form,
                                       const char   *initiator,
                                       const char   *others);
void          hd_talk_form_set_topic  (HdFormWindow *form,
                                       guint         index,
                                       gboolean      covered);
void          hd_talk_form_set_content (HdFormWindow *form,
                                        const char   *content);
GtkEntry     *hd_talk_form_get_others_entry (HdFormWindow *form);

G_END_DECLS
