/* test-preferences.c — Preferences (Ctrl+,) in the real window (Xvfb in CI): the days of the
 * yellow light typed in the spin button change the ledger's and the overview's lights at once,
 * a number outside 0..30 is refused and explained; the operator's name typed is the one the next
 * change log entry records; the face lists are checked against the installed fonts; the address
 * and the reminders' unit are written as chosen. */
#include "hd-gui-test.h"
#include "hd-test-util.h"
#include "hd-window.h"
#include "ledger/hd-light.h"
#include "ledger/hd-task.h"
#include "organisation/hd-unit-edit.h"
#include "overview/hd-overview-item.h"
#include "overview/hd-reminder-notice.h"
#include "preferences/hd-face-list.h"
#include "preferences/hd-preferences-window.h"

static HdApplication *app;

typedef struct {
  char   *db_path;
  gint64  county;      /* 隆岗县 */
  gint64  township;    /* 七坪镇 */
  gint64  five_days;   /* due 2014-10-05: five days after "today" */
} Ledger;

static void
ledger_clear (Ledger *ledger)
{
  g_free (ledger->db_path);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Ledger, ledger_clear)

static gint64
add_task (HdStore    *store,
          gint64      unit_id,
          const char *problem,
          const char *deadline)
{
  HdTaskFields fields = {
    .unit_id = unit_id, .plan = HD_TASK_PLAN_RECTIFICATION, .rule_action = HD_RULE_ACTION_NONE,
    .kind = HD_TASK_KIND_DEADLINE, .problem = problem, .measures = "精简会议文件", .goal = "群众满意",
    .leader = "李建国", .person = "赵敏", .deadline = deadline,
  };
  g_autoptr(GError) error = NULL;
  gint64 id = hd_task_create (store, NULL, &fields, &error);

  g_assert_no_error (error);
  return id;
}

/* 隆岗县 → 七坪镇 with three tasks: overdue, due in two days and due in five; today 2014-09-30. */
static HdWindow *
open_ledger (const char *dir,
             Ledger     *ledger)
{
  HdWindow *window;
  HdLedgerPage *page;
  GDate today;

  {
    g_autoptr(HdStore) store = hd_test_open_store (dir, "ledger.db");
    g_autoptr(GError) error = NULL;

    ledger->county = hd_unit_create (store, NULL, 0, HD_UNIT_KIND_COUNTY, "隆岗县", NULL, &error);
    g_assert_no_error (error);
    ledger->township = hd_unit_create (store, NULL, ledger->county, HD_UNIT_KIND_TOWNSHIP, "七坪镇", NULL, &error);
    g_assert_no_error (error);
    add_task (store, ledger->township, "会议多、文件多", "2014-09-20");
    add_task (store, ledger->township, "公车私用", "2014-10-02");
    ledger->five_days = add_task (store, ledger->township, "村务公开不及时", "2014-10-05");
    ledger->db_path = g_strdup (hd_store_get_path (store));
  }
  window = HD_WINDOW (hd_gui_test_open_window (app, ledger->db_path));
  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 30, G_DATE_SEPTEMBER, 2014);
  hd_context_set_today (hd_window_get_context (window), &today);
  page = hd_window_get_ledger_page (window);
  hd_ledger_page_set_unit (page, ledger->county);
  WAIT_FOR (!hd_ledger_page_get_loading (page));
  return window;
}

/* Opens Preferences as Ctrl+, does; asked again, the same window comes to the front. */
static HdPreferencesWindow *
open_preferences (HdWindow *window)
{
  HdPreferencesWindow *preferences = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (window), "preferences", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "preferences", NULL);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      if (HD_IS_PREFERENCES_WINDOW (l->data))
        {
          g_assert_null (preferences);
          preferences = l->data;
        }
    }
  g_assert_nonnull (preferences);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preferences)) == GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (preferences)));
  return preferences;
}

static GSettings *
settings_of (HdWindow *window)
{
  return hd_context_get_settings (hd_window_get_context (window));
}

/* Types @text into the spin button and presses Enter. */
static void
type_days (GtkSpinButton *spin,
           const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  gtk_spin_button_update (spin);
}

static gboolean
is_label_showing (GtkWidget     *widget,
                  gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static gboolean
is_light_word (GtkWidget     *widget,
               gconstpointer  data)
{
  if (!GTK_IS_LABEL (widget))
    return FALSE;
  for (int light = 0; light < HD_LIGHT_N_LIGHTS; light++)
    {
      if (g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), hd_light_get_label (light)))
        return TRUE;
    }
  return FALSE;
}

/* The light's word the ledger shows in the row of the task whose problem is @problem. */
static const char *
shown_light (HdLedgerPage *page,
             const char   *problem)
{
  GtkWidget *cell = hd_gui_test_find_widget_where (GTK_WIDGET (page), is_label_showing, problem);
  GtkWidget *row = cell;
  GtkWidget *word;

  g_assert_nonnull (cell);
  /* Up to the row: the child of the list. */
  while (!GTK_IS_LIST_VIEW (gtk_widget_get_parent (row)))
    row = gtk_widget_get_parent (row);
  word = hd_gui_test_find_widget_where (row, is_light_word, NULL);
  g_assert_nonnull (word);
  return gtk_label_get_text (GTK_LABEL (word));
}

/* Waits until the ledger has read its rows again and shown them. */
static void
wait_for_ledger (HdLedgerPage *page,
                 const char   *problem,
                 const char   *light)
{
  WAIT_FOR (!hd_ledger_page_get_loading (page) && !hd_ledger_page_get_reading_totals (page));
  WAIT_FOR (hd_gui_test_find_widget_where (GTK_WIDGET (page), is_label_showing, problem) != NULL &&
            g_str_equal (shown_light (page, problem), light));
}

static HdOverviewItem *
overview_total (HdOverviewPage *page)
{
  GListModel *rows = hd_overview_page_get_rows (page);
  g_autoptr(HdOverviewItem) total = g_list_model_get_item (rows, g_list_model_get_n_items (rows) - 1);

  g_assert_cmpint (hd_overview_item_get_kind (total), ==, HD_OVERVIEW_ITEM_TOTAL);
  return total;   /* the model holds it */
}

static void
test_warning_days (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_auto(Ledger) ledger = { NULL };
  HdWindow *window = open_ledger (dir, &ledger);
  HdLedgerPage *ledger_page = hd_window_get_ledger_page (window);
  GSettings *settings = settings_of (window);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) key = NULL;
  g_autoptr(GVariant) thirty = g_variant_ref_sink (g_variant_new_uint32 (30));
  g_autoptr(GVariant) thirty_one = g_variant_ref_sink (g_variant_new_uint32 (31));
  HdPreferencesWindow *preferences;
  HdOverviewPage *overview;
  GtkSpinButton *spin;

  /* Due in five days: green while the yellow light comes three days ahead. */
  g_assert_cmpuint (g_settings_get_uint (settings, "deadline-warning-days"), ==, 3);
  wait_for_ledger (ledger_page, "村务公开不及时", "Green: on track");
  g_assert_cmpstr (shown_light (ledger_page, "公车私用"), ==, "Yellow: due soon");
  g_assert_cmpstr (hd_ledger_page_get_summary (ledger_page), ==,
                   "Red: overdue 1 · Yellow: due soon 1 · Green: on track 1 · Closed 0 · Closed late 0");
  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("overview"));
  overview = hd_window_get_overview_page (window);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (overview)) && g_list_model_get_n_items (hd_overview_page_get_rows (overview)) > 0);
  g_assert_cmpint (hd_overview_item_get_figure (overview_total (overview), HD_OVERVIEW_YELLOW), ==, 1);
  g_assert_cmpint (hd_overview_item_get_figure (overview_total (overview), HD_OVERVIEW_GREEN), ==, 1);

  preferences = open_preferences (window);
  spin = hd_preferences_window_get_warning_spin (preferences);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 3);

  /* Five days: the overview shown follows at once, and the ledger when it is shown again. */
  type_days (spin, "5");
  g_assert_null (hd_preferences_window_get_warning_error (preferences));
  g_assert_cmpuint (g_settings_get_uint (settings, "deadline-warning-days"), ==, 5);
  WAIT_FOR (hd_overview_item_get_figure (overview_total (overview), HD_OVERVIEW_YELLOW) == 2);
  g_assert_cmpint (hd_overview_item_get_figure (overview_total (overview), HD_OVERVIEW_GREEN), ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (window), "area", g_variant_new_string ("rectification"));
  wait_for_ledger (ledger_page, "村务公开不及时", "Yellow: due soon");
  g_assert_cmpstr (hd_ledger_page_get_summary (ledger_page), ==,
                   "Red: overdue 1 · Yellow: due soon 2 · Green: on track 0 · Closed 0 · Closed late 0");

  /* Four: five days ahead is green again. */
  type_days (spin, "4");
  wait_for_ledger (ledger_page, "村务公开不及时", "Green: on track");
  g_assert_cmpstr (shown_light (ledger_page, "公车私用"), ==, "Yellow: due soon");

  /* Outside 0..30: refused with what to do, the setting and the lights as they were. */
  type_days (spin, "31");
  g_assert_cmpstr (hd_preferences_window_get_warning_error (preferences), ==,
                   "“31” is not a number of days from 0 to 30. Type a whole number in that range: "
                   "the lights keep 4 days meanwhile.");
  g_assert_cmpuint (g_settings_get_uint (settings, "deadline-warning-days"), ==, 4);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 4);
  type_days (spin, "45");
  g_assert_nonnull (hd_preferences_window_get_warning_error (preferences));
  g_assert_cmpuint (g_settings_get_uint (settings, "deadline-warning-days"), ==, 4);
  /* Nor by the buttons, nor by the settings' schema. */
  gtk_spin_button_set_value (spin, 45);
  g_assert_cmpuint (g_settings_get_uint (settings, "deadline-warning-days"), ==, 30);
  g_assert_null (hd_preferences_window_get_warning_error (preferences));
  g_object_get (settings, "settings-schema", &schema, NULL);
  key = g_settings_schema_get_key (schema, "deadline-warning-days");
  /* The range check does not take the values' floating references: they are ours to drop. */
  g_assert_true (g_settings_schema_key_range_check (key, thirty));
  g_assert_false (g_settings_schema_key_range_check (key, thirty_one));

  g_settings_reset (settings, "deadline-warning-days");
  hd_gui_test_close_all_windows (app);
}

static char *
last_operator (const char *db_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HdStore) store = hd_store_open (db_path, &error);

  g_assert_no_error (error);
  return hd_test_query_text (store, "SELECT operator FROM change_log ORDER BY id DESC LIMIT 1");
}

/* An edit through the window: the task's result and verdict, saved. */
static void
save_result (HdLedgerPage *page,
             gint64        task_id,
             const char   *result)
{
  HdTaskEditor *editor = hd_ledger_page_get_editor (page);

  hd_ledger_page_select_task (page, task_id);
  gtk_text_buffer_set_text (hd_task_editor_get_result_buffer (editor), result, -1);
  hd_task_editor_set_verdict (editor, HD_VERDICT_SATISFIED);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "task.save-result", NULL));
}

static void
test_operator (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_auto(Ledger) ledger = { NULL };
  HdWindow *window = open_ledger (dir, &ledger);
  HdStore *store = hd_context_get_store (hd_window_get_context (window));
  HdLedgerPage *page = hd_window_get_ledger_page (window);
  g_autofree char *system_name = g_strdup (hd_store_get_operator (store));
  HdPreferencesWindow *preferences = open_preferences (window);
  GtkEditable *entry = hd_preferences_window_get_operator_entry (preferences);
  g_autofree char *recorded = NULL;

  /* Empty: the computer's user, shown as the placeholder. */
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), ==, system_name);
  g_assert_cmpstr (system_name, !=, "王芳");

  /* The name typed is the next change's. */
  gtk_editable_set_text (entry, " 王芳 ");
  {
    g_autofree char *name = g_settings_get_string (settings_of (window), "operator-name");
    g_assert_cmpstr (name, ==, "王芳");
  }
  /* The setting reaches the store through its "changed" signal, which GSettings may deliver
   * from the main loop (when a worker holds the main context just then), as in the window. */
  WAIT_FOR (g_strcmp0 (hd_store_get_operator (store), "王芳") == 0);
  save_result (page, ledger.five_days, "已公开");
  recorded = last_operator (ledger.db_path);
  g_assert_cmpstr (recorded, ==, "王芳");

  /* Emptied, the computer's user again. */
  gtk_editable_set_text (entry, "");
  WAIT_FOR (g_strcmp0 (hd_store_get_operator (store), system_name) == 0);
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), ==, system_name);
  save_result (page, ledger.five_days, "已公开并张贴");
  g_clear_pointer (&recorded, g_free);
  recorded = last_operator (ledger.db_path);
  g_assert_cmpstr (recorded, ==, system_name);

  hd_gui_test_close_all_windows (app);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static void
test_faces_address_scope (void)
{
  g_autofree char *dir = hd_test_make_tmpdir ();
  g_auto(Ledger) ledger = { NULL };
  HdWindow *window = open_ledger (dir, &ledger);
  GSettings *settings = settings_of (window);
  HdPreferencesWindow *preferences = open_preferences (window);
  GtkEditable *titles = hd_preferences_window_get_faces_entry (preferences, HD_FACE_TITLE);
  HdUnitButton *scope = hd_preferences_window_get_scope_button (preferences);
  g_auto(GStrv) saved = NULL;
  g_autofree char *address = NULL;
  g_autofree char *scope_uuid = NULL;

  /* A family not installed: explained, nothing written. */
  g_assert_cmpstr (hd_preferences_window_get_faces_used (preferences, HD_FACE_TITLE), ==,
                   "Built-in list: prints with Noto Serif CJK SC on this computer.");
  gtk_editable_set_text (titles, "方正小标宋简体不存在, Noto Sans CJK SC");
  g_assert_cmpstr (hd_preferences_window_get_faces_error (preferences, HD_FACE_TITLE), ==,
                   "No font “方正小标宋简体不存在” is installed on this computer. Type the family as the computer’s "
                   "font list names it, separate families with commas, or use the built-in faces.");
  saved = g_settings_get_strv (settings, "print-title-faces");
  g_assert_cmpuint (g_strv_length (saved), ==, 0);
  g_clear_pointer (&saved, g_strfreev);

  /* Installed ones, however separated: written, and the first prints. */
  gtk_editable_set_text (titles, "Noto Sans CJK SC，Noto Serif CJK SC");
  g_assert_null (hd_preferences_window_get_faces_error (preferences, HD_FACE_TITLE));
  saved = g_settings_get_strv (settings, "print-title-faces");
  g_assert_true (g_strv_equal ((const char * const *) saved,
                               (const char * const []) { "Noto Sans CJK SC", "Noto Serif CJK SC", NULL }));
  g_clear_pointer (&saved, g_strfreev);
  g_assert_cmpstr (hd_preferences_window_get_faces_used (preferences, HD_FACE_TITLE), ==,
                   "Prints with Noto Sans CJK SC on this computer.");

  /* Emptied (the reset button): the built-in list. */
  gtk_editable_set_text (titles, "");
  saved = g_settings_get_strv (settings, "print-title-faces");
  g_assert_cmpuint (g_strv_length (saved), ==, 0);

  /* The public notice's address, without the spaces around it. */
  gtk_editable_set_text (hd_preferences_window_get_address_entry (preferences), " 七坪镇活动办 电话 0731-1234567 ");
  address = g_settings_get_string (settings, "public-notice-opinions-address");
  g_assert_cmpstr (address, ==, "七坪镇活动办 电话 0731-1234567");

  /* The reminders' unit, and the whole database again. */
  hd_unit_button_set_unit (scope, ledger.township);
  g_assert_cmpint (hd_reminder_notice_get_scope (hd_window_get_context (window)), ==, ledger.township);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.area", "s", "overview"));
  hd_reminder_notice_set_scope (hd_window_get_context (window), ledger.county);
  /* Chosen in the Overview area meanwhile: the window shows it. */
  g_assert_cmpint (hd_unit_button_get_unit (scope), ==, ledger.county);
  g_signal_emit_by_name (hd_gui_test_find_widget_where (GTK_WIDGET (preferences), is_button_labelled, "_Whole Database"),
                         "clicked");
  scope_uuid = g_settings_get_string (settings, "reminder-scope");
  g_assert_cmpstr (scope_uuid, ==, "");
  g_assert_cmpint (hd_unit_button_get_unit (scope), ==, 0);

  g_settings_reset (settings, "public-notice-opinions-address");
  hd_gui_test_close_all_windows (app);
}

/* Without a display: the lists as typed. */
static void
test_face_list (void)
{
  g_auto(GStrv) families = hd_face_list_parse (" 方正小标宋简体，Noto Serif CJK SC、noto serif cjk sc ;; 仿宋_GB2312 ");
  g_auto(GStrv) none = hd_face_list_parse (" ，, ");
  g_autofree char *text = hd_face_list_format ((const char * const *) families);
  g_autofree char *missing = hd_face_list_check ((const char * const []) { "Noto Serif CJK SC", "没有这种字体", NULL });

  g_assert_true (g_strv_equal ((const char * const *) families,
                               (const char * const []) { "方正小标宋简体", "Noto Serif CJK SC", "仿宋_GB2312", NULL }));
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_cmpstr (text, ==, "方正小标宋简体, Noto Serif CJK SC, 仿宋_GB2312");
  g_assert_nonnull (strstr (missing, "“没有这种字体”"));
  g_assert_null (hd_face_list_check ((const char * const []) { "Noto Serif CJK SC", NULL }));
  g_assert_cmpstr (hd_face_list_first_installed ((const char * const []) { "没有这种字体", "Noto Serif CJK SC", NULL }),
                   ==, "Noto Serif CJK SC");
}

int
main (int   argc,
      char *argv[])
{
  app = hd_gui_test_init (&argc, &argv, TRUE);

  g_test_add_func ("/preferences/face-list", test_face_list);
  g_test_add_func ("/preferences/warning-days", test_warning_days);
  g_test_add_func ("/preferences/operator", test_operator);
  g_test_add_func ("/preferences/faces-address-scope", test_faces_address_scope);

  return hd_gui_test_run (&app);
}
