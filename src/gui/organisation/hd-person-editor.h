/* hd-person-editor.h — the form that adds a person to a unit's roster or changes one. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "organisation/hd-person.h"

G_BEGIN_DECLS

#define HD_TYPE_PERSON_EDITOR (hd_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (HdPersonEditor, hd_person_editor, HD, PERSON_EDITOR, GtkWindow)

/* Emit "saved" with the person's id. */
HdPersonEditor *hd_person_editor_new_add          (GtkWindow      *parent,
                                                   HdContext      *context,
                                                   gint64          unit_id);
HdPersonEditor *hd_person_editor_new_edit         (GtkWindow      *parent,
                                                   HdContext      *context,
                                                   HdPerson       *person);

/* For tests: the widgets a clerk fills in and presses. */
GtkEditable    *hd_person_editor_get_name_entry   (HdPersonEditor *self);
GtkDropDown    *hd_person_editor_get_gender_dropdown (HdPersonEditor *self);
GtkEditable    *hd_person_editor_get_title_entry  (HdPersonEditor *self);
GtkSwitch      *hd_person_editor_get_party_switch (HdPersonEditor *self);
GtkEditable    *hd_person_editor_get_phone_entry  (HdPersonEditor *self);
GtkButton      *hd_person_editor_get_save_button  (HdPersonEditor *self);
/* The message shown under the name or the phone, NULL when none. */
const char     *hd_person_editor_get_name_error   (HdPersonEditor *self);
const char     *hd_person_editor_get_phone_error  (HdPersonEditor *self);
/* The duplicate-name question, NULL while not asked. */
const char     *hd_person_editor_get_warning      (HdPersonEditor *self);

G_END_DECLS
