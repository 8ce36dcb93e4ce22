/* hd-bench-window.c — the window's figures on a database (see run.sh): time from start until the
 * window opens on the rectification ledger with its first rows (and the processor time the main
 * thread spent until then, which a loaded machine does not inflate as much), until the ledger has read all its rows,
 * until the unit tree is on screen once the Organisation area is chosen (its page is built then);
 * the time to expand units (until the frame that shows their children is painted); and resident
 * memory.
 *
 *   hd-bench-window DATABASE [--first-frame | --during-backup]
 *
 * --first-frame stops after the first figure (to profile the start, e.g. under perf record).
 * --during-backup measures instead, while the day's backup copy is made in its worker (the
 * database must have none from today), the time between frames of the ledger scrolling on once
 * it has read its rows, and the copy's time (from then) and size.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <glib/gstdio.h>

#include "backup/hd-backup.h"
#include "hd-application.h"
#include "hd-window.h"

#define N_EXPANSIONS 200

typedef struct {
  gint64              start;
  HdApplication      *app;
  HdWindow           *window;
  HdLedgerPage       *ledger;
  gboolean            ledger_shown;
  gboolean            switched;
  GtkSingleSelection *tree;
  GdkFrameClock      *clock;
  gulong              paint_id;
  GArray             *times;
  GRand              *rand;
  gboolean            first_frame_only;
  GtkTreeListRow     *expanding;
  gint64              expand_start;
  /* --during-backup */
  gboolean            during_backup;
  const char         *db_path;
  GtkAdjustment      *scroll;
  double              step;
  gint64              backup_start, last_frame;
  double              max_interval;
  guint               n_frames, n_slow_frames;
} Bench;

static double
ms (gint64 from,
    gint64 to)
{
  return (to - from) / 1000.0;
}

/* The processor time the main thread has used, user and system, in ms (the ledger's worker
 * reads on its own thread meanwhile). */
static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_THREAD, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static long
status_kb (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return -1;
  return strtol (line + strlen (field), NULL, 10);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static void expand_next (Bench *bench);

static void
finish (Bench *bench)
{
  double p50, max;

  g_signal_handler_disconnect (bench->clock, bench->paint_id);
  g_array_sort (bench->times, compare_doubles);
  p50 = g_array_index (bench->times, double, bench->times->len / 2);
  max = g_array_index (bench->times, double, bench->times->len - 1);
  printf ("window_expand_p50_ms\t%.1f ms\t< 50 ms\n", p50);
  printf ("window_expand_max_ms\t%.1f ms\t< 50 ms (%u expansions, until painted)\n", max, bench->times->len);
  printf ("window_rss_mb\t%.1f MB\t< 200 MB (peak %.1f MB)\n",
          status_kb ("VmRSS:") / 1024.0, status_kb ("VmHWM:") / 1024.0);
  fflush (stdout);
  g_application_quit (G_APPLICATION (bench->app));
}

static GtkWidget *
find_scrolled_window (GtkWidget *widget)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_scrolled_window (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Each frame the ledger scrolls on by a few pixels, as a clerk reading it would, back up at its
 * end: the window keeps drawing while the copy is made. */
static gboolean
scroll_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  Bench *bench = user_data;
  double value = gtk_adjustment_get_value (bench->scroll) + bench->step;
  double end = gtk_adjustment_get_upper (bench->scroll) - gtk_adjustment_get_page_size (bench->scroll);

  if (value <= 0 || value >= end)
    bench->step = -bench->step;
  gtk_adjustment_set_value (bench->scroll, CLAMP (value, 0, end));
  return G_SOURCE_CONTINUE;
}

static void
during_backup_paint (Bench  *bench,
                     gint64  now)
{
  gboolean running = hd_application_get_backup_running (bench->app);

  if (bench->backup_start == 0)
    {
      /* Counted once the ledger has read its rows, which it does in idle chunks on the main
       * thread, whatever the copy. */
      if (hd_ledger_page_get_loading (bench->ledger))
        {
          gdk_frame_clock_request_phase (bench->clock, GDK_FRAME_CLOCK_PHASE_PAINT);
          return;
        }
      if (!running)
        {
          if (ms (bench->start, now) > 10000)
            {
              g_printerr ("the day's backup copy did not start: remove the database's copies of today first\n");
              g_application_quit (G_APPLICATION (bench->app));
            }
          gdk_frame_clock_request_phase (bench->clock, GDK_FRAME_CLOCK_PHASE_PAINT);
          return;
        }
      bench->backup_start = bench->last_frame = now;
      bench->step = 4;
      bench->scroll = gtk_scrolled_window_get_vadjustment (
        GTK_SCROLLED_WINDOW (find_scrolled_window (GTK_WIDGET (bench->ledger))));
      gtk_widget_add_tick_callback (GTK_WIDGET (bench->window), scroll_tick_cb, bench, NULL);
      return;
    }
  bench->max_interval = MAX (bench->max_interval, ms (bench->last_frame, now));
  bench->n_slow_frames += ms (bench->last_frame, now) > 50;
  bench->n_frames++;
  bench->last_frame = now;
  if (!running)
    {
      g_autoptr(GPtrArray) copies = hd_backup_list (bench->db_path);
      GStatBuf st;
      double db_mb = g_stat (bench->db_path, &st) == 0 ? st.st_size / 1048576.0 : 0;
      double copy_mb = copies->len > 0 ? ((HdBackupCopy *) g_ptr_array_index (copies, 0))->size / 1048576.0 : 0;

      printf ("backup_in_window_s\t%.1f s\t(the day's copy, made in the worker while the ledger scrolls)\n",
              ms (bench->backup_start, now) / 1000);
      printf ("backup_frame_max_ms\t%.1f ms\t< 50 ms (the longest time between two of %u frames; %u over 50 ms)\n",
              bench->max_interval, bench->n_frames, bench->n_slow_frames);
      printf ("backup_copy_mb\t%.0f MB\t(%.0f %% of the database's %.0f MB; seven days' copies < 200 %%)\n",
              copy_mb, db_mb > 0 ? 100 * copy_mb / db_mb : 0, db_mb);
      fflush (stdout);
      g_application_quit (G_APPLICATION (bench->app));
    }
}

/* After each painted frame: the first one with rows is the start-up figure; then each
 * expansion's figure is taken at the frame after it. */
static void
after_paint_cb (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();

  if (bench->during_backup)
    {
      during_backup_paint (bench, now);
      return;
    }
  if (!bench->ledger_shown)
    {
      if (g_list_model_get_n_items (hd_ledger_page_get_rows (bench->ledger)) == 0)
        return;
      bench->ledger_shown = TRUE;
      printf ("window_ledger_shown_ms\t%.1f ms\t< 1000 ms (the page the window opens on; %.0f ms of the main thread's "
              "processor time, "
              "%.1f MB resident)\n", ms (bench->start, now), cpu_ms (), status_kb ("VmRSS:") / 1024.0);
      fflush (stdout);
      if (bench->first_frame_only)
        {
          g_signal_handler_disconnect (bench->clock, bench->paint_id);
          g_application_quit (G_APPLICATION (bench->app));
        }
      return;
    }
  if (!bench->switched)
    {
      /* Let the ledger read the rest of its rows (in idle chunks, as the clerk works), then go
       * to the Organisation area as the clerk would with Alt+1. */
      if (hd_ledger_page_get_loading (bench->ledger))
        {
          gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
          return;
        }
      printf ("window_ledger_complete_ms\t%.1f ms\t(%u tasks read in the background)\n", ms (bench->start, now),
              g_list_model_get_n_items (hd_ledger_page_get_rows (bench->ledger)));
      bench->switched = TRUE;
      bench->start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (bench->window), "win.area", "s", "organisation");
      /* The page is built when its area is first shown: there is a tree only now. */
      bench->tree = hd_organisation_page_get_tree_selection (hd_window_get_organisation_page (bench->window));
      return;
    }
  if (bench->times == NULL)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (bench->tree)) == 0)
        return;
      printf ("window_tree_shown_ms\t%.1f ms\t< 1000 ms (after choosing the Organisation area)\n", ms (bench->start, now));
      fflush (stdout);
      bench->times = g_array_new (FALSE, FALSE, sizeof (double));
      expand_next (bench);
      return;
    }
  if (bench->expanding != NULL)
    {
      double elapsed = ms (bench->expand_start, now);

      g_array_append_val (bench->times, elapsed);
      gtk_tree_list_row_set_expanded (bench->expanding, FALSE);
      g_clear_object (&bench->expanding);
      if (bench->times->len >= N_EXPANSIONS)
        finish (bench);
      else
        expand_next (bench);
    }
}

/* Expands a random expandable row among the first rows of the tree (counties, townships). */
static void
expand_next (Bench *bench)
{
  GListModel *rows = G_LIST_MODEL (bench->tree);
  guint n = g_list_model_get_n_items (rows);

  for (guint tries = 0; tries < 1000; tries++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, g_rand_int_range (bench->rand, 0, (gint32) n));

      if (gtk_tree_list_row_is_expandable (row) && !gtk_tree_list_row_get_expanded (row) &&
          gtk_tree_list_row_get_depth (row) > 0)
        {
          bench->expanding = g_object_ref (row);
          bench->expand_start = g_get_monotonic_time ();
          gtk_tree_list_row_set_expanded (row, TRUE);
          gdk_frame_clock_request_phase (bench->clock, GDK_FRAME_CLOCK_PHASE_PAINT);
          return;
        }
    }
  g_printerr ("no expandable row found\n");
  finish (bench);
}

static void
window_added_cb (GtkApplication *application,
                 GtkWindow      *window,
                 Bench          *bench)
{
  if (!HD_IS_WINDOW (window))
    return;
  bench->window = HD_WINDOW (window);
  bench->ledger = hd_window_get_ledger_page (HD_WINDOW (window));
  gtk_widget_realize (GTK_WIDGET (window));
  bench->clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  bench->paint_id = g_signal_connect (bench->clock, "after-paint", G_CALLBACK (after_paint_cb), bench);
}

int
main (int argc, char *argv[])
{
  Bench bench = { .start = g_get_monotonic_time () };
  int status;

  if (argc < 2 || argc > 3 ||
      (argc == 3 && strcmp (argv[2], "--first-frame") != 0 && strcmp (argv[2], "--during-backup") != 0))
    {
      fprintf (stderr, "usage: hd-bench-window DATABASE [--first-frame | --during-backup]\n");
      return 2;
    }
  bench.first_frame_only = argc == 3 && strcmp (argv[2], "--first-frame") == 0;
  bench.during_backup = argc == 3 && strcmp (argv[2], "--during-backup") == 0;
  bench.db_path = argv[1];
  bench.rand = g_rand_new_with_seed (11);
  bench.app = hd_application_new ();
  hd_application_set_db_path (bench.app, argv[1]);
  g_signal_connect (bench.app, "window-added", G_CALLBACK (window_added_cb), &bench);
  status = g_application_run (G_APPLICATION (bench.app), 0, NULL);

  g_clear_pointer (&bench.times, g_array_unref);
  g_rand_free (bench.rand);
  g_object_unref (bench.app);
  return status;
}
