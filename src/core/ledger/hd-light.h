/* hd-light.h — the deadline warning lights (红黄绿灯) of rectification tasks: one pure function,
 * used by the ledger, the statistics and the printed forms alike (and by SQL, as hd_light()). */
#pragma once

#include <sqlite3.h>
#include <glib.h>

#include "store/hd-enum.h"

G_BEGIN_DECLS

typedef enum {
  HD_LIGHT_RED,           /* not closed, past its deadline */
  HD_LIGHT_YELLOW,        /* not closed, due within the warning days */
  HD_LIGHT_GREEN,         /* not closed, on track */
  HD_LIGHT_CLOSED,        /* closed on or before the deadline */
  HD_LIGHT_CLOSED_LATE,   /* closed after the deadline */
} HdLight;

#define HD_LIGHT_N_LIGHTS (HD_LIGHT_CLOSED_LATE + 1)
/* Supervision systems warn this many days ahead unless the office sets another number. */
#define HD_LIGHT_DEFAULT_WARNING_DAYS 3

/* @deadline: the task's deadline or, for a long-term task, its next review date; NULL when it
 * has none (a long-term task without a coming review), which is green until closed and counts as
 * closed on time. @closed: the closing date, NULL while open. */
HdLight      hd_light_compute        (const GDate *deadline,
                                      const GDate *closed,
                                      const GDate *today,
                                      guint        warning_days);
/* The same on ISO dates ("2014-09-30"; NULL or "" for none), as stored. */
HdLight      hd_light_compute_iso    (const char  *deadline,
                                      const char  *closed,
                                      const char  *today,
                                      guint        warning_days);
/* The stable token ("red" …), back, and the translated word shown beside the mark ("红灯 逾期"). */
HD_DECLARE_ENUM_FUNCS (HdLight, hd_light)
/* Registers hd_light(deadline, closed, today, warning_days) → the light's number on @db. */
gboolean     hd_light_register_sql   (sqlite3     *db);

G_END_DECLS
