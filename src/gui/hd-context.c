/* hd-context.c */
#include "hd-context.h"

struct _HdContext
{
  GObject    parent_instance;

  HdStore   *store;
  GSettings *settings;
  HdHistory *history;
  GDate      today;
  gulong     operator_handler;
};

G_DEFINE_FINAL_TYPE (HdContext, hd_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SETTINGS,
  PROP_TODAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
hd_context_dispose (GObject *object)
{
  HdContext *self = HD_CONTEXT (object);

  if (self->settings != NULL)
    g_clear_signal_handler (&self->operator_handler, self->settings);
  g_clear_object (&self->history);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hd_context_parent_class)->dispose (object);
}

static void
hd_context_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  HdContext *self = HD_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_TODAY:
      g_value_set_boxed (value, &self->today);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hd_context_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  HdContext *self = HD_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_TODAY:
      hd_context_set_today (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Empty names the system's user (hd_store_set_operator()). */
static void
operator_changed_cb (HdContext *self)
{
  g_autofree char *name = g_settings_get_string (self->settings, "operator-name");

  hd_store_set_operator (self->store, g_strstrip (name));
}

static void
hd_context_constructed (GObject *object)
{
  HdContext *self = HD_CONTEXT (object);

  G_OBJECT_CLASS (hd_context_parent_class)->constructed (object);

  self->operator_handler = g_signal_connect_swapped (self->settings, "changed::operator-name",
                                                     G_CALLBACK (operator_changed_cb), self);
  operator_changed_cb (self);
}

static void
hd_context_class_init (HdContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = hd_context_constructed;
  object_class->dispose = hd_context_dispose;
  object_class->get_property = hd_context_get_property;
  object_class->set_property = hd_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, HD_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TODAY] =
    g_param_spec_boxed ("today", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hd_context_init (HdContext *self)
{
  g_date_clear (&self->today, 1);
}

HdContext *
hd_context_new (HdStore     *store,
                GSettings   *settings,
                const GDate *today)
{
  g_return_val_if_fail (HD_IS_STORE (store), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  return g_object_new (HD_TYPE_CONTEXT,
                       "store", store,
                       "settings", settings,
                       "today", today,
                       NULL);
}

HdStore *
hd_context_get_store (HdContext *self)
{
  g_return_val_if_fail (HD_IS_CONTEXT (self), NULL);
  return self->store;
}

HdHistory *
hd_context_get_history (HdContext *self)
{
  g_return_val_if_fail (HD_IS_CONTEXT (self), NULL);

  /* The clerk can take back at least the last 50 edits (the floor); 100 costs little. */
  if (self->history == NULL)
    self->history = hd_history_new (self->store, 100);
  return self->history;
}

GSettings *
hd_context_get_settings (HdContext *self)
{
  g_return_val_if_fail (HD_IS_CONTEXT (self), NULL);
  return self->settings;
}

guint
hd_context_get_warning_days (HdContext *self)
{
  g_return_val_if_fail (HD_IS_CONTEXT (self), 0);
  return g_settings_get_uint (self->settings, "deadline-warning-days");
}

const GDate *
hd_context_get_today (HdContext *self)
{
  g_return_val_if_fail (HD_IS_CONTEXT (self), NULL);
  return &self->today;
}

void
hd_context_set_today (HdContext   *self,
                      const GDate *today)
{
  g_return_if_fail (HD_IS_CONTEXT (self));
  g_return_if_fail (today != NULL && g_date_valid (today));

  if (g_date_valid (&self->today) && g_date_compare (&self->today, today) == 0)
    return;
  self->today = *today;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TODAY]);
}

gboolean
hd_context_hold (HdContext **slot,
                 gulong     *history_handler,
                 HdContext  *context,
                 GCallback   on_changed,
                 gpointer    instance)
{
  g_return_val_if_fail (HD_IS_CONTEXT (context), FALSE);

  if (*slot == context)
    return FALSE;
  hd_context_release (slot, history_handler);
  *slot = g_object_ref (context);
  *history_handler = g_signal_connect_swapped (hd_context_get_history (context), "changed", on_changed, instance);
  return TRUE;
}

void
hd_context_release (HdContext **slot,
                    gulong     *history_handler)
{
  if (*slot != NULL && (*slot)->history != NULL)
    g_clear_signal_handler (history_handler, (*slot)->history);
  g_clear_object (slot);
}
