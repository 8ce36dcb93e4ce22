/* hd-application.h — the application: options, settings, app actions, the store it opens. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_APPLICATION (hd_application_get_type ())
G_DECLARE_FINAL_TYPE (HdApplication, hd_application, HD, APPLICATION, GtkApplication)

HdApplication *hd_application_new          (void);

/* The database to open (by default hd_store_default_path()); set by --db. */
const char    *hd_application_get_db_path  (HdApplication *self);
void           hd_application_set_db_path  (HdApplication *self,
                                            const char    *path);
/* NULL until the store has been opened. */
HdContext     *hd_application_get_context  (HdApplication *self);
/* TRUE while the daily backup copy is being written in its worker thread. */
gboolean       hd_application_get_backup_running (HdApplication *self);

G_END_DECLS
