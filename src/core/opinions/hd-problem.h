/* hd-problem.h — problems found (查摆问题): one or more opinions sorted into a problem of a unit
 * (and optionally of one person), which rectification tasks then address. */
#pragma once

#include "opinions/hd-opinion.h"

G_BEGIN_DECLS

#define HD_PROBLEM_ERROR (hd_problem_error_quark ())

typedef enum {
  HD_PROBLEM_ERROR_INVALID,
  HD_PROBLEM_ERROR_NOT_FOUND,
} HdProblemError;

GQuark       hd_problem_error_quark      (void);

#define HD_TYPE_PROBLEM (hd_problem_get_type ())
G_DECLARE_FINAL_TYPE (HdProblem, hd_problem, HD, PROBLEM, HdRecord)

HdProblem   *hd_problem_load             (HdStore    *store,
                                          gint64      id,
                                          GError    **error);
gint64       hd_problem_get_id           (HdProblem  *self);
gint64       hd_problem_get_unit_id      (HdProblem  *self);
gint64       hd_problem_get_person_id    (HdProblem  *self);   /* 0: the unit's team as a whole */
HdCategory   hd_problem_get_category     (HdProblem  *self);
const char  *hd_problem_get_summary      (HdProblem  *self);
const char  *hd_problem_get_found        (HdProblem  *self);   /* ISO date */
/* As read with the problem: how many opinions are linked to it, how many tasks name it. */
guint        hd_problem_get_n_opinions   (HdProblem  *self);
guint        hd_problem_get_n_tasks      (HdProblem  *self);

typedef struct {
  gint64       unit_id;
  gint64       person_id;   /* 0: none */
  HdCategory   category;
  const char  *summary;
  const char  *found;       /* ISO date, not after today */
} HdProblemFields;

/* Checks @fields as every write of a problem does: a summary, a found day not after @today, the
 * unit and the person (if any) there. */
gboolean     hd_problem_fields_validate  (HdStore               *store,
                                          const HdProblemFields *fields,
                                          const GDate           *today,
                                          GError               **error);

/* Makes one problem of the opinions @opinion_ids (at least one): each becomes "turned into a
 * problem" and keeps its link to the problem. One edit. Returns the problem's id, or 0. */
gint64       hd_problem_merge            (HdStore               *store,
                                          HdHistory             *history,
                                          const HdProblemFields *fields,
                                          const gint64          *opinion_ids,
                                          guint                  n_opinions,
                                          const GDate           *today,
                                          GError               **error);
gboolean     hd_problem_update           (HdStore               *store,
                                          HdHistory             *history,
                                          gint64                 id,
                                          const HdProblemFields *fields,
                                          const GDate           *today,
                                          GError               **error);
/* Its opinions go back to "sorted" and tasks that named it keep their own text of it. */
gboolean     hd_problem_delete           (HdStore               *store,
                                          HdHistory             *history,
                                          gint64                 id,
                                          GError               **error);
/* Takes @opinion_ids (at least one, each linked to the problem) out of the problem: they go
 * back to "sorted" (they were sorted once; a clerk sorts them anew or merges them elsewhere).
 * One edit. The problem stays, even with no opinion left. */
gboolean     hd_problem_unlink_opinions  (HdStore               *store,
                                          HdHistory             *history,
                                          gint64                 id,
                                          const gint64          *opinion_ids,
                                          guint                  n_opinions,
                                          GError               **error);
/* The same write inside a larger edit (a problem newly found in a look-back round), with @fields
 * validated by the caller: the new problem's id, or 0. */
gint64       hd_problem_insert           (HdEdit                *edit,
                                          const HdProblemFields *fields,
                                          GError               **error);
/* The problems of @unit_id's subtree (0: every unit), unit by unit in the tree's order and the
 * latest found first within a unit, as HdProblem read on demand (see hd-query-model.h). */
HdQueryModel *hd_problem_list_new        (HdStore               *store,
                                          gint64                 unit_id,
                                          GError               **error);
/* The opinions the problem came from (HdOpinion), oldest first. */
GListModel  *hd_problem_list_opinions    (HdStore               *store,
                                          gint64                 id,
                                          GError               **error);

G_END_DECLS
