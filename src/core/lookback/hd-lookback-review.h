/* hd-lookback-review.h — the six-point review of a look-back round (回头看 六个方面): for each
 * leadership team's unit in the round's scope, a finding per point of the central office's notice;
 * a village or community reviews its own measures instead, one point. */
#pragma once

#include "store/hd-edit.h"
#include "store/hd-enum.h"

G_BEGIN_DECLS

typedef enum {
  HD_REVIEW_POINT_STUDY,           /* 学习教育 */
  HD_REVIEW_POINT_PLAN,            /* 整改方案 */
  HD_REVIEW_POINT_SPECIAL,         /* 专项整治 */
  HD_REVIEW_POINT_INSTITUTION,     /* 制度建设 */
  HD_REVIEW_POINT_LINKED,          /* 上下联动 */
  HD_REVIEW_POINT_RESPONSIBILITY,  /* 责任落实 */
  HD_REVIEW_POINT_OWN_MEASURES,    /* a village's or community's own measures */
} HdReviewPoint;

#define HD_REVIEW_N_POINTS (HD_REVIEW_POINT_OWN_MEASURES + 1)
/* The points of a leadership team above the villages: the first six. */
#define HD_REVIEW_N_TEAM_POINTS HD_REVIEW_POINT_OWN_MEASURES

typedef enum {
  HD_REVIEW_DONE,       /* 到位 */
  HD_REVIEW_PARTLY,     /* 基本到位 */
  HD_REVIEW_NOT_DONE,   /* 不到位 */
} HdReviewFinding;

#define HD_REVIEW_N_FINDINGS (HD_REVIEW_NOT_DONE + 1)

HD_DECLARE_ENUM_FUNCS (HdReviewPoint, hd_review_point)
HD_DECLARE_ENUM_FUNCS (HdReviewFinding, hd_review_finding)

/* The points unit @unit_id reviews: the six, or its own measures for a village or community.
 * Fills @points (room for HD_REVIEW_N_TEAM_POINTS) and returns how many; 0 with the reason when
 * the unit is gone. */
guint        hd_review_points_for_unit   (HdStore          *store,
                                          gint64            unit_id,
                                          HdReviewPoint    *points,
                                          GError          **error);

/* Records (or changes) the finding of @point for @unit_id in round @round_id, with @note: refused
 * when the round is closed, the unit is not in its scope, or the point is not one the unit
 * reviews. An undoable edit. */
gboolean     hd_review_set               (HdStore          *store,
                                          HdHistory        *history,
                                          gint64            round_id,
                                          gint64            unit_id,
                                          HdReviewPoint     point,
                                          HdReviewFinding   finding,
                                          const char       *note,
                                          GError          **error);

/* The finding recorded for @point of @unit_id in round @round_id, and its note (a copy, when
 * @note is not NULL): FALSE (and *@finding and *@note untouched) when there is none yet. */
gboolean     hd_review_get               (HdStore          *store,
                                          gint64            round_id,
                                          gint64            unit_id,
                                          HdReviewPoint     point,
                                          HdReviewFinding  *finding,
                                          char            **note,
                                          GError          **error);

G_END_DECLS
