/* hd-lookback-page.h — the Look-back area (回头看): the rounds and their tasks, the six-point
 * review, the supervision notices and the accountability records, one view each (Ctrl+1 … Ctrl+4).
 */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "lookback/hd-accountability-view.h"
#include "lookback/hd-notices-view.h"
#include "lookback/hd-review-view.h"
#include "lookback/hd-rounds-view.h"

G_BEGIN_DECLS

#define HD_TYPE_LOOKBACK_PAGE (hd_lookback_page_get_type ())
G_DECLARE_FINAL_TYPE (HdLookbackPage, hd_lookback_page, HD, LOOKBACK_PAGE, GtkWidget)

void                  hd_lookback_page_set_context (HdLookbackPage *self,
                                                    HdContext      *context);
/* "rounds", "review", "notices" or "accountability". */
void                  hd_lookback_page_show_view   (HdLookbackPage *self,
                                                    const char     *name);
const char           *hd_lookback_page_get_view    (HdLookbackPage *self);
HdRoundsView         *hd_lookback_page_get_rounds  (HdLookbackPage *self);
HdReviewView         *hd_lookback_page_get_review  (HdLookbackPage *self);
HdNoticesView        *hd_lookback_page_get_notices (HdLookbackPage *self);
HdAccountabilityView *hd_lookback_page_get_accountability (HdLookbackPage *self);

G_END_DECLS
