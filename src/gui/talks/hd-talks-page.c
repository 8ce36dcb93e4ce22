/* hd-talks-page.c
 *
 * The matrix is a grid made anew whenever the team, the meeting or the database changes: the
 * team's people down the side (the principal leader first, then the members in the team's order),
 * the same people and then the heads of the departments they oversee across the top. Each
 * required pair has one cell, above the diagonal; the others stay empty.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-form-window.h"
#include "common/hd-template.h"
#include "common/hd-unit-button.h"
#include "forms/hd-form.h"
#include "print/hd-print-form.h"
#include "organisation/hd-person.h"
#include "organisation/hd-unit.h"
#include "store/hd-date.h"
#include "store/hd-read.h"
#include "talks/hd-meeting-forms.h"
#include "talks/hd-meeting-window.h"
#include "talks/hd-talk-form.h"
#include "talks/hd-talk.h"
#include "talks/hd-talks-page.h"
#include "talks/hd-team-coverage.h"

struct _HdTalksPage
{
  GtkWidget     parent_instance;

  HdContext    *context;
  gulong        history_handler;
  gint64        unit_id;
  GArray       *meetings;    /* HdMeetingInfo, as the drop-down lists them after "every conversation" */
  GArray       *pairs;       /* HdRequiredPair */
  GHashTable   *cells;       /* "a:b" → the cell's text */
  gboolean      updating;

  HdUnitButton *unit_button;
  GtkDropDown  *meeting_dropdown;
  GtkLabel     *counts_label;
  GtkLabel     *error_label;
  GtkGrid      *matrix;
  GtkLabel     *todo_label;
};

G_DEFINE_FINAL_TYPE (HdTalksPage, hd_talks_page, GTK_TYPE_WIDGET)

static gint64
meeting_id (HdTalksPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->meeting_dropdown);

  if (self->meetings == NULL || selected == GTK_INVALID_LIST_POSITION || selected == 0 || selected > self->meetings->len)
    return 0;
  return g_array_index (self->meetings, HdMeetingInfo, selected - 1).id;
}

static void
show_error (HdTalksPage *self,
            const char  *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
name_of (HdTalksPage *self,
         gint64       person)
{
  g_autoptr(HdPerson) loaded = hd_person_load (hd_context_get_store (self->context), person, NULL);

  return g_strdup (loaded != NULL ? hd_person_get_name (loaded) : "?");
}

/* "2、5": the numbers of the topics in @topics. */
static char *
topic_numbers (guint topics)
{
  g_autofree char *list = hd_coverage_format_topics (topics);
  g_auto(GStrv) numbers = g_strsplit (list, ",", -1);

  return g_strjoinv ("、", numbers);
}

static const char *
state_class (HdPairState state)
{
  return state == HD_PAIR_DONE ? "talk-done" : state == HD_PAIR_TOPICS_MISSING ? "talk-partial" : "talk-missing";
}

static int
index_of (GArray *ids,
          gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return (int) i;
  return -1;
}

static void
read_person_id (sqlite3_stmt *stmt,
                gpointer      data)
{
  gint64 id = sqlite3_column_int64 (stmt, 0);

  g_array_append_val ((GArray *) data, id);
}

/* ---- a cell's conversations ---- */

static void
new_for_pair_clicked (GtkButton   *button,
                      HdTalksPage *self)
{
  gint64 *pair = g_object_get_data (G_OBJECT (button), "hd-pair");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);

  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_window_present (GTK_WINDOW (hd_talk_form_new (hd_dialog_get_parent (GTK_WIDGET (self)), self->context,
                                                    self->unit_id, meeting_id (self), pair[0], pair[1])));
}

static HdDocument *
build_talk_record (HdStore              *store,
                   const HdFormOptions  *options,
                   gpointer              data,
                   GError              **error)
{
  return hd_form_talk_new (store, *(gint64 *) data, options, error);
}

static void
print_talk_clicked (GtkButton   *button,
                    HdTalksPage *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "hd-talk");
  const char *day = g_object_get_data (G_OBJECT (button), "hd-talk-day");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (button), GTK_TYPE_POPOVER);
  /* Translators: a talk record's proposed file and print job name: the form and the day. */
  g_autofree char *name = g_strdup_printf (_("Talk Record-%s"), day);

  hd_print_form (hd_dialog_get_parent (GTK_WIDGET (self)), self->context, FALSE, name, build_talk_record,
                 g_memdup2 (id, sizeof (gint64)), g_free);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
cell_clicked (GtkButton   *cell,
              HdTalksPage *self)
{
  gint64 *pair = g_object_get_data (G_OBJECT (cell), "hd-pair");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) talks = hd_talk_list_for_pair (hd_context_get_store (self->context), pair[0], pair[1],
                                                   meeting_id (self), &error);
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_New Conversation of This Pair…"));

  if (talks == NULL)
    {
      show_error (self, error->message);
      return;
    }
  if (talks->len == 0)
    gtk_box_append (GTK_BOX (box), gtk_label_new (_("No conversation yet.")));
  for (guint i = 0; i < talks->len; i++)
    {
      const HdTalkInfo *talk = &g_array_index (talks, HdTalkInfo, i);
      g_autofree char *day = NULL;
      g_autofree char *joined = topic_numbers (talk->topics);
      g_autofree char *line = NULL;
      g_autofree char *accessible = NULL;
      GDate date;
      GtkWidget *label, *print, *row;

      g_date_clear (&date, 1);
      day = hd_date_parse_iso (talk->date, &date) ? hd_date_format_display (&date) : g_strdup (talk->date);
      /* Translators: a conversation of a pair: its day and the numbers of the topics it covered. */
      line = g_strdup_printf (_("%s: topics %s"), day, *joined != '\0' ? joined : _("none"));
      label = gtk_label_new (line);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_set_hexpand (label, TRUE);
      print = gtk_button_new_with_label (_("Print Record…"));
      gtk_widget_set_tooltip_text (print, _("Print the conversation's record (谈心谈话记录表), marked confidential"));
      /* Translators: the accessible name of a conversation's Print button; %s is its day. */
      accessible = g_strdup_printf (_("Print the record of the conversation of %s"), day);
      gtk_accessible_update_property (GTK_ACCESSIBLE (print), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      g_object_set_data_full (G_OBJECT (print), "hd-talk", g_memdup2 (&talk->id, sizeof (gint64)), g_free);
      g_object_set_data_full (G_OBJECT (print), "hd-talk-day", g_strdup (talk->date), g_free);
      g_signal_connect (print, "clicked", G_CALLBACK (print_talk_clicked), self);
      row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_box_append (GTK_BOX (row), label);
      gtk_box_append (GTK_BOX (row), print);
      gtk_box_append (GTK_BOX (box), row);
    }
  g_object_set_data_full (G_OBJECT (button), "hd-pair", g_memdup2 (pair, 2 * sizeof (gint64)), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (new_for_pair_clicked), self);
  gtk_box_append (GTK_BOX (box), button);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_widget_set_parent (popover, GTK_WIDGET (cell));
  g_signal_connect (popover, "closed", G_CALLBACK (gtk_widget_unparent), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}

/* ---- the matrix ---- */

static GtkWidget *
name_label (HdTalksPage *self,
            gint64       person,
            gboolean     heading)
{
  g_autofree char *name = name_of (self, person);
  GtkWidget *label = gtk_label_new (name);

  gtk_label_set_xalign (GTK_LABEL (label), heading ? 0.5f : 0.0f);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static void
add_cell (HdTalksPage          *self,
          const HdRequiredPair *pair,
          int                   row,
          int                   column)
{
  g_autofree char *text = hd_coverage_dup_state_text (pair);
  g_autofree char *a = name_of (self, pair->a);
  g_autofree char *b = name_of (self, pair->b);
  g_autofree char *accessible = g_strdup_printf ("%s — %s: %s", a, b, text);
  GtkWidget *cell = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *mark = gtk_label_new (hd_coverage_state_mark (pair->state));
  gint64 ids[2] = { pair->a, pair->b };

  gtk_widget_add_css_class (mark, state_class (pair->state));
  gtk_accessible_update_state (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (GTK_BOX (box), mark);
  gtk_box_append (GTK_BOX (box), gtk_label_new (text));
  gtk_button_set_child (GTK_BUTTON (cell), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_tooltip_text (cell, accessible);
  g_object_set_data_full (G_OBJECT (cell), "hd-pair", g_memdup2 (ids, sizeof ids), g_free);
  g_signal_connect (cell, "clicked", G_CALLBACK (cell_clicked), self);
  gtk_grid_attach (self->matrix, cell, column + 1, row + 1, 1, 1);
  g_hash_table_insert (self->cells, g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, pair->a, pair->b),
                       g_steal_pointer (&text));
}

static void
rebuild (HdTalksPage *self)
{
  HdStore *store = hd_context_get_store (self->context);
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) columns = NULL;
  g_autoptr(GString) todo = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint counts[4] = { 0 };
  g_autofree char *counts_text = NULL;
  GtkWidget *child;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "talks.meeting", meeting_id (self) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "talks.plan-meeting", self->unit_id != 0);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->matrix))) != NULL)
    gtk_grid_remove (self->matrix, child);
  g_hash_table_remove_all (self->cells);
  g_clear_pointer (&self->pairs, g_array_unref);
  show_error (self, NULL);
  if (self->unit_id == 0
      || !hd_read_each (store, "SELECT person_id FROM team_member WHERE unit_id = ?1 ORDER BY role, position, id",
                        self->unit_id, read_person_id, rows, N_("Reading a leadership team"), &error)
      || (self->pairs = hd_team_coverage_read (store, self->unit_id, meeting_id (self), &error)) == NULL)
    {
      show_error (self, error != NULL ? error->message : _("Choose the unit whose leadership team you want to see (Ctrl+U)."));
      gtk_label_set_label (self->counts_label, "");
      gtk_label_set_label (self->todo_label, "");
      return;
    }

  columns = g_array_copy (rows);
  for (guint i = 0; i < self->pairs->len; i++)
    {
      HdRequiredPair *pair = &g_array_index (self->pairs, HdRequiredPair, i);

      if (pair->state != HD_PAIR_VACANT && index_of (columns, pair->b) < 0)
        g_array_append_val (columns, pair->b);
    }
  for (guint r = 0; r < rows->len; r++)
    gtk_grid_attach (self->matrix, name_label (self, g_array_index (rows, gint64, r), FALSE), 0, (int) r + 1, 1, 1);
  for (guint c = 0; c < columns->len; c++)
    gtk_grid_attach (self->matrix, name_label (self, g_array_index (columns, gint64, c), TRUE), (int) c + 1, 0, 1, 1);

  for (guint i = 0; i < self->pairs->len; i++)
    {
      HdRequiredPair *pair = &g_array_index (self->pairs, HdRequiredPair, i);
      g_autofree char *a = name_of (self, pair->a);
      int row = index_of (rows, pair->a), column = index_of (columns, pair->b);

      counts[pair->state]++;
      if (pair->state == HD_PAIR_VACANT)
        {
          g_autoptr(HdUnit) department = hd_unit_load (store, pair->department, NULL);

          /* Translators: a department a member oversees has no head to talk with. */
          g_string_append_printf (todo, _("%s oversees %s, which has no head: fill the post on its roster.\n"), a,
                                  department != NULL ? hd_unit_get_name (department) : "?");
          continue;
        }
      /* Above the diagonal: the earlier of two team members down the side. */
      if (column < (int) rows->len && index_of (rows, pair->b) < row)
        {
          row = index_of (rows, pair->b);
          column = index_of (columns, pair->a);
        }
      add_cell (self, pair, row, column);
      if (pair->state != HD_PAIR_DONE)
        {
          g_autofree char *b = name_of (self, pair->b);
          g_autofree char *text = hd_coverage_dup_state_text (pair);

          /* Translators: a pair still to talk, in the to-do list: the two names and its state. */
          g_string_append_printf (todo, _("%s — %s: %s\n"), a, b, text);
        }
    }
  /* Translators: the counts of the must-talks: required pairs, then by state, then vacancies. */
  counts_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "%u pair required: %u talked through, %u with topics missing, %u not yet talked; %u vacancies",
                                              "%u pairs required: %u talked through, %u with topics missing, %u not yet talked; %u vacancies",
                                              self->pairs->len - counts[HD_PAIR_VACANT]),
                                 self->pairs->len - counts[HD_PAIR_VACANT], counts[HD_PAIR_DONE],
                                 counts[HD_PAIR_TOPICS_MISSING], counts[HD_PAIR_MISSING], counts[HD_PAIR_VACANT]);
  gtk_label_set_label (self->counts_label, counts_text);
  if (todo->len == 0)
    g_string_append (todo, self->pairs->len > 0 ? _("Nothing: every required pair has talked everything through.")
                                                : _("Nothing: the team has nobody to talk with."));
  gtk_label_set_label (self->todo_label, g_strchomp (todo->str));
}

/* The meetings of the team, after "every conversation", @keep chosen (-1: the latest). */
static void
load_meetings (HdTalksPage *self,
               gint64       keep)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = G_MAXUINT;

  g_clear_pointer (&self->meetings, g_array_unref);
  if (self->unit_id != 0)
    self->meetings = hd_meeting_list (hd_context_get_store (self->context), self->unit_id, NULL);
  gtk_string_list_append (labels, _("Every Conversation"));
  for (guint i = 0; self->meetings != NULL && i < self->meetings->len; i++)
    {
      const HdMeetingInfo *meeting = &g_array_index (self->meetings, HdMeetingInfo, i);
      g_autofree char *day = NULL;
      g_autofree char *label = NULL;
      GDate date;

      g_date_clear (&date, 1);
      day = hd_date_parse_iso (meeting->date, &date) ? hd_date_format_display (&date) : g_strdup (meeting->date);
      /* Translators: a meeting in the Talks area's choice: its kind and its day. */
      label = g_strdup_printf (_("%s, %s"), hd_meeting_kind_get_label (meeting->kind), day);
      gtk_string_list_append (labels, label);
      if (meeting->id == keep)
        selected = i + 1;
    }
  /* The meeting chosen before, if it is still there (every conversation: 0); else the latest
   * meeting, which the team prepares now. */
  if (keep == 0)
    selected = 0;
  else if (selected == G_MAXUINT)
    selected = self->meetings != NULL && self->meetings->len > 0 ? 1 : 0;
  self->updating = TRUE;
  gtk_drop_down_set_model (self->meeting_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->meeting_dropdown, selected);
  self->updating = FALSE;
}

static void
reload_cb (HdTalksPage *self)
{
  if (self->updating || self->context == NULL)
    return;
  if (hd_unit_button_get_unit (self->unit_button) != self->unit_id)
    {
      self->unit_id = hd_unit_button_get_unit (self->unit_button);
      load_meetings (self, -1);
    }
  rebuild (self);
}

static void
history_changed_cb (HdTalksPage *self)
{
  gint64 unit = self->unit_id;

  hd_unit_button_refresh (self->unit_button);
  self->unit_id = hd_unit_button_get_unit (self->unit_button);
  /* A meeting planned, or its planning undone. */
  load_meetings (self, self->unit_id == unit ? meeting_id (self) : -1);
  rebuild (self);
}

static void
new_activated (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HdTalksPage *self = HD_TALKS_PAGE (widget);

  if (self->context == NULL || self->unit_id == 0)
    return;
  gtk_window_present (GTK_WINDOW (hd_talk_form_new (hd_dialog_get_parent (widget), self->context, self->unit_id,
                                                    meeting_id (self), 0, 0)));
}

static void
meeting_planned (gpointer data,
                 gint64   meeting_id)
{
  HdTalksPage *self = data;

  load_meetings (self, meeting_id);
  rebuild (self);
}

static void
plan_meeting_activated (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  HdTalksPage *self = HD_TALKS_PAGE (widget);

  if (self->context == NULL || self->unit_id == 0)
    return;
  gtk_window_present (GTK_WINDOW (hd_meeting_plan_form_new (hd_dialog_get_parent (widget), self->context, self->unit_id,
                                                            meeting_planned, self)));
}

static void
meeting_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HdTalksPage *self = HD_TALKS_PAGE (widget);

  if (self->context == NULL || meeting_id (self) == 0)
    return;
  gtk_window_present (GTK_WINDOW (hd_meeting_window_new (hd_dialog_get_parent (widget), self->context,
                                                         meeting_id (self))));
}

static void
choose_unit_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  gtk_widget_activate (GTK_WIDGET (HD_TALKS_PAGE (widget)->unit_button));
}

static void
hd_talks_page_dispose (GObject *object)
{
  HdTalksPage *self = HD_TALKS_PAGE (object);

  hd_template_dispose (GTK_WIDGET (self), HD_TYPE_TALKS_PAGE);
  g_clear_pointer (&self->meetings, g_array_unref);
  g_clear_pointer (&self->pairs, g_array_unref);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  hd_context_release (&self->context, &self->history_handler);
  G_OBJECT_CLASS (hd_talks_page_parent_class)->dispose (object);
}

static void
hd_talks_page_class_init (HdTalksPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_talks_page_dispose;
  g_type_ensure (HD_TYPE_UNIT_BUTTON);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/huodongban/Huodongban/talks/hd-talks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, HdTalksPage, unit_button);
  gtk_widget_class_bind_template_child (widget_class, HdTalksPage, meeting_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdTalksPage, counts_label);
  gtk_widget_class_bind_template_child (widget_class, HdTalksPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdTalksPage, matrix);
  gtk_widget_class_bind_template_child (widget_class, HdTalksPage, todo_label);
  gtk_widget_class_bind_template_callback (widget_class, reload_cb);

  gtk_widget_class_install_action (widget_class, "talks.new", NULL, new_activated);
  gtk_widget_class_install_action (widget_class, "talks.choose-unit", NULL, choose_unit_activated);
  gtk_widget_class_install_action (widget_class, "talks.plan-meeting", NULL, plan_meeting_activated);
  gtk_widget_class_install_action (widget_class, "talks.meeting", NULL, meeting_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "talks.plan-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_m, GDK_CONTROL_MASK, "talks.meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "talks.new", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK, "talks.choose-unit", NULL);
}

static void
hd_talks_page_init (HdTalksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
hd_talks_page_set_context (HdTalksPage *self,
                           HdContext   *context)
{
  g_return_if_fail (HD_IS_TALKS_PAGE (self));
  g_return_if_fail (HD_IS_CONTEXT (context));

  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (history_changed_cb), self);
  self->unit_id = hd_unit_button_default_unit (hd_context_get_store (context));
  hd_unit_button_set_context (self->unit_button, context, self->unit_id);
  load_meetings (self, -1);
  rebuild (self);
}

void
hd_talks_page_set_unit (HdTalksPage *self,
                        gint64       unit_id)
{
  g_return_if_fail (HD_IS_TALKS_PAGE (self));
  hd_unit_button_set_unit (self->unit_button, unit_id);
}

void
hd_talks_page_set_meeting (HdTalksPage *self,
                           gint64       meeting_id)
{
  guint position = 0;

  g_return_if_fail (HD_IS_TALKS_PAGE (self));

  for (guint i = 0; self->meetings != NULL && i < self->meetings->len; i++)
    if (g_array_index (self->meetings, HdMeetingInfo, i).id == meeting_id)
      position = i + 1;
  gtk_drop_down_set_selected (self->meeting_dropdown, position);
}

gint64
hd_talks_page_get_meeting (HdTalksPage *self)
{
  g_return_val_if_fail (HD_IS_TALKS_PAGE (self), 0);
  return meeting_id (self);
}

const char *
hd_talks_page_get_counts (HdTalksPage *self)
{
  g_return_val_if_fail (HD_IS_TALKS_PAGE (self), NULL);
  return gtk_label_get_label (self->counts_label);
}

const char *
hd_talks_page_get_todo (HdTalksPage *self)
{
  g_return_val_if_fail (HD_IS_TALKS_PAGE (self), NULL);
  return gtk_label_get_label (self->todo_label);
}

const char *
hd_talks_page_get_cell (HdTalksPage *self,
                        gint64       a,
                        gint64       b)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT, a, b);

  g_return_val_if_fail (HD_IS_TALKS_PAGE (self), NULL);
  return g_hash_table_lookup (self->cells, key);
}
