/* hd-key-window.h — a lower office's new key, shown once: its code in groups of four to read
 * over the telephone, with a button that copies it, the fingerprint and where the key file is. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HD_TYPE_KEY_WINDOW (hd_key_window_get_type ())
G_DECLARE_FINAL_TYPE (HdKeyWindow, hd_key_window, HD, KEY_WINDOW, GtkWindow)

HdKeyWindow *hd_key_window_new      (GtkWindow   *parent,
                                     const char  *office_name,
                                     const char  *code,
                                     const char  *fingerprint,
                                     const char  *key_path);
const char  *hd_key_window_get_code (HdKeyWindow *self);

G_END_DECLS
