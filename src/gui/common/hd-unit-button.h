/* hd-unit-button.h — the button over a list that says whose list it is ("Unit: 示范县/城关镇")
 * and, pressed, lets the clerk choose another unit by typing part of its name. The list shows
 * that unit and the units below it.
 */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_UNIT_BUTTON (hd_unit_button_get_type ())
G_DECLARE_FINAL_TYPE (HdUnitButton, hd_unit_button, HD, UNIT_BUTTON, GtkButton)

/* Sets the context and shows @unit_id (0: every unit); no ::changed. */
void     hd_unit_button_set_context (HdUnitButton *self,
                                     HdContext    *context,
                                     gint64        unit_id);
gint64   hd_unit_button_get_unit    (HdUnitButton *self);
/* Shows @unit_id and emits ::changed when it is another. */
void     hd_unit_button_set_unit    (HdUnitButton *self,
                                     gint64        unit_id);
/* Rereads the name (after an edit), and falls back to every unit when the unit is gone. */
void     hd_unit_button_refresh     (HdUnitButton *self);
/* The county when the database holds one hierarchy, else 0 (every unit). */
gint64   hd_unit_button_default_unit (HdStore     *store);

G_END_DECLS
