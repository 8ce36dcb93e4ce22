/* hd-uuid.h — stable record identifiers, exchanged between offices. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *hd_uuid_new            (void);
/* A version-7 UUID (RFC 9562) whose time field is a fixed day plus @sequence milliseconds and
 * whose other bits come from @rand: reproducible, and in the order they are made, so that bulk
 * writes append to the UUID indexes instead of scattering over them. */
char *hd_uuid_new_ordered    (GRand   *rand,
                              guint64  sequence);

G_END_DECLS
