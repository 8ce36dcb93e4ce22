/* hd-accountability-record.h — an accountability record (问责) as the Look-back area lists it:
 * the unit and the person, the measure, the reason, the day, who decided, and how many tasks and
 * notices it concerns. Confidential: only the area reads these.
 */
#pragma once

#include "lookback/hd-accountability.h"
#include "model/hd-query-model.h"
#include "store/hd-record.h"

G_BEGIN_DECLS

#define HD_TYPE_ACCOUNTABILITY_RECORD (hd_accountability_record_get_type ())
G_DECLARE_FINAL_TYPE (HdAccountabilityRecord, hd_accountability_record, HD, ACCOUNTABILITY_RECORD, HdRecord)

HdAccountabilityRecord *hd_accountability_record_load     (HdStore                 *store,
                                                           gint64                   id,
                                                           GError                 **error);

gint64        hd_accountability_record_get_id          (HdAccountabilityRecord *self);
gint64        hd_accountability_record_get_unit_id     (HdAccountabilityRecord *self);
gint64        hd_accountability_record_get_person_id   (HdAccountabilityRecord *self);   /* 0: the unit */
const char   *hd_accountability_record_get_person_name (HdAccountabilityRecord *self);   /* "" for the unit */
HdEscalation  hd_accountability_record_get_measure     (HdAccountabilityRecord *self);
const char   *hd_accountability_record_get_reason      (HdAccountabilityRecord *self);
const char   *hd_accountability_record_get_date        (HdAccountabilityRecord *self);   /* ISO */
const char   *hd_accountability_record_get_decided_by  (HdAccountabilityRecord *self);
guint         hd_accountability_record_get_n_tasks     (HdAccountabilityRecord *self);
guint         hd_accountability_record_get_n_notices   (HdAccountabilityRecord *self);

/* The records of @unit_id's subtree (0: all), the newest first, read lazily. */
HdQueryModel *hd_accountability_list_new               (HdStore                 *store,
                                                        gint64                   unit_id,
                                                        GError                 **error);

G_END_DECLS
