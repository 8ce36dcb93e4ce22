/* test-name-list.c — the drop-down's list of names (hd-name-list.h), without a display. */
#include "common/hd-name-list.h"

typedef struct {
  guint position, removed, added, calls;
} Change;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Change     *change)
{
  *change = (Change) { position, removed, added, change->calls + 1 };
}

static char *
item_text (GListModel *model,
           guint       position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (model, position);

  return item != NULL ? g_strdup (gtk_string_object_get_string (item)) : NULL;
}

static void
test_names (void)
{
  g_autoptr(HdNameList) list = hd_name_list_new ("全部责任领导");
  GListModel *model = G_LIST_MODEL (list);
  Change change = { 0 };
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *last = NULL;
  GtkStringObject *a, *b;

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), &change);
  g_assert_true (g_list_model_get_item_type (model) == GTK_TYPE_STRING_OBJECT);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  first = item_text (model, 0);
  g_assert_cmpstr (first, ==, "全部责任领导");
  g_assert_null (g_list_model_get_item (model, 1));

  hd_name_list_take_names (list, g_strdupv ((char *[]) { "贠建国", "𠮷祥", "张伟", NULL }));
  g_assert_cmpuint (change.calls, ==, 1);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 0);
  g_assert_cmpuint (change.added, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  second = item_text (model, 2);
  g_assert_cmpstr (second, ==, "𠮷祥");
  last = item_text (model, 3);
  g_assert_cmpstr (last, ==, "张伟");
  g_assert_cmpstr (hd_name_list_get_string (list, 1), ==, "贠建国");
  g_assert_null (hd_name_list_get_string (list, 4));
  g_assert_null (g_list_model_get_item (model, 4));

  /* The same row is the same object while the names stay. */
  a = g_list_model_get_item (model, 1);
  b = g_list_model_get_item (model, 1);
  g_assert_true (a == b);
  g_object_unref (a);
  g_object_unref (b);

  hd_name_list_take_names (list, g_strdupv ((char *[]) { "李娜", NULL }));
  g_assert_cmpuint (change.calls, ==, 2);
  g_assert_cmpuint (change.position, ==, 1);
  g_assert_cmpuint (change.removed, ==, 3);
  g_assert_cmpuint (change.added, ==, 1);
  g_assert_cmpstr (hd_name_list_get_string (list, 1), ==, "李娜");

  hd_name_list_take_names (list, NULL);
  g_assert_cmpuint (change.removed, ==, 1);
  g_assert_cmpuint (change.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpstr (hd_name_list_get_string (list, 0), ==, "全部责任领导");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/name-list/names", test_names);
  return g_test_run ();
}
