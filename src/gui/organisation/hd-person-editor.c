/* hd-person-editor.c */
#include <glib/gi18n-lib.h>

#include "common/hd-dialog.h"
#include "common/hd-field-error.h"
#include "common/hd-owner-banner.h"
#include "organisation/hd-person-edit.h"
#include "organisation/hd-person-editor.h"
#include "organisation/hd-unit.h"

struct _HdPersonEditor
{
  GtkWindow    parent_instance;

  HdContext   *context;
  gint64       unit_id;
  HdPerson    *person;         /* editing; NULL when adding */
  char        *confirmed_name; /* the duplicate name the clerk has confirmed */

  HdOwnerBanner *owner_banner;
  GtkWidget   *fields_grid;
  GtkLabel    *heading_label;
  GtkEditable *name_entry;
  GtkLabel    *name_error;
  GtkDropDown *gender_dropdown;
  GtkEditable *title_entry;
  GtkLabel    *title_error;
  GtkSwitch   *party_switch;
  GtkEditable *phone_entry;
  GtkLabel    *phone_error;
  GtkLabel    *warning_label;
  GtkLabel    *error_label;
  GtkButton   *save_button;
};

G_DEFINE_FINAL_TYPE (HdPersonEditor, hd_person_editor, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
save_label (HdPersonEditor *self,
            gboolean        anyway)
{
  if (self->person == NULL)
    return anyway ? _("_Add Anyway") : _("_Add Person");
  return anyway ? _("_Save Anyway") : _("_Save");
}

static void
show_warning (HdPersonEditor *self,
              const char     *warning)
{
  gtk_label_set_label (self->warning_label, warning != NULL ? warning : "");
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), warning != NULL);
  gtk_button_set_label (self->save_button, save_label (self, warning != NULL));
}

/* A changed name asks again. */
static void
name_changed_cb (HdPersonEditor *self)
{
  g_clear_pointer (&self->confirmed_name, g_free);
  if (gtk_widget_get_visible (GTK_WIDGET (self->warning_label)))
    show_warning (self, NULL);
}

/* The core's checks, one field at a time, so that each message lands under its own field. */
static gboolean
check_fields (HdPersonEditor       *self,
              const HdPersonFields *fields)
{
  HdPersonFields name_only = { fields->name, fields->gender, "", FALSE, "" };
  HdPersonFields title_only = { "-", fields->gender, fields->title, FALSE, "" };
  HdPersonFields phone_only = { "-", fields->gender, "", FALSE, fields->phone };
  g_autoptr(GError) name_error = NULL;
  g_autoptr(GError) title_error = NULL;
  g_autoptr(GError) phone_error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *phone = NULL;

  hd_person_fields_validate (&name_only, &name, &phone, &name_error);
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&phone, g_free);
  hd_person_fields_validate (&title_only, &name, &phone, &title_error);
  g_clear_pointer (&name, g_free);
  g_clear_pointer (&phone, g_free);
  hd_person_fields_validate (&phone_only, &name, &phone, &phone_error);

  hd_field_error_set (self->name_error, GTK_WIDGET (self->name_entry),
                      name_error != NULL ? name_error->message : NULL);
  hd_field_error_set (self->title_error, GTK_WIDGET (self->title_entry),
                      title_error != NULL ? title_error->message : NULL);
  hd_field_error_set (self->phone_error, GTK_WIDGET (self->phone_entry),
                      phone_error != NULL ? phone_error->message : NULL);

  if (name_error != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->name_entry));
  else if (title_error != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  else if (phone_error != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->phone_entry));
  return name_error == NULL && title_error == NULL && phone_error == NULL;
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  HdPersonEditor *self = HD_PERSON_EDITOR (widget);
  HdStore *store = hd_context_get_store (self->context);
  HdHistory *history = hd_context_get_history (self->context);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (self->name_entry)));
  HdPersonFields fields = {
    .name = name,
    .gender = gtk_drop_down_get_selected (self->gender_dropdown),
    .title = gtk_editable_get_text (self->title_entry),
    .party_member = gtk_switch_get_active (self->party_switch),
    .phone = gtk_editable_get_text (self->phone_entry),
  };
  gint64 id = self->person != NULL ? hd_person_get_id (self->person) : 0;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (!check_fields (self, &fields))
    return;

  /* Two people of the same name in one unit are common; ask once, then allow. */
  if (g_strcmp0 (self->confirmed_name, name) != 0 &&
      hd_person_count_same_name (store, self->unit_id, name, id) > 0)
    {
      g_autofree char *warning =
        /* Translators: %s is a person's name */
        g_strdup_printf (self->person == NULL ? _("A person named %s is already on this unit’s roster. Add another person with the same name?")
                                              : _("Another person named %s is already on this unit’s roster. Keep both with the same name?"),
                         name);

      g_free (self->confirmed_name);
      self->confirmed_name = g_strdup (name);
      show_warning (self, warning);
      return;
    }

  if (self->person == NULL)
    id = hd_person_create (store, history, self->unit_id, &fields, &error);
  else if (!hd_person_update (store, history, id, &fields, &error))
    id = 0;
  if (id == 0)
    {
      hd_field_error_set (self->error_label, NULL, error->message);
      return;
    }

  hd_dialog_close_saved (GTK_WINDOW (self), signals[SAVED], id);
}

static void
hd_person_editor_dispose (GObject *object)
{
  HdPersonEditor *self = HD_PERSON_EDITOR (object);

  g_clear_object (&self->person);
  g_clear_object (&self->context);
  g_clear_pointer (&self->confirmed_name, g_free);

  G_OBJECT_CLASS (hd_person_editor_parent_class)->dispose (object);
}

static void
hd_person_editor_class_init (HdPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_person_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HD_TYPE_OWNER_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, owner_banner);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, gender_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, title_error);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, party_switch);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, phone_entry);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, phone_error);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, warning_label);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdPersonEditor, save_button);
  gtk_widget_class_bind_template_callback (widget_class, name_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hd_person_editor_init (HdPersonEditor *self)
{
  /* Positions are the HdGender values. */
  const char *genders[] = { _("Not recorded"), hd_gender_get_label (HD_GENDER_MALE),
                            hd_gender_get_label (HD_GENDER_FEMALE), NULL };
  g_autoptr(GtkStringList) model = gtk_string_list_new (genders);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->gender_dropdown, G_LIST_MODEL (model));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

static HdPersonEditor *
editor_new (GtkWindow *parent,
            HdContext *context,
            gint64     unit_id)
{
  HdPersonEditor *self = hd_dialog_new (HD_TYPE_PERSON_EDITOR, parent);
  g_autoptr(HdUnit) unit = hd_unit_load (hd_context_get_store (context), unit_id, NULL);

  self->context = g_object_ref (context);
  self->unit_id = unit_id;
  if (unit != NULL)
    {
      /* Translators: under the title of the person form; %s is the unit */
      g_autofree char *heading = g_strdup_printf (_("On the roster of “%s”"), hd_unit_get_name (unit));

      gtk_label_set_label (self->heading_label, heading);
    }
  return self;
}

/* Another office's person (or one it would keep on its unit's roster) is only shown. */
static void
show_owner (HdPersonEditor *self,
            gboolean        editable)
{
  gtk_widget_set_sensitive (self->fields_grid, editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", editable);
}

HdPersonEditor *
hd_person_editor_new_add (GtkWindow *parent,
                          HdContext *context,
                          gint64     unit_id)
{
  HdPersonEditor *self;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);

  self = editor_new (parent, context, unit_id);
  gtk_window_set_title (GTK_WINDOW (self), _("Add Person"));
  gtk_button_set_label (self->save_button, save_label (self, FALSE));
  show_owner (self, hd_owner_banner_show_unit (self->owner_banner, hd_context_get_store (context), unit_id));
  return self;
}

HdPersonEditor *
hd_person_editor_new_edit (GtkWindow *parent,
                           HdContext *context,
                           HdPerson  *person)
{
  HdPersonEditor *self;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (HD_IS_PERSON (person), NULL);

  self = editor_new (parent, context, hd_person_get_unit_id (person));
  self->person = g_object_ref (person);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Person"));
  gtk_button_set_label (self->save_button, save_label (self, FALSE));
  gtk_editable_set_text (self->name_entry, hd_person_get_name (person));
  gtk_drop_down_set_selected (self->gender_dropdown, hd_person_get_gender (person));
  gtk_editable_set_text (self->title_entry, hd_person_get_title (person));
  gtk_switch_set_active (self->party_switch, hd_person_get_party_member (person));
  gtk_editable_set_text (self->phone_entry, hd_person_get_phone (person));
  show_owner (self, hd_owner_banner_show_row (self->owner_banner, hd_context_get_store (context), "person",
                                              hd_person_get_id (person)));
  return self;
}

GtkEditable *
hd_person_editor_get_name_entry (HdPersonEditor *self)
{
  g_return_val_if_fail (HD_IS_PERSON_EDITOR (self), NULL);
  return self->name_entry;
}

GtkDropDown *
hd_person_editor_get_gender_dropdown (HdPersonEditor *self)
{
  g_return_val_if_fail (HD_IS_PERSON_EDITOR (self), NULL);
  return self->gender_dropdown;
}

GtkEditable *
hd_person_editor_get_title_entry (HdPersonEditor *self)
{
  g_return_val_if_fail (HD_IS_PERSON_EDITOR (self), NULL);
  return self->title_entry;
}

GtkSwitch *
hd_person_editor_get_party_switch (HdPersonEditor *self)
{
  g_return_val_if_fail (HD_IS_PERSON_EDITOR (self), NULL);
  return self->party_switch;
}

GtkEditable *
hd_person_editor_get_phone_entry (HdPersonEditor *self)
{
  g_return_val_if_fail (HD_IS_PERSON_EDITOR (self), NULL);
  return self->phone_entry;
}

GtkButton *
hd_person_editor_get_save_button (HdPersonEditor *self)
{
  g_return_val_if_fail (HD_IS_PERSON_EDITOR (self), NULL);
  return self->save_button;
}

static const char *
shown (GtkLabel *label)
{
  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_label (label) : NULL;
}

const char *
hd_person_editor_get_name_error (HdPersonEditor *self)
{
  g_return_val_if_fail (HD_IS_PERSON_EDITOR (self), NULL);
  return shown (self->name_error);
}

const char *
hd_person_editor_get_phone_error (HdPersonEditor *self)
{
  g_return_val_if_fail (HD_IS_PERSON_EDITOR (self), NULL);
  return shown (self->phone_error);
}

const char *
hd_person_editor_get_warning (HdPersonEditor *self)
{
  g_return_val_if_fail (HD_IS_PERSON_EDITOR (self), NULL);
  return shown (self->warning_label);
}
