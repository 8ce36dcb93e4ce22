/* hd-test-util.h — helpers shared by the test programs. */
#pragma once

#include <glib.h>

#include "store/hd-store.h"

G_BEGIN_DECLS

/* Removes @path and, for a folder, everything in it. */
void     hd_test_remove_tree     (const char *path);
/* A fresh temporary folder, removed with everything in it when the test ends. */
char    *hd_test_make_tmpdir     (void);
/* Opens (creating) "@name" inside @dir; fails the test on error. */
HdStore *hd_test_open_store      (const char *dir,
                                  const char *name);
/* Runs one SQL query that answers a single integer. */
gint64   hd_test_query_int       (HdStore    *store,
                                  const char *sql);

G_END_DECLS
