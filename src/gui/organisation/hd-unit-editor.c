/* hd-unit-editor.c */
#include <glib/gi18n-lib.h>

#include "common/hd-enum-labels.h"
#include "common/hd-dialog.h"
#include "common/hd-field-error.h"
#include "common/hd-owner-banner.h"
#include "organisation/hd-unit-edit.h"
#include "organisation/hd-unit-editor.h"

struct _HdUnitEditor
{
  GtkWindow    parent_instance;

  HdContext   *context;
  gint64       parent_id;   /* adding */
  HdUnit      *unit;        /* editing */

  HdOwnerBanner *owner_banner;
  GtkWidget   *fields_grid;
  GtkLabel    *heading_label;
  GtkEditable *name_entry;
  GtkLabel    *name_error;
  GtkDropDown *kind_dropdown;
  GtkEditable *code_entry;
  GtkLabel    *code_error;
  GtkLabel    *error_label;
  GtkButton   *save_button;
};

G_DEFINE_FINAL_TYPE (HdUnitEditor, hd_unit_editor, GTK_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (GtkLabel     *label,
            GtkEditable  *entry,
            const GError *error)
{
  hd_field_error_set (label, entry != NULL ? GTK_WIDGET (entry) : NULL, error->message);
  if (entry != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (entry));
}

static void
clear_errors (HdUnitEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->name_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->code_error), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self->name_entry), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->code_entry), "error");
}

/* The core checks the name before the code, and its code messages quote the code: a message
 * that quotes the code typed belongs under the code. */
static void
show_add_error (HdUnitEditor *self,
                const GError *error,
                const char   *code)
{
  if (g_error_matches (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_DUPLICATE_CODE) ||
      (g_error_matches (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID) &&
       *code != '\0' && strstr (error->message, code) != NULL))
    show_error (self->code_error, self->code_entry, error);
  else if (g_error_matches (error, HD_UNIT_EDIT_ERROR, HD_UNIT_EDIT_ERROR_INVALID))
    show_error (self->name_error, self->name_entry, error);
  else
    show_error (self->error_label, NULL, error);
}

static void
save (GtkWidget  *widget,
      const char *action_name,
      GVariant   *parameter)
{
  HdUnitEditor *self = HD_UNIT_EDITOR (widget);
  HdStore *store = hd_context_get_store (self->context);
  HdHistory *history = hd_context_get_history (self->context);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (self->name_entry)));
  g_autofree char *code = g_strstrip (g_strdup (gtk_editable_get_text (self->code_entry)));
  HdUnitKind kind = gtk_drop_down_get_selected (self->kind_dropdown);
  gint64 id;

  clear_errors (self);

  if (self->unit == NULL)
    {
      id = hd_unit_create (store, history, self->parent_id, kind, name, code, &error);
      if (id == 0)
        {
          show_add_error (self, error, code);
          return;
        }
      hd_dialog_close_saved (GTK_WINDOW (self), signals[SAVED], id);
      return;
    }

  id = hd_unit_get_id (self->unit);
  /* Each change is its own edit, so that the error lands on its own field; what already
   * went through stays done and can be undone. */
  if (g_strcmp0 (name, hd_unit_get_name (self->unit)) != 0 &&
      !hd_unit_rename (store, history, id, name, &error))
    {
      show_error (error->domain == HD_UNIT_EDIT_ERROR ? self->name_error : self->error_label,
                  self->name_entry, error);
      return;
    }
  if (kind != hd_unit_get_kind (self->unit) &&
      !hd_unit_set_kind (store, history, id, kind, &error))
    {
      show_error (self->error_label, NULL, error);
      return;
    }
  if (g_strcmp0 (code, hd_unit_get_code (self->unit) != NULL ? hd_unit_get_code (self->unit) : "") != 0 &&
      !hd_unit_set_code (store, history, id, code, &error))
    {
      show_error (error->domain == HD_UNIT_EDIT_ERROR ? self->code_error : self->error_label,
                  self->code_entry, error);
      return;
    }
  hd_dialog_close_saved (GTK_WINDOW (self), signals[SAVED], id);
}

static void
hd_unit_editor_dispose (GObject *object)
{
  HdUnitEditor *self = HD_UNIT_EDITOR (object);

  g_clear_object (&self->unit);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hd_unit_editor_parent_class)->dispose (object);
}

static void
hd_unit_editor_class_init (HdUnitEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hd_unit_editor_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  g_type_ensure (HD_TYPE_OWNER_BANNER);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/huodongban/Huodongban/organisation/hd-unit-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, owner_banner);
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, fields_grid);
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, heading_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, name_entry);
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, name_error);
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, code_entry);
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, code_error);
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, HdUnitEditor, save_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

HD_ENUM_LABEL_FUNC (unit_kind_label, hd_unit_kind_get_label)

static void
hd_unit_editor_init (HdUnitEditor *self)
{
  g_autoptr(GtkStringList) kinds = hd_enum_labels_new (NULL, unit_kind_label, 0, HD_UNIT_N_KINDS);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->save_button));
}

static HdUnitEditor *
editor_new (GtkWindow *parent,
            HdContext *context)
{
  HdUnitEditor *self = hd_dialog_new (HD_TYPE_UNIT_EDITOR, parent);

  self->context = g_object_ref (context);
  return self;
}

/* Another office's unit (or a child it would keep) is only shown. */
static void
show_owner (HdUnitEditor *self,
            gboolean      editable)
{
  gtk_widget_set_sensitive (self->fields_grid, editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", editable);
}

HdUnitKind
hd_unit_editor_default_child_kind (HdUnitKind parent_kind)
{
  switch (parent_kind)
    {
    case HD_UNIT_KIND_PROVINCE:
      return HD_UNIT_KIND_CITY;
    case HD_UNIT_KIND_CITY:
      return HD_UNIT_KIND_COUNTY;
    case HD_UNIT_KIND_COUNTY:
      return HD_UNIT_KIND_TOWNSHIP;
    case HD_UNIT_KIND_TOWNSHIP:
      return HD_UNIT_KIND_VILLAGE;
    case HD_UNIT_KIND_STREET:
      return HD_UNIT_KIND_COMMUNITY;
    case HD_UNIT_KIND_VILLAGE:
    case HD_UNIT_KIND_COMMUNITY:
    case HD_UNIT_KIND_DEPARTMENT:
    case HD_UNIT_KIND_OTHER:
    default:
      return HD_UNIT_KIND_OTHER;
    }
}

HdUnitEditor *
hd_unit_editor_new_add (GtkWindow *parent,
                        HdContext *context,
                        HdUnit    *parent_unit)
{
  HdUnitEditor *self;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (parent_unit == NULL || HD_IS_UNIT (parent_unit), NULL);

  self = editor_new (parent, context);
  gtk_window_set_title (GTK_WINDOW (self), _("Add Unit"));
  gtk_button_set_label (self->save_button, _("_Add Unit"));
  if (parent_unit != NULL)
    {
      self->parent_id = hd_unit_get_id (parent_unit);
      /* Translators: the heading of the form that adds a unit under %s */
      heading = g_strdup_printf (_("A new unit under “%s”"), hd_unit_get_name (parent_unit));
      gtk_drop_down_set_selected (self->kind_dropdown,
                                  hd_unit_editor_default_child_kind (hd_unit_get_kind (parent_unit)));
    }
  else
    {
      heading = g_strdup (_("A new unit at the top of the hierarchy"));
      gtk_drop_down_set_selected (self->kind_dropdown, HD_UNIT_KIND_COUNTY);
    }
  gtk_label_set_label (self->heading_label, heading);
  show_owner (self, hd_owner_banner_show_unit (self->owner_banner, hd_context_get_store (context), self->parent_id));
  return self;
}

HdUnitEditor *
hd_unit_editor_new_edit (GtkWindow *parent,
                         HdContext *context,
                         HdUnit    *unit)
{
  HdUnitEditor *self;

  g_return_val_if_fail (HD_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (HD_IS_UNIT (unit), NULL);

  self = editor_new (parent, context);
  self->unit = g_object_ref (unit);
  gtk_window_set_title (GTK_WINDOW (self), _("Edit Unit"));
  gtk_button_set_label (self->save_button, _("_Save"));
  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), FALSE);
  gtk_editable_set_text (self->name_entry, hd_unit_get_name (unit));
  gtk_editable_set_text (self->code_entry, hd_unit_get_code (unit) != NULL ? hd_unit_get_code (unit) : "");
  gtk_drop_down_set_selected (self->kind_dropdown, hd_unit_get_kind (unit));
  gtk_editable_select_region (self->name_entry, 0, -1);
  show_owner (self, hd_owner_banner_show_row (self->owner_banner, hd_context_get_store (context), "unit",
                                              hd_unit_get_id (unit)));
  return self;
}

GtkEditable *
hd_unit_editor_get_name_entry (HdUnitEditor *self)
{
  g_return_val_if_fail (HD_IS_UNIT_EDITOR (self), NULL);
  return self->name_entry;
}

GtkEditable *
hd_unit_editor_get_code_entry (HdUnitEditor *self)
{
  g_return_val_if_fail (HD_IS_UNIT_EDITOR (self), NULL);
  return self->code_entry;
}

GtkDropDown *
hd_unit_editor_get_kind_dropdown (HdUnitEditor *self)
{
  g_return_val_if_fail (HD_IS_UNIT_EDITOR (self), NULL);
  return self->kind_dropdown;
}

GtkButton *
hd_unit_editor_get_save_button (HdUnitEditor *self)
{
  g_return_val_if_fail (HD_IS_UNIT_EDITOR (self), NULL);
  return self->save_button;
}

const char *
hd_unit_editor_get_error (HdUnitEditor *self)
{
  GtkLabel *labels[] = { self->name_error, self->code_error, self->error_label };

  g_return_val_if_fail (HD_IS_UNIT_EDITOR (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (gtk_widget_get_visible (GTK_WIDGET (labels[i])))
      return gtk_label_get_label (labels[i]);
  return NULL;
}
