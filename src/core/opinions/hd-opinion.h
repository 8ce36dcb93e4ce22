/* hd-opinion.h — opinions and suggestions (意见建议) collected from the masses, and their list.
 *
 * Every write is one edit (durable, logged, undoable; see hd-edit.h). Dates are ISO; what a clerk
 * typed is parsed by the caller (hd_date_parse_typed).
 */
#pragma once

#include "model/hd-query-model.h"
#include "store/hd-edit.h"
#include "store/hd-enum.h"
#include "store/hd-record.h"

G_BEGIN_DECLS

typedef enum {
  HD_OPINION_CHANNEL_APPRAISAL,      /* 民主评议 */
  HD_OPINION_CHANNEL_FORUM,          /* 座谈会 */
  HD_OPINION_CHANNEL_QUESTIONNAIRE,  /* 问卷调查 */
  HD_OPINION_CHANNEL_BOX,            /* 意见箱 */
  HD_OPINION_CHANNEL_HOTLINE,        /* 热线电话 */
  HD_OPINION_CHANNEL_VISIT,          /* 走访 */
  HD_OPINION_CHANNEL_PETITION,       /* 信访 */
  HD_OPINION_CHANNEL_ONLINE,         /* 网络 */
  HD_OPINION_CHANNEL_OTHER,          /* 其他 */
} HdOpinionChannel;

#define HD_OPINION_N_CHANNELS (HD_OPINION_CHANNEL_OTHER + 1)

/* How opinions and problems are sorted: the four winds, and two more the campaign tracks. */
typedef enum {
  HD_CATEGORY_FORMALISM,         /* 形式主义 */
  HD_CATEGORY_BUREAUCRATISM,     /* 官僚主义 */
  HD_CATEGORY_HEDONISM,          /* 享乐主义 */
  HD_CATEGORY_EXTRAVAGANCE,      /* 奢靡之风 */
  HD_CATEGORY_VITAL_INTERESTS,   /* 群众切身利益 */
  HD_CATEGORY_SERVING_MASSES,    /* 联系服务群众不到位 */
  HD_CATEGORY_OTHER,             /* 其他 */
} HdCategory;

#define HD_N_CATEGORIES (HD_CATEGORY_OTHER + 1)

typedef enum {
  HD_OPINION_STATUS_RECEIVED,
  HD_OPINION_STATUS_SORTED,
  HD_OPINION_STATUS_PROBLEM,     /* turned into a problem (hd_problem_merge) */
  HD_OPINION_STATUS_ANSWERED,
  HD_OPINION_STATUS_CLOSED,
} HdOpinionStatus;

#define HD_OPINION_N_STATUSES (HD_OPINION_STATUS_CLOSED + 1)

/* Stable tokens as stored ("hotline"), back (FALSE for an unknown token), and translated labels. */
HD_DECLARE_ENUM_FUNCS (HdOpinionChannel, hd_opinion_channel)
HD_DECLARE_ENUM_FUNCS (HdCategory, hd_category)
HD_DECLARE_ENUM_FUNCS (HdOpinionStatus, hd_opinion_status)

#define HD_OPINION_ERROR (hd_opinion_error_quark ())

typedef enum {
  HD_OPINION_ERROR_INVALID,     /* with what to enter instead */
  HD_OPINION_ERROR_NOT_FOUND,
} HdOpinionError;

GQuark       hd_opinion_error_quark         (void);

#define HD_TYPE_OPINION (hd_opinion_get_type ())
G_DECLARE_FINAL_TYPE (HdOpinion, hd_opinion, HD, OPINION, HdRecord)

HdOpinion       *hd_opinion_load            (HdStore    *store,
                                             gint64      id,
                                             GError    **error);
gint64           hd_opinion_get_id          (HdOpinion  *self);
HdOpinionChannel hd_opinion_get_channel     (HdOpinion  *self);
const char      *hd_opinion_get_received    (HdOpinion  *self);   /* ISO */
gint64           hd_opinion_get_unit_id     (HdOpinion  *self);
gint64           hd_opinion_get_person_id   (HdOpinion  *self);   /* 0: nobody in particular */
HdCategory       hd_opinion_get_category    (HdOpinion  *self);
const char      *hd_opinion_get_content     (HdOpinion  *self);
HdOpinionStatus  hd_opinion_get_status      (HdOpinion  *self);
gint64           hd_opinion_get_problem_id  (HdOpinion  *self);   /* 0: none */

typedef struct {
  HdOpinionChannel  channel;
  const char       *received;    /* ISO date, not after today */
  gint64            unit_id;
  gint64            person_id;   /* 0: nobody in particular */
  HdCategory        category;
  const char       *content;
} HdOpinionFields;

/* Checks @fields against @today and the store; a translated, actionable error when not. */
gboolean  hd_opinion_fields_validate (HdStore               *store,
                                      const HdOpinionFields *fields,
                                      const GDate           *today,
                                      GError               **error);
/* A new opinion, status "received". Returns its id, or 0. */
gint64    hd_opinion_create          (HdStore               *store,
                                      HdHistory             *history,
                                      const HdOpinionFields *fields,
                                      const GDate           *today,
                                      GError               **error);
gint64    hd_opinion_insert          (HdEdit                *edit,
                                      const HdOpinionFields *fields,
                                      const GDate           *today,
                                      GError               **error);
/* Every field, and the status with it in the same edit (-1: keep it). The status "problem" is
 * only kept, never given (see hd_opinion_set_status). */
gboolean  hd_opinion_update          (HdStore               *store,
                                      HdHistory             *history,
                                      gint64                 id,
                                      const HdOpinionFields *fields,
                                      int                    status,
                                      const GDate           *today,
                                      GError               **error);
/* Any status but "problem", which only merging into a problem gives. */
gboolean  hd_opinion_set_status      (HdStore               *store,
                                      HdHistory             *history,
                                      gint64                 id,
                                      HdOpinionStatus        status,
                                      GError               **error);
gboolean  hd_opinion_delete          (HdStore               *store,
                                      HdHistory             *history,
                                      gint64                 id,
                                      GError               **error);
/* Deletes @ids (at least one) in one edit. A problem they were linked to stays, with the rest
 * of its opinions. */
gboolean  hd_opinion_delete_many     (HdStore               *store,
                                      HdHistory             *history,
                                      const gint64          *ids,
                                      guint                  n_ids,
                                      GError               **error);

/* What the list shows; hd_opinion_filter_init() sets "everything". */
typedef struct {
  gint64       unit_id;     /* the subtree of this unit; 0: every unit */
  int          channel;     /* an HdOpinionChannel, or -1 for any */
  int          category;    /* an HdCategory, or -1 */
  int          status;      /* an HdOpinionStatus, or -1 */
  const char  *from;        /* ISO, inclusive; NULL: open */
  const char  *to;          /* ISO, inclusive; NULL: open */
  const char  *text;        /* any part of the content; NULL or "": no search */
} HdOpinionFilter;

void          hd_opinion_filter_init (HdOpinionFilter       *filter);
/* The opinions that pass @filter, newest first, as HdOpinion read on demand (see
 * hd-query-model.h). A search for three characters or more in a large subtree comes newest
 * entered first instead, straight from the text index (see hd-opinion.c). */
HdQueryModel *hd_opinion_list_new    (HdStore               *store,
                                      const HdOpinionFilter *filter,
                                      GError               **error);
/* The same list as a statement whose first column is the opinion's id, for a reader that steps
 * through every row once (an export); the caller finalizes it. */
sqlite3_stmt *hd_opinion_list_prepare (HdStore               *store,
                                       const HdOpinionFilter *filter,
                                       GError               **error);

G_END_DECLS
