/* hd-application.h — the application: options, settings, app actions, the store it opens. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "hd-window.h"

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
/* Opens the database at @path in a new window (or presents the window that has it open).
 * With @create, makes a new database and refuses a file that exists; without, refuses a file
 * that does not. A file the store refuses is left untouched. */
HdWindow      *hd_application_open_database (HdApplication  *self,
                                             const char     *path,
                                             gboolean        create,
                                             GError        **error);
/* TRUE while the daily backup copy is being written in its worker thread. */
gboolean       hd_application_get_backup_running (HdApplication *self);

G_END_DECLS
