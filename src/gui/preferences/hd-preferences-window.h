/* hd-preferences-window.h — Preferences (Ctrl+,): the settings that are not chosen where they
 * are used: the operator's name in the change log, the days of the yellow light, the printed
 * forms' faces, where the masses send opinions (the public notice's foot) and the daily
 * reminders' unit. A change is written at once when it is valid; an invalid one is explained
 * beside its field and writes nothing, so the settings always hold the last valid value.
 */
#pragma once

#include <gtk/gtk.h>

#include "common/hd-unit-button.h"
#include "hd-context.h"
#include "layout/hd-style.h"

G_BEGIN_DECLS

#define HD_TYPE_PREFERENCES_WINDOW (hd_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (HdPreferencesWindow, hd_preferences_window, HD, PREFERENCES_WINDOW, GtkWindow)

/* The preferences, over @parent, for @context's database (its units for the reminders). */
HdPreferencesWindow *hd_preferences_window_new                (GtkWindow           *parent,
                                                               HdContext           *context);

/* For tests: the fields, and the message beside the warning days or @face's list (NULL when
 * none is shown). @face is HD_FACE_TITLE, HD_FACE_BODY or HD_FACE_TABLE. */
GtkEditable         *hd_preferences_window_get_operator_entry (HdPreferencesWindow *self);
GtkSpinButton       *hd_preferences_window_get_warning_spin   (HdPreferencesWindow *self);
const char          *hd_preferences_window_get_warning_error  (HdPreferencesWindow *self);
GtkEditable         *hd_preferences_window_get_faces_entry    (HdPreferencesWindow *self,
                                                               HdFace               face);
const char          *hd_preferences_window_get_faces_error    (HdPreferencesWindow *self,
                                                               HdFace               face);
const char          *hd_preferences_window_get_faces_used     (HdPreferencesWindow *self,
                                                               HdFace               face);
GtkEditable         *hd_preferences_window_get_address_entry  (HdPreferencesWindow *self);
HdUnitButton        *hd_preferences_window_get_scope_button   (HdPreferencesWindow *self);

G_END_DECLS
