/* hd-package-kinds.c — every kind of record a package carries: its element, its table, its
 * fields and the columns that keep them, and who owns it. The schema in data/ lists the same
 * fields in the same order (a test checks the packages the store makes against it). */
#include "exchange/hd-package-private.h"

#define UUID { "uuid", TRUE, "uuid", HD_VALUE_TEXT }
#define TEXT(name, column) { name, TRUE, column, HD_VALUE_TEXT }
#define TEXT_OPTIONAL(name, column) { name, FALSE, column, HD_VALUE_TEXT }
#define SECRET(name, column) { name, FALSE, column, HD_VALUE_TEXT, 0, NULL, TRUE }
#define SECRET_NOT_EMPTY(name, column) { name, FALSE, column, HD_VALUE_TEXT, 0, NULL, TRUE, TRUE }
#define INTEGER(name, column) { name, TRUE, column, HD_VALUE_INTEGER }
#define BOOLEAN(name, column) { name, TRUE, column, HD_VALUE_BOOLEAN }
#define CHOICE(name, column, tokens) { name, TRUE, column, HD_VALUE_CHOICE, 0, tokens }
#define REF(name, column, kind) { name, TRUE, column, HD_VALUE_REFERENCE, kind }
#define REF_OPTIONAL(name, column, kind) { name, FALSE, column, HD_VALUE_REFERENCE, kind }
#define END { NULL }

static const char * const genders[] = { "unknown", "male", "female", NULL };
static const char * const team_roles[] = { "principal", "member", NULL };
static const char * const group_roles[] = { "leader", "member", NULL };

static const HdPackageField unit_fields[] = {
  UUID, REF_OPTIONAL ("parent", "parent_id", HD_PACKAGE_UNIT), TEXT ("kind", "kind"),
  TEXT ("name", "name"), TEXT_OPTIONAL ("code", "code"), INTEGER ("position", "position"), END,
};
static const HdPackageField person_fields[] = {
  UUID, REF ("unit", "unit_id", HD_PACKAGE_UNIT), TEXT ("name", "name"),
  CHOICE ("gender", "gender", genders), TEXT ("title", "title"),
  BOOLEAN ("party-member", "party_member"), TEXT ("phone", "phone"),
  INTEGER ("position", "position"), END,
};
static const HdPackageField team_member_fields[] = {
  UUID, REF ("unit", "unit_id", HD_PACKAGE_UNIT), REF ("person", "person_id", HD_PACKAGE_PERSON),
  CHOICE ("role", "role", team_roles), INTEGER ("position", "position"), END,
};
static const HdPackageField oversight_fields[] = {
  UUID, REF ("member", "member_id", HD_PACKAGE_TEAM_MEMBER),
  REF ("department", "department_id", HD_PACKAGE_UNIT), END,
};
static const HdPackageField contact_point_fields[] = {
  UUID, REF ("leader", "leader_id", HD_PACKAGE_PERSON), REF ("unit", "unit_id", HD_PACKAGE_UNIT),
  END,
};
static const HdPackageField supervision_group_fields[] = {
  UUID, REF ("unit", "unit_id", HD_PACKAGE_UNIT), TEXT ("name", "name"),
  INTEGER ("position", "position"), END,
};
static const HdPackageField supervision_member_fields[] = {
  UUID, REF ("group", "group_id", HD_PACKAGE_SUPERVISION_GROUP),
  REF ("person", "person_id", HD_PACKAGE_PERSON), CHOICE ("role", "role", group_roles),
  INTEGER ("position", "position"), END,
};
static const HdPackageField supervision_assignment_fields[] = {
  UUID, REF ("group", "group_id", HD_PACKAGE_SUPERVISION_GROUP),
  REF ("unit", "unit_id", HD_PACKAGE_UNIT), END,
};
static const HdPackageField problem_fields[] = {
  UUID, REF ("unit", "unit_id", HD_PACKAGE_UNIT),
  REF_OPTIONAL ("person", "person_id", HD_PACKAGE_PERSON), TEXT ("category", "category"),
  TEXT ("summary", "summary"), TEXT ("found", "found"), END,
};
static const HdPackageField opinion_fields[] = {
  UUID, TEXT ("channel", "channel"), TEXT ("received", "received"),
  REF ("unit", "unit_id", HD_PACKAGE_UNIT), REF_OPTIONAL ("person", "person_id", HD_PACKAGE_PERSON),
  TEXT ("category", "category"), TEXT ("content", "content"), TEXT ("status", "status"),
  REF_OPTIONAL ("problem", "problem_id", HD_PACKAGE_PROBLEM), END,
};
static const HdPackageField task_fields[] = {
  UUID, REF ("unit", "unit_id", HD_PACKAGE_UNIT), INTEGER ("number", "number"),
  TEXT ("plan", "plan"), TEXT_OPTIONAL ("rule-action", "rule_action"), TEXT ("kind", "kind"),
  TEXT ("problem", "problem"), REF_OPTIONAL ("problem-record", "problem_id", HD_PACKAGE_PROBLEM),
  TEXT ("source", "source"), TEXT ("goal", "goal"), TEXT ("measures", "measures"),
  TEXT ("leader", "leader"), TEXT ("person", "person"), TEXT_OPTIONAL ("deadline", "deadline"),
  TEXT ("result", "result"), TEXT_OPTIONAL ("verdict", "verdict"),
  TEXT_OPTIONAL ("closed", "closed"), TEXT_OPTIONAL ("reopened", "reopened"), END,
};
static const HdPackageField task_review_fields[] = {
  UUID, REF ("task", "task_id", HD_PACKAGE_TASK), TEXT ("date", "date"), END,
};
static const HdPackageField task_progress_fields[] = {
  UUID, REF ("task", "task_id", HD_PACKAGE_TASK), TEXT ("date", "date"), TEXT ("text", "text"),
  TEXT ("operator", "operator"), END,
};
static const HdPackageField notice_fields[] = {
  UUID, REF ("unit", "unit_id", HD_PACKAGE_UNIT), TEXT ("office", "office"),
  INTEGER ("year", "year"), INTEGER ("serial", "serial"), TEXT ("issued", "issued"),
  TEXT ("reply-by", "reply_by"), TEXT_OPTIONAL ("withdrawn", "withdrawn"),
  TEXT ("withdrawal", "withdrawal"), END,
};
static const HdPackageField notice_task_fields[] = {
  UUID, REF ("notice", "notice_id", HD_PACKAGE_NOTICE), REF ("task", "task_id", HD_PACKAGE_TASK),
  END,
};
static const HdPackageField notice_reminder_fields[] = {
  UUID, REF ("notice", "notice_id", HD_PACKAGE_NOTICE), TEXT ("date", "date"),
  TEXT ("note", "note"), TEXT ("operator", "operator"), END,
};
/* The reply to a notice is the addressed office's, the notice the issuer's: the reply travels
 * up on its own, named by the notice's uuid. */
static const HdPackageField notice_reply_fields[] = {
  UUID, TEXT_OPTIONAL ("replied", "replied"), TEXT ("reply", "reply"),
  TEXT ("replier", "replier"), END,
};
static const HdPackageField lookback_round_fields[] = {
  UUID, TEXT ("name", "name"), REF ("unit", "unit_id", HD_PACKAGE_UNIT), TEXT ("plans", "plans"),
  TEXT ("opened", "opened"), TEXT_OPTIONAL ("closed", "closed"), END,
};
static const HdPackageField lookback_item_fields[] = {
  UUID, REF ("round", "round_id", HD_PACKAGE_LOOKBACK_ROUND),
  REF ("task", "task_id", HD_PACKAGE_TASK), TEXT ("proposed", "proposed"),
  TEXT_OPTIONAL ("outcome", "outcome"), TEXT ("note", "note"),
  TEXT_OPTIONAL ("new-deadline", "new_deadline"),
  REF_OPTIONAL ("new-task", "new_task_id", HD_PACKAGE_TASK), END,
};
static const HdPackageField lookback_review_fields[] = {
  UUID, REF ("round", "round_id", HD_PACKAGE_LOOKBACK_ROUND),
  REF ("unit", "unit_id", HD_PACKAGE_UNIT), TEXT ("point", "point"), TEXT ("finding", "finding"),
  TEXT ("note", "note"), END,
};
static const HdPackageField accountability_fields[] = {
  UUID, REF ("unit", "unit_id", HD_PACKAGE_UNIT),
  REF_OPTIONAL ("person", "person_id", HD_PACKAGE_PERSON), TEXT ("measure", "measure"),
  SECRET_NOT_EMPTY ("reason", "reason"), TEXT ("date", "date"), TEXT ("decided-by", "decided_by"), END,
};
static const HdPackageField accountability_link_fields[] = {
  UUID, REF ("accountability", "accountability_id", HD_PACKAGE_ACCOUNTABILITY),
  REF_OPTIONAL ("task", "task_id", HD_PACKAGE_TASK),
  REF_OPTIONAL ("notice", "notice_id", HD_PACKAGE_NOTICE), END,
};
static const HdPackageField meeting_fields[] = {
  UUID, REF ("unit", "unit_id", HD_PACKAGE_UNIT), TEXT ("kind", "kind"), TEXT ("date", "date"),
  TEXT ("prepare-from", "prepare_from"), TEXT ("place", "place"),
  TEXT_OPTIONAL ("informed", "informed"), END,
};
static const HdPackageField talk_fields[] = {
  UUID, REF ("unit", "unit_id", HD_PACKAGE_UNIT),
  REF_OPTIONAL ("meeting", "meeting_id", HD_PACKAGE_MEETING), TEXT ("date", "date"),
  TEXT ("place", "place"), REF ("initiator", "initiator_id", HD_PACKAGE_PERSON),
  REF_OPTIONAL ("recorder", "recorder_id", HD_PACKAGE_PERSON), INTEGER ("topics", "topics"),
  SECRET ("content", "content"), SECRET ("commitments", "commitments"), END,
};
static const HdPackageField talk_person_fields[] = {
  UUID, REF ("talk", "talk_id", HD_PACKAGE_TALK), REF ("person", "person_id", HD_PACKAGE_PERSON),
  END,
};
static const HdPackageField meeting_material_fields[] = {
  UUID, REF ("meeting", "meeting_id", HD_PACKAGE_MEETING),
  REF ("person", "person_id", HD_PACKAGE_PERSON), TEXT ("received", "received"),
  TEXT ("reviewer", "reviewer"), END,
};
static const HdPackageField meeting_person_fields[] = {
  UUID, REF ("meeting", "meeting_id", HD_PACKAGE_MEETING),
  REF ("person", "person_id", HD_PACKAGE_PERSON), TEXT ("presence", "presence"),
  TEXT ("reason", "reason"), END,
};
static const HdPackageField meeting_criticism_fields[] = {
  UUID, REF ("meeting", "meeting_id", HD_PACKAGE_MEETING),
  REF ("critic", "critic_id", HD_PACKAGE_PERSON), REF ("target", "target_id", HD_PACKAGE_PERSON),
  SECRET_NOT_EMPTY ("content", "content"), END,
};
static const HdPackageField meeting_measure_fields[] = {
  UUID, REF ("meeting", "meeting_id", HD_PACKAGE_MEETING), TEXT ("problem", "problem"),
  TEXT ("measures", "measures"), REF ("leader", "leader_id", HD_PACKAGE_PERSON),
  REF_OPTIONAL ("task", "task_id", HD_PACKAGE_TASK), END,
};
/* A deletion's two fields are attributes. */
static const HdPackageField deleted_fields[] = {
  { "kind", TRUE, NULL, HD_VALUE_TEXT }, { "uuid", TRUE, NULL, HD_VALUE_TEXT }, END,
};

#define SUBTREE(token, table, fields) { token, table, fields, HD_OWNER_SUBTREE, "unit" }
#define ISSUED(token, table, fields) { token, table, fields, HD_OWNER_ISSUED, "unit" }
#define PARENT(token, table, fields, field) { token, table, fields, HD_OWNER_PARENT, field }

static const HdPackageKindInfo kinds[HD_PACKAGE_N_KINDS] = {
  [HD_PACKAGE_UNIT] = { "unit", "unit", unit_fields, HD_OWNER_SUBTREE, NULL },
  [HD_PACKAGE_PERSON] = SUBTREE ("person", "person", person_fields),
  [HD_PACKAGE_TEAM_MEMBER] = SUBTREE ("team-member", "team_member", team_member_fields),
  [HD_PACKAGE_OVERSIGHT] = PARENT ("oversight", "oversight", oversight_fields, "member"),
  /* A leader's contact point is his office's, wherever the unit he keeps in touch with lies. */
  [HD_PACKAGE_CONTACT_POINT] = PARENT ("contact-point", "contact_point", contact_point_fields,
                                       "leader"),
  [HD_PACKAGE_SUPERVISION_GROUP] = SUBTREE ("supervision-group", "supervision_group",
                                            supervision_group_fields),
  [HD_PACKAGE_SUPERVISION_MEMBER] = PARENT ("supervision-member", "supervision_member",
                                            supervision_member_fields, "group"),
  [HD_PACKAGE_SUPERVISION_ASSIGNMENT] = PARENT ("supervision-assignment", "supervision_assignment",
                                                supervision_assignment_fields, "group"),
  [HD_PACKAGE_PROBLEM] = SUBTREE ("problem", "problem", problem_fields),
  [HD_PACKAGE_OPINION] = SUBTREE ("opinion", "opinion", opinion_fields),
  [HD_PACKAGE_TASK] = SUBTREE ("task", "task", task_fields),
  [HD_PACKAGE_TASK_REVIEW] = PARENT ("task-review", "task_review", task_review_fields, "task"),
  [HD_PACKAGE_TASK_PROGRESS] = PARENT ("task-progress", "task_progress", task_progress_fields,
                                       "task"),
  [HD_PACKAGE_NOTICE] = ISSUED ("notice", "notice", notice_fields),
  [HD_PACKAGE_NOTICE_TASK] = PARENT ("notice-task", "notice_task", notice_task_fields, "notice"),
  [HD_PACKAGE_NOTICE_REMINDER] = PARENT ("notice-reminder", "notice_reminder",
                                         notice_reminder_fields, "notice"),
  /* Owned by the office of the notice's unit: see hd-exchange-scope.c. */
  [HD_PACKAGE_NOTICE_REPLY] = { "notice-reply", "notice", notice_reply_fields, HD_OWNER_SUBTREE,
                                "unit" },
  [HD_PACKAGE_LOOKBACK_ROUND] = ISSUED ("lookback-round", "lookback_round", lookback_round_fields),
  [HD_PACKAGE_LOOKBACK_ITEM] = PARENT ("lookback-item", "lookback_item", lookback_item_fields,
                                       "round"),
  [HD_PACKAGE_LOOKBACK_REVIEW] = PARENT ("lookback-review", "lookback_review",
                                         lookback_review_fields, "round"),
  [HD_PACKAGE_ACCOUNTABILITY] = ISSUED ("accountability", "accountability", accountability_fields),
  [HD_PACKAGE_ACCOUNTABILITY_LINK] = PARENT ("accountability-link", "accountability_link",
                                             accountability_link_fields, "accountability"),
  [HD_PACKAGE_MEETING] = SUBTREE ("meeting", "meeting", meeting_fields),
  [HD_PACKAGE_TALK] = SUBTREE ("talk", "talk", talk_fields),
  [HD_PACKAGE_TALK_PERSON] = PARENT ("talk-person", "talk_person", talk_person_fields, "talk"),
  [HD_PACKAGE_MEETING_MATERIAL] = PARENT ("meeting-material", "meeting_material",
                                          meeting_material_fields, "meeting"),
  [HD_PACKAGE_MEETING_PERSON] = PARENT ("meeting-person", "meeting_person", meeting_person_fields,
                                        "meeting"),
  [HD_PACKAGE_MEETING_CRITICISM] = PARENT ("meeting-criticism", "meeting_criticism",
                                           meeting_criticism_fields, "meeting"),
  [HD_PACKAGE_MEETING_MEASURE] = PARENT ("meeting-measure", "meeting_measure",
                                         meeting_measure_fields, "meeting"),
  [HD_PACKAGE_DELETED] = { "deleted", NULL, deleted_fields, HD_OWNER_SUBTREE, NULL },
};

const HdPackageKindInfo *
hd_package_kind_info (HdPackageKind kind)
{
  g_return_val_if_fail (kind < HD_PACKAGE_N_KINDS, NULL);
  return &kinds[kind];
}

const HdPackageField *
hd_package_kind_field (HdPackageKind  kind,
                       const char    *name)
{
  for (const HdPackageField *f = hd_package_kind_info (kind)->fields; f->name != NULL; f++)
    if (g_str_equal (f->name, name))
      return f;
  return NULL;
}

const HdPackageField *
hd_package_fields (HdPackageKind kind)
{
  return hd_package_kind_info (kind)->fields;
}
