/* hd-uuid.h — stable record identifiers, exchanged between offices. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *hd_uuid_new            (void);
/* A version-4 UUID drawn from @rand, so that seeded demo data is reproducible. */
char *hd_uuid_new_from_rand  (GRand *rand);

G_END_DECLS
