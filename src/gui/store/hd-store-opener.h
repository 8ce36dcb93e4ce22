/* hd-store-opener.h — opening a database in a worker, for the opens that may take long: an update
 * of its data format, or a backup copy restored into it first. Each step shows in a progress
 * window. */
#pragma once

#include <gio/gio.h>

#include "store/hd-progress-window.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

/* Restores @copy (a path as hd_backup_list gives, or NULL) into the database at @path, then opens
 * it, reporting the steps in @progress (which may be closed meanwhile). */
void      hd_store_opener_run     (const char           *path,
                                   const char           *copy,
                                   HdProgressWindow     *progress,
                                   GAsyncReadyCallback   callback,
                                   gpointer              user_data);
/* The open store; for a restore, the copy kept of the database as it was in @kept_copy. */
HdStore  *hd_store_opener_finish  (GAsyncResult         *result,
                                   char                **kept_copy,
                                   GError              **error);

G_END_DECLS
