/* hd-talks-page.h — the Talks area: for a leadership team and a meeting, the matrix of the three
 * must-talks (each required pair talked through, talked with topics missing — naming them — or
 * not yet talked, as a mark and a word), the counts, and what is still to do. A cell lists its
 * conversations and starts a new record for its pair; New Conversation (Ctrl+N) enters records
 * one after another. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_TALKS_PAGE (hd_talks_page_get_type ())
G_DECLARE_FINAL_TYPE (HdTalksPage, hd_talks_page, HD, TALKS_PAGE, GtkWidget)

void         hd_talks_page_set_context (HdTalksPage *self,
                                        HdContext   *context);
void         hd_talks_page_set_unit    (HdTalksPage *self,
                                        gint64       unit_id);
/* The meeting whose preparation counts (0: every conversation). */
void         hd_talks_page_set_meeting (HdTalksPage *self,
                                        gint64       meeting_id);
/* The meeting chosen (0: every conversation). */
gint64       hd_talks_page_get_meeting (HdTalksPage *self);
/* For the tests: the counts line, the to-do text, and the text of the cell of a pair (NULL when
 * the pair has no cell). */
const char  *hd_talks_page_get_counts  (HdTalksPage *self);
const char  *hd_talks_page_get_todo    (HdTalksPage *self);
const char  *hd_talks_page_get_cell    (HdTalksPage *self,
                                        gint64       a,
                                        gint64       b);

G_END_DECLS
