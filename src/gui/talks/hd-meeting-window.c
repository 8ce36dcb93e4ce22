/* hd-meeting-window.c
 *
 * The content is a column of sections made anew from the meeting's record whenever the database
 * changes (an edit here, in another window, an undo). Each row's button names its record in the
 * action's parameter, so that the keyboard reaches every row as it reaches every button.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-owner-banner.h"
#include "forms/hd-form.h"
#include "print/hd-print-form.h"
#include "store/hd-date.h"
#include "talks/hd-meeting-forms.h"
#include "talks/hd-meeting-window.h"

struct _HdMeetingWindow
{
  GtkWindow           parent_instance;

  HdContext          *context;
  gulong              history_handler;
  gint64              meeting_id;
  HdMeetingRecord    *record;
  char               *items[HD_READINESS_N_ITEMS];
  GtkBox             *content;
};

G_DEFINE_FINAL_TYPE (HdMeetingWindow, hd_meeting_window, GTK_TYPE_WINDOW)

/* ---- building blocks ---- */

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A row's state, taking the width left: a wrapping label given only its minimum would clip its
 * last character. */
static GtkWidget *
state_label (const char *text)
{
  GtkWidget *label = text_label (text, NULL);

  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
  return label;
}

/* A section's heading, with the button that adds to it (unless @action is NULL). */
static void
add_heading (HdMeetingWindow *self,
             const char      *text,
             const char      *button_label,
             const char      *action)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = text_label (text, "heading");

  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_set_margin_top (box, 6);
  gtk_box_append (GTK_BOX (box), label);
  if (action != NULL)
    {
      GtkWidget *button = gtk_button_new_with_mnemonic (button_label);

      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_box_append (self->content, box);
}

static GtkGrid *
add_grid (HdMeetingWindow *self)
{
  GtkWidget *grid = gtk_grid_new ();

  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_box_append (self->content, grid);
  return GTK_GRID (grid);
}

/* A button of a row: @action with the record's id. */
static GtkWidget *
row_button (const char *label,
            const char *action,
            gint64      id,
            const char *accessible)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", id);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  return button;
}

static char *
display_day (const char *iso)
{
  GDate date;

  return hd_date_parse_iso (iso, &date) ? hd_date_format_display (&date) : g_strdup (iso);
}

/* ---- the sections ---- */

static void
add_readiness (HdMeetingWindow *self)
{
  g_autoptr(GError) error = NULL;
  HdMeetingReadiness readiness;

  add_heading (self, _("Readiness"), _("Supervision Group _Informed…"), "meeting.informed");
  if (!hd_meeting_readiness_read (hd_context_get_store (self->context), self->meeting_id, &readiness, &error))
    {
      gtk_box_append (self->content, text_label (error->message, "error"));
      return;
    }
  for (guint i = 0; i < HD_READINESS_N_ITEMS; i++)
    {
      g_autofree char *text = hd_meeting_readiness_describe (&readiness, (HdReadinessItem) i);
      gboolean done = hd_meeting_readiness_item_done (&readiness, (HdReadinessItem) i);

      g_free (self->items[i]);
      self->items[i] = g_strdup_printf ("%s %s", done ? "✔" : "○", text);
      gtk_box_append (self->content, text_label (self->items[i], NULL));
    }
  hd_meeting_readiness_clear (&readiness);
}

static void
add_materials (HdMeetingWindow *self)
{
  GtkGrid *grid;
  int row = 0;

  add_heading (self, _("Self-Examination Materials"), NULL, NULL);
  grid = add_grid (self);
  for (guint i = 0; i < self->record->people->len; i++)
    {
      const HdMeetingPerson *person = &g_array_index (self->record->people, HdMeetingPerson, i);
      g_autofree char *state = NULL;
      g_autofree char *accessible = NULL;

      if (!person->member)
        continue;
      if (person->received[0] == '\0')
        state = g_strdup (_("Not received yet"));
      else
        {
          g_autofree char *day = display_day (person->received);

          state = *person->reviewer != '\0'
                  /* Translators: a member's self-examination material: the day it came in, who reviewed it. */
                  ? g_strdup_printf (_("Received on %s, reviewed by %s"), day, person->reviewer)
                  /* Translators: a member's self-examination material: the day it came in. */
                  : g_strdup_printf (_("Received on %s"), day);
        }
      /* Translators: the accessible name of the button recording a member's material. */
      accessible = g_strdup_printf (_("Record the material of %s"), person->name);
      gtk_grid_attach (grid, text_label (person->name, NULL), 0, row, 1, 1);
      gtk_grid_attach (grid, state_label (state), 1, row, 1, 1);
      gtk_grid_attach (grid, row_button (_("Record…"), "meeting.material", person->person_id, accessible), 2, row, 1, 1);
      row++;
    }
}

static void
add_attendance (HdMeetingWindow *self)
{
  GtkGrid *grid;

  add_heading (self, _("Attendance"), NULL, NULL);
  grid = add_grid (self);
  for (guint i = 0; i < self->record->people->len; i++)
    {
      const HdMeetingPerson *person = &g_array_index (self->record->people, HdMeetingPerson, i);
      g_autofree char *name = NULL;
      g_autofree char *state = NULL;
      g_autofree char *accessible = NULL;

      /* Translators: a person at a meeting who is not of the team: of the supervision group. */
      name = person->member ? g_strdup (person->name) : g_strdup_printf (_("%s (supervision group)"), person->name);
      if (person->presence == HD_PRESENCE_NONE)
        state = g_strdup (C_("presence at a meeting", "Not recorded"));
      else if (person->presence == HD_PRESENCE_ABSENT)
        /* Translators: an absentee and the reason. */
        state = g_strdup_printf (_("Absent: %s"), person->reason);
      else
        state = g_strdup (hd_presence_get_label ((HdPresence) person->presence));
      /* Translators: the accessible name of the button recording a person's attendance. */
      accessible = g_strdup_printf (_("Record the attendance of %s"), person->name);
      gtk_grid_attach (grid, text_label (name, NULL), 0, (int) i, 1, 1);
      gtk_grid_attach (grid, state_label (state), 1, (int) i, 1, 1);
      gtk_grid_attach (grid, row_button (_("Record…"), "meeting.presence", person->person_id, accessible), 2, (int) i, 1, 1);
    }
}

static void
add_criticism (HdMeetingWindow *self)
{
  GtkGrid *grid;

  add_heading (self, _("Criticism (confidential)"), _("Add _Criticism…"), "meeting.criticism");
  grid = add_grid (self);
  if (self->record->criticism->len == 0)
    gtk_grid_attach (grid, text_label (_("None recorded."), "dim-label"), 0, 0, 1, 1);
  for (guint i = 0; i < self->record->criticism->len; i++)
    {
      const HdMeetingCriticism *criticism = &g_array_index (self->record->criticism, HdMeetingCriticism, i);
      /* Translators: criticism at a meeting: who raised it, of whom, what. */
      g_autofree char *text = g_strdup_printf (_("%1$s of %2$s: %3$s"), criticism->critic, criticism->target,
                                               criticism->content);
      /* Translators: the accessible name of a criticism's Delete button: who raised it, of whom. */
      g_autofree char *accessible = g_strdup_printf (_("Delete the criticism by %1$s of %2$s"), criticism->critic,
                                                     criticism->target);
      GtkWidget *label = text_label (text, NULL);

      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (grid, label, 0, (int) i, 1, 1);
      gtk_grid_attach (grid, row_button (_("Delete"), "meeting.delete-criticism", criticism->id, accessible),
                       1, (int) i, 1, 1);
    }
}

static void
add_measures (HdMeetingWindow *self)
{
  GtkGrid *grid;

  add_heading (self, _("Measures Agreed"), _("Add _Measure…"), "meeting.measure");
  grid = add_grid (self);
  if (self->record->measures->len == 0)
    gtk_grid_attach (grid, text_label (_("None recorded."), "dim-label"), 0, 0, 1, 1);
  for (guint i = 0; i < self->record->measures->len; i++)
    {
      const HdMeetingMeasure *measure = &g_array_index (self->record->measures, HdMeetingMeasure, i);
      /* Translators: a measure agreed at a meeting: the problem, what will be done, who answers for it. */
      g_autofree char *text = g_strdup_printf (_("%1$s — %2$s (responsible: %3$s)"), measure->problem,
                                               measure->measures, measure->leader);
      /* Translators: the accessible names of a measure's buttons; %s is its problem. */
      g_autofree char *make = g_strdup_printf (_("Make the measure for “%s” a task of the ledger"), measure->problem);
      g_autofree char *delete = g_strdup_printf (_("Delete the measure for “%s”"), measure->problem);
      GtkWidget *label = text_label (text, NULL);

      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (grid, label, 0, (int) i, 1, 1);
      if (measure->task_id != 0)
        gtk_grid_attach (grid, text_label (_("In the ledger"), "dim-label"), 1, (int) i, 1, 1);
      else
        gtk_grid_attach (grid, row_button (_("Make _Task…"), "meeting.make-task", measure->id, make), 1, (int) i, 1, 1);
      gtk_grid_attach (grid, row_button (_("Delete"), "meeting.delete-measure", measure->id, delete), 2, (int) i, 1, 1);
    }
}

/* The button of @content that does @action with @target, depth first; NULL when there is none. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action,
             GVariant   *target)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0
          && (target == NULL || (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child)) != NULL
                                 && g_variant_equal (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (child)),
                                                     target))))
        return child;
      if ((found = find_button (child, action, target)) != NULL)
        return found;
    }
  return NULL;
}

static void
rebuild_content (HdMeetingWindow *self);

/* Made anew, the content keeps the focus on the button that had it (its row's), or on the first
 * button of the same kind when its row is gone: a keyboard user goes on where he was. */
static void
rebuild (HdMeetingWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *button = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_BUTTON) : NULL;
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;
  GtkWidget *again;

  if (button != NULL && gtk_widget_is_ancestor (button, GTK_WIDGET (self->content))
      && gtk_actionable_get_action_name (GTK_ACTIONABLE (button)) != NULL)
    {
      action = g_strdup (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)));
      target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
      if (target != NULL)
        g_variant_ref (target);
    }
  rebuild_content (self);
  if (action != NULL
      && ((again = find_button (GTK_WIDGET (self->content), action, target)) != NULL
          || (again = find_button (GTK_WIDGET (self->content), action, NULL)) != NULL))
    gtk_widget_grab_focus (again);
}

/* What changes the meeting: not there for another office's meeting, which is only shown. */
static const char * const edit_actions[] = {
  "meeting.informed", "meeting.material", "meeting.presence", "meeting.criticism", "meeting.measure",
  "meeting.make-task", "meeting.delete-criticism", "meeting.delete-measure",
};

static void
rebuild_content (HdMeetingWindow *self)
{
  GtkWidget *banner;
  gboolean editable;
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  g_clear_pointer (&self->record, hd_meeting_record_free);
  for (guint i = 0; i < HD_READINESS_N_ITEMS; i++)
    g_clear_pointer (&self->items[i], g_free);
  if ((self->record = hd_meeting_record_load (hd_context_get_store (self->context), self->meeting_id, &error)) == NULL)
    {
      gtk_box_append (self->content, text_label (error->message, "error"));
      return;
    }
  day = display_day (self->record->date);
  /* Translators: a meeting window's title: the meeting's kind and its unit. */
  title = g_strdup_printf (_("%1$s — %2$s"), hd_meeting_kind_get_label (self->record->kind), self->record->unit_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
  /* Translators: a meeting: its day and its place. */
  summary = g_strdup_printf (_("Held on %1$s at %2$s"), day,
                             *self->record->place != '\0' ? self->record->place : _("a place not given"));
  banner = hd_owner_banner_new ();
  editable = hd_owner_banner_show_row (HD_OWNER_BANNER (banner), hd_context_get_store (self->context), "meeting",
                                       self->meeting_id);
  for (guint i = 0; i < G_N_ELEMENTS (edit_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), edit_actions[i], editable);
  gtk_box_append (self->content, banner);
  gtk_box_append (self->content, text_label (summary, NULL));
  add_readiness (self);
  add_materials (self);
  add_attendance (self);
  add_criticism (self);
  add_measures (self);
}

/* ---- the actions ---- */

static const HdMeetingPerson *
person_of (HdMeetingWindow *self,
           GVariant        *parameter)
{
  return self->record != NULL ? hd_meeting_record_find_person (self->record, g_variant_get_int64 (parameter)) : NULL;
}

static void
present (HdMeetingWindow *self,
         HdFormWindow    *form)
{
  if (form != NULL)
    gtk_window_present (GTK_WINDOW (form));
}

static void
informed_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (widget);

  if (self->record != NULL)
    present (self, hd_meeting_informed_form_new (GTK_WINDOW (self), self->context, self->record));
}

static void
material_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (widget);
  const HdMeetingPerson *person = person_of (self, parameter);

  if (person != NULL)
    present (self, hd_meeting_material_form_new (GTK_WINDOW (self), self->context, self->record, person));
}

static void
presence_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (widget);
  const HdMeetingPerson *person = person_of (self, parameter);

  if (person != NULL)
    present (self, hd_meeting_presence_form_new (GTK_WINDOW (self), self->context, self->record, person));
}

static void
criticism_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (widget);

  if (self->record != NULL)
    present (self, hd_meeting_criticism_form_new (GTK_WINDOW (self), self->context, self->record));
}

static void
measure_activated (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (widget);

  if (self->record != NULL)
    present (self, hd_meeting_measure_form_new (GTK_WINDOW (self), self->context, self->record));
}

static void
make_task_activated (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  for (guint i = 0; self->record != NULL && i < self->record->measures->len; i++)
    if (g_array_index (self->record->measures, HdMeetingMeasure, i).id == id)
      present (self, hd_meeting_task_form_new (GTK_WINDOW (self), self->context, self->record,
                                               &g_array_index (self->record->measures, HdMeetingMeasure, i)));
}

static void
show_failure (HdMeetingWindow *self,
              GError          *error)
{
  gtk_box_prepend (self->content, text_label (error->message, "error"));
}

static void
delete_criticism_activated (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!hd_meeting_delete_criticism (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                    g_variant_get_int64 (parameter), &error))
    show_failure (self, error);
}

static void
delete_measure_activated (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!hd_meeting_delete_measure (hd_context_get_store (self->context), hd_context_get_history (self->context),
                                  g_variant_get_int64 (parameter), &error))
    show_failure (self, error);
}

static HdDocument *
build_sign_in (HdStore              *store,
               const HdFormOptions  *options,
               gpointer              data,
               GError              **error)
{
  return hd_form_sign_in_new (store, *(gint64 *) data, options, error);
}

static void
print_sign_in_activated (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (widget);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *name = NULL;

  if (self->record == NULL)
    return;
  /* Translators: a sign-in sheet's proposed file and print job name: the form, the unit, the day. */
  name = g_strdup_printf (_("Sign-In Sheet-%1$s-%2$s"), self->record->unit_name, self->record->date);
  hd_print_form (parent != NULL ? parent : GTK_WINDOW (self), self->context, g_str_equal (action_name, "meeting.export-sign-in"),
                 name, build_sign_in, g_memdup2 (&self->meeting_id, sizeof (gint64)), g_free);
}

static void
hd_meeting_window_dispose (GObject *object)
{
  HdMeetingWindow *self = HD_MEETING_WINDOW (object);

  hd_context_release (&self->context, &self->history_handler);
  g_clear_pointer (&self->record, hd_meeting_record_free);
  for (guint i = 0; i < HD_READINESS_N_ITEMS; i++)
    g_clear_pointer (&self->items[i], g_free);
  G_OBJECT_CLASS (hd_meeting_window_parent_class)->dispose (object);
}

static void
hd_meeting_window_class_init (HdMeetingWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hd_meeting_window_dispose;
  gtk_widget_class_install_action (widget_class, "meeting.informed", NULL, informed_activated);
  gtk_widget_class_install_action (widget_class, "meeting.material", "x", material_activated);
  gtk_widget_class_install_action (widget_class, "meeting.presence", "x", presence_activated);
  gtk_widget_class_install_action (widget_class, "meeting.criticism", NULL, criticism_activated);
  gtk_widget_class_install_action (widget_class, "meeting.measure", NULL, measure_activated);
  gtk_widget_class_install_action (widget_class, "meeting.make-task", "x", make_task_activated);
  gtk_widget_class_install_action (widget_class, "meeting.delete-criticism", "x", delete_criticism_activated);
  gtk_widget_class_install_action (widget_class, "meeting.delete-measure", "x", delete_measure_activated);
  gtk_widget_class_install_action (widget_class, "meeting.print-sign-in", NULL, print_sign_in_activated);
  gtk_widget_class_install_action (widget_class, "meeting.export-sign-in", NULL, print_sign_in_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "meeting.print-sign-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "meeting.export-sign-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
hd_meeting_window_init (HdMeetingWindow *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *header, *print;

  gtk_widget_set_margin_top (content, 12);
  gtk_widget_set_margin_bottom (content, 12);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 12);
  self->content = GTK_BOX (content);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), content);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_window_set_child (GTK_WINDOW (self), scrolled);
  header = gtk_header_bar_new ();
  print = gtk_button_new_with_mnemonic (_("_Print Sign-In Sheet…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (print), "meeting.print-sign-in");
  gtk_widget_set_tooltip_text (print, _("Print the meeting's sign-in sheet (Ctrl+P); Ctrl+Shift+E exports it as PDF"));
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), print);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  gtk_window_set_default_size (GTK_WINDOW (self), 760, 640);
}

HdMeetingWindow *
hd_meeting_window_new (GtkWindow *parent,
                       HdContext *context,
                       gint64     meeting_id)
{
  HdMeetingWindow *self = g_object_new (HD_TYPE_MEETING_WINDOW, "transient-for", parent, "destroy-with-parent", TRUE,
                                        NULL);

  self->meeting_id = meeting_id;
  hd_context_hold (&self->context, &self->history_handler, context, G_CALLBACK (rebuild), self);
  rebuild (self);
  return self;
}

const HdMeetingRecord *
hd_meeting_window_get_record (HdMeetingWindow *self)
{
  g_return_val_if_fail (HD_IS_MEETING_WINDOW (self), NULL);
  return self->record;
}

const char *
hd_meeting_window_get_item (HdMeetingWindow *self,
                            HdReadinessItem  item)
{
  g_return_val_if_fail (HD_IS_MEETING_WINDOW (self), NULL);
  g_return_val_if_fail (item < HD_READINESS_N_ITEMS, NULL);
  return self->items[item];
}
