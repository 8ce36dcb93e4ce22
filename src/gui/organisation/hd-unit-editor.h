/* hd-unit-editor.h — the form that adds a child unit or changes a unit's name, kind and code. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "organisation/hd-unit.h"

G_BEGIN_DECLS

#define HD_TYPE_UNIT_EDITOR (hd_unit_editor_get_type ())
G_DECLARE_FINAL_TYPE (HdUnitEditor, hd_unit_editor, HD, UNIT_EDITOR, GtkWindow)

/* Adds a child of @parent_unit (NULL: a new root). Emits "saved" with the new unit's id. */
HdUnitEditor *hd_unit_editor_new_add       (GtkWindow    *parent,
                                            HdContext    *context,
                                            HdUnit       *parent_unit);
/* Changes @unit; each changed field is one edit. Emits "saved" with the unit's id. */
HdUnitEditor *hd_unit_editor_new_edit      (GtkWindow    *parent,
                                            HdContext    *context,
                                            HdUnit       *unit);

/* The kind a new child of a @parent_kind unit usually has (a township's child: a village). */
HdUnitKind    hd_unit_editor_default_child_kind (HdUnitKind parent_kind);

/* For tests: the widgets a clerk fills in and presses. */
GtkEditable  *hd_unit_editor_get_name_entry  (HdUnitEditor *self);
GtkEditable  *hd_unit_editor_get_code_entry  (HdUnitEditor *self);
GtkDropDown  *hd_unit_editor_get_kind_dropdown (HdUnitEditor *self);
GtkButton    *hd_unit_editor_get_save_button (HdUnitEditor *self);
/* The inline message under the name or the code, NULL when none is shown. */
const char   *hd_unit_editor_get_error       (HdUnitEditor *self);

G_END_DECLS
