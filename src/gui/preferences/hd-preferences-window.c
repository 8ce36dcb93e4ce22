/* hd-preferences-window.c
 *
 * Each field writes its setting as it changes, when what it holds is valid; the pages follow the
 * settings' "changed" signals (the lights, hd-context.c for the operator). A setting changed
 * elsewhere while the window is open (the reminders' unit from the Overview area, the address
 * from the print dialog) shows here too.
 */
#include <glib/gi18n-lib.h>

#include "common/hd-field-error.h"
#include "overview/hd-reminder-notice.h"
#include "preferences/hd-face-list.h"
#include "preferences/hd-preferences-window.h"

/* The faces the clerk chooses, in the order of their rows. */
static const struct {
  HdFace      face;
  const char *key;
} faces[] = {
  { HD_FACE_TITLE, "print-title-faces" },
  { HD_FACE_BODY, "print-body-faces" },
  { HD_FACE_TABLE, "print-table-faces" },
};

#define N_CHOSEN_FACES G_N_ELEMENTS (faces)

struct _HdPreferencesWindow
{
  GtkWindow      parent_instance;

  HdContext     *context;
  GSettings     *settings;
  gboolean       filling;

  GtkEntry      *operator_entry;
  GtkSpinButton *warning_spin;
  GtkLabel      *warning_error;
  GtkEntry      *face_entries[N_CHOSEN_FACES];
  GtkWidget     *face_resets[N_CHOSEN_FACES];
  GtkLabel      *face_used[N_CHOSEN_FACES];
  GtkLabel      *face_errors[N_CHOSEN_FACES];
  GtkEntry      *address_entry;
  HdUnitButton  *scope_button;
};

G_DEFINE_FINAL_TYPE (HdPreferencesWindow, hd_preferences_window, GTK_TYPE_WINDOW)

static char *
dup_stripped (gpointer editable)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (editable))));
}

static void
set_string (HdPreferencesWindow *self,
            const char          *key,
            const char          *value)
{
  g_autofree char *saved = g_settings_get_string (self->settings, key);

  if (!g_str_equal (saved, value))
    g_settings_set_string (self->settings, key, value);
}

/* ---- the change log ---- */

/* Empty is the computer's user, whose name the store then has: shown as the placeholder. */
static void
show_operator_placeholder (HdPreferencesWindow *self)
{
  gtk_entry_set_placeholder_text (self->operator_entry,
                                  hd_store_get_operator (hd_context_get_store (self->context)));
}

static void
operator_changed_cb (HdPreferencesWindow *self)
{
  g_autofree char *name = NULL;

  if (self->filling)
    return;
  name = dup_stripped (self->operator_entry);
  set_string (self, "operator-name", name);
}

static void
operator_setting_changed_cb (HdPreferencesWindow *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->operator_entry)) == '\0')
    show_operator_placeholder (self);
}

/* ---- the deadline lights ---- */

/* What the clerk typed: a whole number of days the setting's range allows, or an explanation. */
static int
warning_input_cb (HdPreferencesWindow *self,
                  double              *new_value)
{
  g_autofree char *text = dup_stripped (self->warning_spin);
  guint64 days = 0;
  double lower = gtk_adjustment_get_lower (gtk_spin_button_get_adjustment (self->warning_spin));
  double upper = gtk_adjustment_get_upper (gtk_spin_button_get_adjustment (self->warning_spin));

  if (!g_ascii_string_to_unsigned (text, 10, (guint64) lower, (guint64) upper, &days, NULL))
    {
      g_autofree char *message =
        /* Translators: %s is what the clerk typed as the days of the yellow light; %u and %u the
         * smallest and largest number allowed (0 and 30). */
        g_strdup_printf (_("“%s” is not a number of days from %u to %u. Type a whole number in that range: "
                           "the lights keep %u days meanwhile."),
                         text, (guint) lower, (guint) upper, g_settings_get_uint (self->settings, "deadline-warning-days"));

      hd_field_error_set (self->warning_error, GTK_WIDGET (self->warning_spin), message);
      return GTK_INPUT_ERROR;
    }
  hd_field_error_set (self->warning_error, GTK_WIDGET (self->warning_spin), NULL);
  *new_value = (double) days;
  return TRUE;
}

/* Also emitted when a refused input puts the saved value back: the explanation stays then. */
static void
warning_changed_cb (HdPreferencesWindow *self)
{
  guint days = (guint) gtk_spin_button_get_value_as_int (self->warning_spin);

  if (self->filling || days == g_settings_get_uint (self->settings, "deadline-warning-days"))
    return;
  hd_field_error_set (self->warning_error, GTK_WIDGET (self->warning_spin), NULL);
  g_settings_set_uint (self->settings, "deadline-warning-days", days);
}

static void
warning_setting_changed_cb (HdPreferencesWindow *self)
{
  self->filling = TRUE;
  gtk_spin_button_set_value (self->warning_spin, g_settings_get_uint (self->settings, "deadline-warning-days"));
  self->filling = FALSE;
}

/* ---- the printed faces ---- */

static guint
face_index (HdFace face)
{
  for (guint i = 0; i < N_CHOSEN_FACES; i++)
    {
      if (faces[i].face == face)
        return i;
    }
  g_return_val_if_reached (0);
}

/* Which family prints the face with the list saved (or the built-in one). */
static void
show_face_used (HdPreferencesWindow *self,
                guint                i)
{
  g_auto(GStrv) saved = g_settings_get_strv (self->settings, faces[i].key);
  const char * const *families = saved[0] != NULL ? (const char * const *) saved
                                                  : hd_style_default_families (faces[i].face);
  const char *used = hd_face_list_first_installed (families);
  g_autofree char *text = NULL;

  if (used == NULL)
    text = g_strdup (_("None of these is installed: the forms print with a face that has the characters."));
  else if (saved[0] == NULL)
    /* Translators: %s is the font family that prints the face, e.g. "Noto Serif CJK SC". */
    text = g_strdup_printf (_("Built-in list: prints with %s on this computer."), used);
  else
    /* Translators: %s is the font family that prints the face, e.g. "方正小标宋简体". */
    text = g_strdup_printf (_("Prints with %s on this computer."), used);
  gtk_label_set_label (self->face_used[i], text);
}

static void
face_changed (HdPreferencesWindow *self,
              guint                i)
{
  g_auto(GStrv) families = hd_face_list_parse (gtk_editable_get_text (GTK_EDITABLE (self->face_entries[i])));
  g_auto(GStrv) saved = g_settings_get_strv (self->settings, faces[i].key);
  g_autofree char *message = hd_face_list_check ((const char * const *) families);

  hd_field_error_set (self->face_errors[i], GTK_WIDGET (self->face_entries[i]), message);
  gtk_widget_set_sensitive (self->face_resets[i], *gtk_editable_get_text (GTK_EDITABLE (self->face_entries[i])) != '\0');
  if (message != NULL)
    return;
  if (!g_strv_equal ((const char * const *) families, (const char * const *) saved))
    g_settings_set_strv (self->settings, faces[i].key, (const char * const *) families);
  show_face_used (self, i);
}

static void
faces_changed_cb (HdPreferencesWindow *self,
                  GtkEditable         *entry)
{
  if (self->filling)
    return;
  for (guint i = 0; i < N_CHOSEN_FACES; i++)
    {
      if (GTK_EDITABLE (self->face_entries[i]) == entry)
        face_changed (self, i);
    }
}

static void
faces_reset_cb (HdPreferencesWindow *self,
                GtkWidget           *button)
{
  for (guint i = 0; i < N_CHOSEN_FACES; i++)
    {
      if (self->face_resets[i] == button)
        gtk_editable_set_text (GTK_EDITABLE (self->face_entries[i]), "");
    }
}

/* ---- the public notice and the reminders ---- */

static void
address_changed_cb (HdPreferencesWindow *self)
{
  g_autofree char *address = NULL;

  if (self->filling)
    return;
  address = dup_stripped (self->address_entry);
  set_string (self, "public-notice-opinions-address", address);
}

static void
address_setting_changed_cb (HdPreferencesWindow *self)
{
  g_autofree char *saved = g_settings_get_string (self->settings, "public-notice-opinions-address");
  g_autofree char *shown = dup_stripped (self->address_entry);

  if (g_str_equal (saved, shown))
    return;
  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->address_entry), saved);
  self->filling = FALSE;
}

static void
scope_changed_cb (HdPreferencesWindow *self)
{
  if (self->filling)
    return;
  hd_reminder_notice_set_scope (self->context, hd_unit_button_get_unit (self->scope_button));
}

static void
scope_whole_cb (HdPreferencesWindow *self)
{
  hd_unit_button_set_unit (self->scope_button, 0);
}

static void
scope_setting_changed_cb (HdPreferencesWindow *self)
{
  self->filling = TRUE;
  hd_unit_button_set_context (self->scope_button, self->context, hd_reminder_notice_get_scope (self->context));
  self->filling = FALSE;
}

/* ---- object ---- */

static void
fill (HdPreferencesWindow *self)
{
  g_autofree char *operator_name = g_settings_get_string (self->settings, "operator-name");
  g_autofree char *address = g_settings_get_string (self->settings, "public-notice-opinions-address");

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->operator_entry), operator_name);
  gtk_editable_set_text (GTK_EDITABLE (self->address_entry), address);
  for (guint i = 0; i < N_CHOSEN_FACES; i++)
    {
      g_auto(GStrv) families = g_settings_get_strv (self->settings, faces[i].key);
      g_autofree char *text = hd_face_list_format ((const char * const *) families);
      g_autofree char *built_in = hd_face_list_format (hd_style_default_families (faces[i].face));

      gtk_editable_set_text (GTK_EDITABLE (self->face_entries[i]), text);
      gtk_entry_set_placeholder_text (self->face_entries[i], built_in);
      gtk_widget_set_sensitive (self->face_resets[i], *text != '\0');
      show_face_used (self, i);
    }
  self->filling = FALSE;
  show_operator_placeholder (self);
  warning_setting_changed_cb (self);
  scope_setting_changed_cb (self);
}

static void
hd_preferences_window_dispose (GObject *object)
{
  HdPreferencesWindow *self = HD_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), HD_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_preferences_window_parent_class)->dispose (object);
}

static void
hd_preferences_window_class_init (HdPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_preferences_window_dispose;

  g_type_ensure (HD_TYPE_UNIT_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/preferences/hd-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HdPreferencesWindow, operator_entry);
  gtk_widget_class_bind_template_child (widget_class, HdPreferencesWindow, warning_spin);
  gtk_widget_class_bind_template_child (widget_class, HdPreferencesWindow, warning_error);
  gtk_widget_class_bind_template_child_full (widget_class, "title_entry", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_entries[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "body_entry", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_entries[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "table_entry", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_entries[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "title_reset", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_resets[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "body_reset", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_resets[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "table_reset", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_resets[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "title_used", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_used[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "body_used", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_used[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "table_used", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_used[2]));
  gtk_widget_class_bind_template_child_full (widget_class, "title_error", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_errors[0]));
  gtk_widget_class_bind_template_child_full (widget_class, "body_error", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_errors[1]));
  gtk_widget_class_bind_template_child_full (widget_class, "table_error", FALSE,
                                             G_STRUCT_OFFSET (HdPreferencesWindow, face_errors[2]));
  gtk_widget_class_bind_template_child (widget_class, HdPreferencesWindow, address_entry);
  gtk_widget_class_bind_template_child (widget_class, HdPreferencesWindow, scope_button);
  gtk_widget_class_bind_template_callback (widget_class, operator_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, warning_input_cb);
  gtk_widget_class_bind_template_callback (widget_class, warning_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, faces_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, faces_reset_cb);
  gtk_widget_class_bind_template_callback (widget_class, address_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_whole_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hd_preferences_window_init (HdPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HdPreferencesWindow *
hd_preferences_window_new (GtkWindow *parent,
                           HdContext *context)
{
  HdPreferencesWindow *self;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);

  /* The application's, so that its keys (Ctrl+Q) work here too. */
  self = g_object_new (HD_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  self->context = g_object_ref (context);
  self->settings = g_object_ref (hd_context_get_settings (context));
  fill (self);
  /* After the context's own handler, which gives the store the name first. */
  g_signal_connect_swapped (self->settings, "changed::operator-name", G_CALLBACK (operator_setting_changed_cb), self);
  g_signal_connect_swapped (self->settings, "changed::deadline-warning-days", G_CALLBACK (warning_setting_changed_cb),
                            self);
  g_signal_connect_swapped (self->settings, "changed::public-notice-opinions-address",
                            G_CALLBACK (address_setting_changed_cb), self);
  g_signal_connect_swapped (self->settings, "changed::reminder-scope", G_CALLBACK (scope_setting_changed_cb), self);
  return self;
}

GtkEditable *
hd_preferences_window_get_operator_entry (HdPreferencesWindow *self)
{
  g_return_val_if_fail (HD_IS_PREFERENCES_WINDOW (self), NULL);
  return GTK_EDITABLE (self->operator_entry);
}

GtkSpinButton *
hd_preferences_window_get_warning_spin (HdPreferencesWindow *self)
{
  g_return_val_if_fail (HD_IS_PREFERENCES_WINDOW (self), NULL);
  return self->warning_spin;
}

const char *
hd_preferences_window_get_warning_error (HdPreferencesWindow *self)
{
  g_return_val_if_fail (HD_IS_PREFERENCES_WINDOW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->warning_error)) ? gtk_label_get_label (self->warning_error) : NULL;
}

GtkEditable *
hd_preferences_window_get_faces_entry (HdPreferencesWindow *self,
                                       HdFace               face)
{
  g_return_val_if_fail (HD_IS_PREFERENCES_WINDOW (self), NULL);
  return GTK_EDITABLE (self->face_entries[face_index (face)]);
}

const char *
hd_preferences_window_get_faces_error (HdPreferencesWindow *self,
                                       HdFace               face)
{
  GtkLabel *label;

  g_return_val_if_fail (HD_IS_PREFERENCES_WINDOW (self), NULL);
  label = self->face_errors[face_index (face)];
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_label (label) : NULL;
}

const char *
hd_preferences_window_get_faces_used (HdPreferencesWindow *self,
                                      HdFace               face)
{
  g_return_val_if_fail (HD_IS_PREFERENCES_WINDOW (self), NULL);
  return gtk_label_get_label (self->face_used[face_index (face)]);
}

GtkEditable *
hd_preferences_window_get_address_entry (HdPreferencesWindow *self)
{
  g_return_val_if_fail (HD_IS_PREFERENCES_WINDOW (self), NULL);
  return GTK_EDITABLE (self->address_entry);
}

HdUnitButton *
hd_preferences_window_get_scope_button (HdPreferencesWindow *self)
{
  g_return_val_if_fail (HD_IS_PREFERENCES_WINDOW (self), NULL);
  return self->scope_button;
}
