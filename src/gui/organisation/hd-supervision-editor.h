/* hd-supervision-editor.h — the supervision groups (督导组) a unit (usually the county) sends:
 * create, rename and delete them, name each group's leader and members, assign units. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"
#include "organisation/hd-unit.h"

G_BEGIN_DECLS

#define HD_TYPE_SUPERVISION_EDITOR (hd_supervision_editor_get_type ())
G_DECLARE_FINAL_TYPE (HdSupervisionEditor, hd_supervision_editor, HD, SUPERVISION_EDITOR, GtkWindow)

HdSupervisionEditor *hd_supervision_editor_new (GtkWindow *parent,
                                                HdContext *context,
                                                HdUnit    *sending_unit);

G_END_DECLS
