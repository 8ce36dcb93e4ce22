/* hd-print-style.h — the printed forms' faces from the settings (print-title-faces,
 * print-body-faces, print-table-faces): family lists, an empty list meaning the built-in one. */
#pragma once

#include <gio/gio.h>

#include "layout/hd-style.h"

G_BEGIN_DECLS

HdStyle *hd_print_style_new (GSettings *settings);

G_END_DECLS
