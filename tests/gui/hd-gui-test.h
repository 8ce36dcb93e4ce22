/* hd-gui-test.h — what the UI tests share: waiting on the main loop, opening and closing the
 * real window. */
#pragma once

#include "hd-application.h"
#include "import/hd-import-window.h"
#include "store/hd-store.h"

G_BEGIN_DECLS

#define HD_GUI_TEST_WAIT_SECONDS 30

gboolean   hd_gui_test_timed_out_cb       (gpointer       user_data);

/* Runs the main loop until @cond holds; fails the test after HD_GUI_TEST_WAIT_SECONDS. Never a
 * fixed sleep: a loaded machine only makes it slower. */
#define WAIT_FOR(cond) \
  G_STMT_START { \
    gboolean timed_out_ = FALSE; \
    guint timeout_id_ = g_timeout_add_seconds (HD_GUI_TEST_WAIT_SECONDS, hd_gui_test_timed_out_cb, &timed_out_); \
    while (!(cond) && !timed_out_) \
      g_main_context_iteration (NULL, TRUE); \
    if (!timed_out_) \
      g_source_remove (timeout_id_); \
    if (!(cond)) \
      g_error ("Timed out waiting for " #cond); \
  } G_STMT_END

/* Starts a UI test program: the build's translations, in English (the msgids the tests expect)
 * unless @english is FALSE, then in the environment's language as main.c does; GTest; and the
 * application, registered, which runs its startup (GTK, settings, actions) without a main loop
 * of its own: the tests turn the default main context themselves. */
HdApplication *hd_gui_test_init           (int            *argc,
                                           char         ***argv,
                                           gboolean        english);
/* Runs the tests, then closes every window and clears *@app. */
int        hd_gui_test_run                (HdApplication **app);

gboolean   hd_gui_test_no_windows         (HdApplication *app);
/* Waits for the daily backup (it writes into the test's folder), then closes every window. */
void       hd_gui_test_close_all_windows  (HdApplication *app);
/* Opens @db_path as "huodongban --db @db_path" would and waits for its window on screen: the
 * main window, or the window that says why the file was refused. */
GtkWindow *hd_gui_test_open_window        (HdApplication *app,
                                           const char    *db_path);

typedef struct {
  const char *title;   /* the column's, as shown */
  const char *text;    /* what its cell says, NULL for an empty cell */
} HdGuiTestCell;

/* Waits until the import preview has read its file and is on screen. */
void       hd_gui_test_wait_for_preview   (HdImportWindow      *preview);
/* Asserts what the cells of the preview's shown row @position say. */
void       hd_gui_test_assert_cells       (HdImportWindow      *preview,
                                           guint                position,
                                           const HdGuiTestCell *cells,
                                           guint                n_cells);

/* Fills @store with the county demo data set (seed 1) as on @day @month 2014. */
void       hd_gui_test_generate_demo      (HdStore       *store,
                                           GDateDay       day,
                                           GDateMonth     month);
/* The demo county as on 15 June 2014 in a new database in @dir; returns its path. */
char      *hd_gui_test_make_demo_county   (const char    *dir);
/* The position of the row of the tree list model @tree (of HdUnit items) showing unit @id, or
 * G_MAXUINT. */
guint      hd_gui_test_find_unit_row      (GListModel    *tree,
                                           gint64         id);

/* Owns org.freedesktop.Notifications on the test's session bus, so that the application's
 * notifications are received here rather than lost with a warning (hd_gui_test_init() does). */
void        hd_gui_test_serve_notifications (void);
/* How many have been received, and the last one's title (and @body). */
guint       hd_gui_test_get_n_notifications (void);
const char *hd_gui_test_get_notification    (const char **body);

/* Presses @keyval with @modifiers where the keyboard is in @window, as GTK would hand the key on:
 * from the focused widget up to the window, the first shortcut bound to the key (a widget's
 * class key bindings and shortcut controllers) that acts. FALSE when none did. Keys that only a
 * widget's own key handler reads (typing into an entry) are not pressed this way. */
gboolean   hd_gui_test_press_key          (GtkWindow       *window,
                                           guint            keyval,
                                           GdkModifierType  modifiers);

/* A shown toplevel window of @type (the first one GTK lists), or NULL. */
gpointer   hd_gui_test_find_toplevel      (GType          type);
/* The same, failing the test when there is none. */
gpointer   hd_gui_test_get_toplevel       (GType          type);

/* The first widget of @type in the tree under @widget (depth first), or NULL. */
GtkWidget *hd_gui_test_find_widget        (GtkWidget     *widget,
                                           GType          type);

typedef gboolean (*HdGuiTestWidgetFunc) (GtkWidget     *widget,
                                         gconstpointer  data);

/* The first widget in the tree under @widget (depth first) for which @match (with @data) is TRUE,
 * or NULL. */
GtkWidget *hd_gui_test_find_widget_where  (GtkWidget           *widget,
                                           HdGuiTestWidgetFunc  match,
                                           gconstpointer        data);

G_END_DECLS
