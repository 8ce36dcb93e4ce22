/* hd-send-window.h — Send Package: the receiving office, everything or what changed, with or
 * without confidential content; what the package will hold, per kind of record; then the file. */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

#define HD_TYPE_SEND_WINDOW (hd_send_window_get_type ())
G_DECLARE_FINAL_TYPE (HdSendWindow, hd_send_window, HD, SEND_WINDOW, GtkWindow)

/* Emits "sent" with a sentence saying what was written, then closes. */
HdSendWindow *hd_send_window_new          (GtkWindow    *parent,
                                           HdContext    *context);

/* For tests: choose the office (in hd_office_list()'s order) and the switches; */
void          hd_send_window_set_choice   (HdSendWindow *self,
                                           guint         office,
                                           gboolean      full,
                                           gboolean      confidential);
/* whether the counts are being worked out; the lines shown, and the summary; */
gboolean      hd_send_window_get_busy     (HdSendWindow *self);
GStrv         hd_send_window_dup_lines    (HdSendWindow *self);
const char   *hd_send_window_get_summary  (HdSendWindow *self);
/* the file name the save dialog proposes; */
char         *hd_send_window_dup_file_name (HdSendWindow *self);
/* writes the package to @path as the save dialog does once a file is chosen. */
void          hd_send_window_save_to      (HdSendWindow *self,
                                           GFile        *file);

G_END_DECLS
