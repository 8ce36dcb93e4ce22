/* hd-office-commands.h — registering a lower office (or giving it a new key) and joining the
 * upper office, each in a few steps over @parent: a unit or file chosen, the work done in a
 * worker on a connection of its own, the outcome shown. When done (also when it failed), they
 * activate @parent's action "offices.reload" with a sentence saying what happened ("" when the
 * clerk stopped). */
#pragma once

#include <gtk/gtk.h>

#include "hd-context.h"

G_BEGIN_DECLS

/* @unit_id: the lower office's unit, or 0 to choose it first. Shows the key's code once. */
void  hd_office_commands_register  (GtkWindow  *parent,
                                    HdContext  *context,
                                    gint64      unit_id);
/* Asks for the key file, shows who the upper office is and the key's code and fingerprint to
 * compare with what was read over the telephone (and, on a database that keeps units, how its
 * units match the file's), then joins. */
void  hd_office_commands_join      (GtkWindow  *parent,
                                    HdContext  *context);

/* The key file @path as the join shows it before asking: the upper office, the code and the
 * fingerprint, and the units matched when @store keeps some. NULL with @error when the file is
 * not a key file or cannot be read. */
char *hd_office_commands_describe_key_file (HdStore     *store,
                                            const char  *path,
                                            char       **heading,
                                            GError     **error);

G_END_DECLS
