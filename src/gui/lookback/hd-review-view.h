/* hd-review-view.h — the six-point review (回头看 六个方面) of a leadership team in a look-back
 * round: each point's finding (done, partly, not done) and a note; a village or community reviews
 * its own measures, one point. Save Review (Ctrl+S) records what changed. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "lookback/hd-lookback-review.h"

G_BEGIN_DECLS

#define HD_TYPE_REVIEW_VIEW (hd_review_view_get_type ())
G_DECLARE_FINAL_TYPE (HdReviewView, hd_review_view, HD, REVIEW_VIEW, GtkWidget)

void        hd_review_view_set_context (HdReviewView    *self,
                                        HdContext       *context);
/* The round reviewed (0: none): its own unit is reviewed first. */
void        hd_review_view_set_round   (HdReviewView    *self,
                                        gint64           round_id);
void        hd_review_view_set_unit    (HdReviewView    *self,
                                        gint64           unit_id);
/* For the tests: how many points the unit reviews, and a point's finding (-1: none yet) and note. */
guint       hd_review_view_get_n_points (HdReviewView   *self);
void        hd_review_view_set_point   (HdReviewView    *self,
                                        guint            index,
                                        int              finding,
                                        const char      *note);
gboolean    hd_review_view_save        (HdReviewView    *self);
const char *hd_review_view_get_error   (HdReviewView    *self);

G_END_DECLS
