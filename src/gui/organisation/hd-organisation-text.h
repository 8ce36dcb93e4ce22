/* hd-organisation-text.h — the sentences the Organisation area shows, built without a display
 * so that tests can check them. */
#pragma once

#include <gio/gio.h>

#include "organisation/hd-person.h"
#include "organisation/hd-team.h"
#include "organisation/hd-unit.h"

G_BEGIN_DECLS

/* "教育局（负责人：张三）", or the department alone with "no head recorded". */
char *hd_organisation_text_oversight        (const HdOversight *oversight);
/* "分管：教育局（负责人：张三）；财政局（负责人：李四）"; NULL when @oversights is empty. */
char *hd_organisation_text_oversights       (GPtrArray         *oversights);
/* "乡镇 · 代码 330102"; the code part only when there is one. */
char *hd_organisation_text_unit_summary     (HdUnit            *unit);
/* "县委书记 · 某县" — a person's title and unit, either part only when known. */
char *hd_organisation_text_person_subtitle  (HdPerson          *person);
/* "组长：张三" or "No group leader recorded". */
char *hd_organisation_text_group_leader     (HdPerson          *leader);
/* "成员：张三、李四"; NULL when @members (of HdPerson) is empty. */
char *hd_organisation_text_group_members    (GListModel        *members);
/* "Principal leader · 党委书记" for the principal leader, the title alone for a member. */
char *hd_organisation_text_team_detail      (HdTeamRole         role,
                                             const char        *title);
/* "12 people". */
char *hd_organisation_text_n_people         (guint              n_people);
/* "是" / "" — the roster's party-member column. */
const char *hd_organisation_text_party_member (gboolean         party_member);

G_END_DECLS
