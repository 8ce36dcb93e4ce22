/* hd-schema.h — the ordered schema migrations. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The schema version this build writes; migration i takes version i to version i + 1. */
int          hd_schema_get_current_version (void);
const char  *hd_schema_get_migration       (int from_version);

G_END_DECLS
