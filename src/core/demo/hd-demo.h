/* hd-demo.h — deterministic demo data: the documents' county, or a province of 100 of them. */
#pragma once

#include "store/hd-store.h"

G_BEGIN_DECLS

typedef enum {
  HD_DEMO_SCALE_COUNTY,
  HD_DEMO_SCALE_PROVINCE,
} HdDemoScale;

#define HD_DEMO_ERROR (hd_demo_error_quark ())

typedef enum {
  HD_DEMO_ERROR_NOT_EMPTY,
} HdDemoError;

GQuark       hd_demo_error_quark      (void);
gboolean     hd_demo_scale_from_string (const char  *token,
                                        HdDemoScale *scale);

/* Fills an empty database in one transaction, and writes one summary entry to the change log.
 * @today anchors dates of later issues' records (deadlines, meetings). Refuses a database that
 * already holds units, changing nothing. */
gboolean     hd_demo_generate         (HdStore     *store,
                                       HdDemoScale  scale,
                                       guint32      seed,
                                       GDate       *today,
                                       GError     **error);

G_END_DECLS
