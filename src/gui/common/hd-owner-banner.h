/* hd-owner-banner.h — the line above an editor that says a record is another office's: records
 * that a lower office keeps (or the upper office, or a notice's issuer) change only through that
 * office's packages, so the editor shows them read-only with the owner's name. Hidden for records
 * of ours. */
#pragma once

#include <gtk/gtk.h>

#include "store/hd-store.h"

G_BEGIN_DECLS

#define HD_TYPE_OWNER_BANNER (hd_owner_banner_get_type ())
G_DECLARE_FINAL_TYPE (HdOwnerBanner, hd_owner_banner, HD, OWNER_BANNER, GtkWidget)

GtkWidget  *hd_owner_banner_new          (void);
/* Shows the owner of row @id of @table ("unit", "task" …, as the store names them), or hides
 * the banner when it is ours (or @id is 0). TRUE when the record may be edited here. */
gboolean    hd_owner_banner_show_row     (HdOwnerBanner *self,
                                          HdStore       *store,
                                          const char    *table,
                                          gint64         id);
/* The same for a new record of unit @unit_id (a task or a person added there): TRUE when it
 * may be made here. */
gboolean    hd_owner_banner_show_unit    (HdOwnerBanner *self,
                                          HdStore       *store,
                                          gint64         unit_id);
/* Hides the banner: the record is ours. */
void        hd_owner_banner_clear        (HdOwnerBanner *self);
/* TRUE while the shown record is another office's. */
gboolean    hd_owner_banner_get_foreign  (HdOwnerBanner *self);
/* The banner's text, NULL while hidden. */
const char *hd_owner_banner_get_text     (HdOwnerBanner *self);

/* The banner's text for the office named @office_name. */
char       *hd_owner_banner_format       (const char    *office_name);

G_END_DECLS
