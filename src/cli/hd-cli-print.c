/* hd-cli-print.c — huodongban-cli print
 * ledger|task-sheet|public|notice|lookback|coverage|talk|sign-in|overview … -o FILE.pdf
 *
 * The same forms as the window prints, page for page, written to PDF. The file appears only when
 * it is whole: a bad unit, nothing to print or an unwritable folder leaves nothing at FILE.
 * The faces and the public notice's address are the application's settings when its settings
 * schema is installed, else the defaults.
 */
#include <gio/gio.h>
#include <glib/gi18n.h>

#include "forms/hd-form.h"
#include "hd-cli.h"
#include "lookback/hd-notice.h"

#define PRINT_PARAMETERS \
  "ledger --unit UNIT [--plan PLAN] [--light LIGHT] -o FILE.pdf | " \
  "task-sheet (--leader NAME [--unit UNIT] | --unit UNIT) -o FILE.pdf | public --unit UNIT -o FILE.pdf | " \
  "notice --number NUMBER [--office NAME] -o FILE.pdf | lookback --round ID [--unit UNIT] -o FILE.pdf | " \
  "coverage --unit UNIT [--meeting ID] -o FILE.pdf | talk --id ID -o FILE.pdf | sign-in --meeting ID -o FILE.pdf | " \
  "overview [--unit UNIT] -o FILE.pdf"

static gboolean
parse_light (const char *text,
             HdLight    *light)
{
  if (hd_light_from_string (text, light))
    return TRUE;
  for (guint l = 0; l < HD_LIGHT_N_LIGHTS; l++)
    if (g_str_equal (text, hd_light_get_label (l)))
      {
        *light = l;
        return TRUE;
      }
  return FALSE;
}

/* The settings, where the schema is installed; NULL where it is not (a build tree, a bare CLI). */
static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source == NULL || (schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) == NULL)
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static void
read_face (GSettings  *settings,
           const char *key,
           HdStyle    *style,
           HdFace      face)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) families = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  if (!g_settings_schema_has_key (schema, key))
    return;
  families = g_settings_get_strv (settings, key);
  hd_style_set_families (style, face, (const char * const *) families);
}

static char *
read_address (GSettings *settings)
{
  g_autoptr(GSettingsSchema) schema = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  if (!g_settings_schema_has_key (schema, "public-notice-opinions-address"))
    return NULL;
  return g_settings_get_string (settings, "public-notice-opinions-address");
}

static gboolean
usage_error (GError     **error,
             const char  *message)
{
  g_set_error (error, HD_CLI_ERROR, HD_CLI_ERROR_USAGE, _("print: %s (usage: print %s)"), message,
               PRINT_PARAMETERS);
  return FALSE;
}

gboolean
hd_cli_print (HdCli    *cli,
              int       argc,
              char    **argv,
              GError  **error)
{
  g_autofree char *unit_spec = NULL;
  g_autofree char *plan_text = NULL;
  g_autofree char *light_text = NULL;
  g_autofree char *leader = NULL;
  g_autofree char *output = NULL;
  g_autofree char *number = NULL;
  g_autofree char *office = NULL;
  g_autofree char *round_text = NULL;
  gint64 meeting_id = 0;
  gint64 talk_id = 0;
  g_autofree char *address = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(HdStyle) style = hd_style_new ();
  g_autoptr(HdStore) store = NULL;
  g_autoptr(HdDocument) doc = NULL;
  GOptionEntry entries[] = {
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit_spec,
      N_("The unit: its code, or its names joined by “/”"), N_("UNIT") },
    { "plan", 0, 0, G_OPTION_ARG_STRING, &plan_text,
      N_("ledger: only the tasks of this plan (rectification, special or institution, or the plan’s name)"),
      N_("PLAN") },
    { "light", 0, 0, G_OPTION_ARG_STRING, &light_text,
      N_("ledger: only the tasks of this light (red, yellow, green, closed or closed_late)"), N_("LIGHT") },
    { "leader", 0, 0, G_OPTION_ARG_STRING, &leader,
      N_("task-sheet: the tasks of this responsible leader, as the ledger names them"), N_("NAME") },
    { "number", 0, 0, G_OPTION_ARG_STRING, &number,
      N_("notice: the supervision notice, by its number as printed: 督办〔2014〕第12号"), N_("NUMBER") },
    { "office", 0, 0, G_OPTION_ARG_STRING, &office,
      N_("notice: the issuing office, where two gave the same number"), N_("NAME") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_text, N_("The round, by the number “lookback open” printed"), N_("ID") },
    { "meeting", 0, 0, G_OPTION_ARG_INT64, &meeting_id,
      N_("coverage: count only the conversations in this meeting's preparation; sign-in: the meeting"), N_("ID") },
    { "id", 0, 0, G_OPTION_ARG_INT64, &talk_id, N_("talk: the conversation, by its number"), N_("ID") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("The PDF file to write (a file there is replaced)"), N_("FILE.pdf") },
    { NULL }
  };
  HdFormOptions options = { .style = style };
  HdLedgerQuery query;
  HdFormKind kind = HD_FORM_LEDGER;
  gboolean notice = FALSE, lookback = FALSE, coverage = FALSE, talk = FALSE, sign_in = FALSE, overview = FALSE;
  gint64 round_id = 0;

  if (!hd_cli_parse_command (PRINT_PARAMETERS, entries, &argc, &argv, 1, error))
    return FALSE;
  notice = g_str_equal (argv[1], "notice");
  lookback = g_str_equal (argv[1], "lookback");
  coverage = g_str_equal (argv[1], "coverage");
  talk = g_str_equal (argv[1], "talk");
  sign_in = g_str_equal (argv[1], "sign-in");
  overview = g_str_equal (argv[1], "overview");
  if (overview && (plan_text != NULL || light_text != NULL || leader != NULL || number != NULL || office != NULL
                   || round_text != NULL || meeting_id != 0 || talk_id != 0))
    return usage_error (error, _("an overview is chosen by its unit alone: print overview [--unit UNIT]"));
  if ((talk || sign_in) && (unit_spec != NULL || plan_text != NULL || light_text != NULL || leader != NULL
                            || number != NULL || office != NULL || round_text != NULL))
    return usage_error (error, talk ? _("a talk record is chosen by its conversation alone: print talk --id ID")
                                    : _("a sign-in sheet is chosen by its meeting alone: print sign-in --meeting ID"));
  if (talk && talk_id <= 0)
    return usage_error (error, _("say which conversation to print with --id ID"));
  if (!talk && talk_id != 0)
    return usage_error (error, _("--id chooses the conversation of a talk record only"));
  if (sign_in && meeting_id <= 0)
    return usage_error (error, _("say whose sign-in sheet to print with --meeting ID"));
  if (coverage && (plan_text != NULL || light_text != NULL || leader != NULL || number != NULL || office != NULL
                   || round_text != NULL))
    return usage_error (error, _("a coverage sheet is chosen by its unit and a meeting alone: "
                                 "print coverage --unit UNIT [--meeting ID]"));
  if (coverage && unit_spec == NULL)
    return usage_error (error, _("say whose leadership team to print with --unit UNIT"));
  if (!coverage && !sign_in && meeting_id != 0)
    return usage_error (error, _("--meeting chooses the meeting of a coverage sheet or a sign-in sheet only"));
  if (lookback && (plan_text != NULL || light_text != NULL || leader != NULL || number != NULL || office != NULL))
    return usage_error (error, _("a look-back summary is chosen by its round and a unit alone: "
                                 "print lookback --round ID [--unit UNIT]"));
  if (lookback && (round_id = hd_cli_parse_round (round_text, usage_error, error)) == 0)
    return FALSE;
  if (!lookback && round_text != NULL)
    return usage_error (error, _("--round chooses the look-back round of a look-back summary only"));
  if (notice && (unit_spec != NULL || plan_text != NULL || light_text != NULL || leader != NULL))
    return usage_error (error, _("a notice is chosen by its number alone: print notice --number NUMBER"));
  if (notice && number == NULL)
    return usage_error (error, _("say which notice to print with --number, as printed: 督办〔2014〕第12号"));
  if (!notice && (number != NULL || office != NULL))
    return usage_error (error, _("--number and --office choose a supervision notice only"));
  if (!notice && !lookback && !coverage && !talk && !sign_in && !overview && !hd_form_kind_from_string (argv[1], &kind))
    {
      g_autofree char *message = g_strdup_printf (_("there is no form “%s”; the forms are ledger, task-sheet, public, notice, lookback, coverage, "
                                                    "talk, sign-in and overview"),
                                                  argv[1]);
      return usage_error (error, message);
    }
  hd_ledger_query_init (&query, cli->today);
  if (plan_text != NULL || light_text != NULL)
    {
      HdTaskPlan plan;
      HdLight light;

      if (kind != HD_FORM_LEDGER)
        return usage_error (error, _("--plan and --light choose the tasks of the ledger form only"));
      if (plan_text != NULL && !hd_cli_parse_plan (plan_text, &plan))
        return usage_error (error, _("--plan takes rectification, special or institution"));
      if (light_text != NULL && !parse_light (light_text, &light))
        return usage_error (error, _("--light takes red, yellow, green, closed or closed_late"));
      if (plan_text != NULL)
        query.plan = plan;
      if (light_text != NULL)
        query.lights = 1u << light;
    }
  if (leader != NULL && kind != HD_FORM_TASK_SHEET)
    return usage_error (error, _("--leader chooses the tasks of a task sheet only"));
  if (!notice && !lookback && !coverage && !talk && !sign_in && !overview && unit_spec == NULL
      && (kind != HD_FORM_TASK_SHEET || leader == NULL))
    return usage_error (error, kind == HD_FORM_TASK_SHEET
                               ? _("say whose task sheet to print with --leader NAME or --unit UNIT")
                               : _("say whose ledger to print with --unit UNIT"));
  if (output == NULL || *output == '\0')
    return usage_error (error, _("name the PDF file to write with -o FILE.pdf"));

  /* Printing only reads: no daily backup. */
  store = hd_cli_open_store (cli, HD_CLI_OPEN_READ, error);
  if (store == NULL)
    return FALSE;
  if (unit_spec != NULL && (query.unit_id = hd_cli_find_unit (store, unit_spec, error)) == 0)
    return FALSE;
  query.leader = leader;

  if ((settings = settings_new ()) != NULL)
    {
      read_face (settings, "print-title-faces", style, HD_FACE_TITLE);
      read_face (settings, "print-body-faces", style, HD_FACE_BODY);
      read_face (settings, "print-table-faces", style, HD_FACE_TABLE);
      options.opinions_address = address = read_address (settings);
    }

  if (notice)
    {
      gint64 id = hd_notice_find (store, office, number, error);

      doc = id != 0 ? hd_form_notice_new (store, id, &options, error) : NULL;
    }
  else if (lookback)
    doc = hd_form_lookback_new (store, round_id, query.unit_id, cli->today, &options, error);
  else if (coverage)
    doc = hd_form_coverage_new (store, query.unit_id, meeting_id, cli->today, &options, error);
  else if (talk)
    doc = hd_form_talk_new (store, talk_id, &options, error);
  else if (sign_in)
    doc = hd_form_sign_in_new (store, meeting_id, &options, error);
  else if (overview)
    {
      /* Without --unit, the top of the database: its one top unit, or every top unit. */
      if (unit_spec == NULL && !hd_cli_top_unit (store, &query.unit_id, error))
        return FALSE;
      doc = hd_form_overview_new (store, query.unit_id, cli->today, HD_LIGHT_DEFAULT_WARNING_DAYS, &options, error);
    }
  else
    doc = hd_form_new (store, kind, &query, &options, error);
  if (doc == NULL || !hd_document_write_pdf (doc, output, error))
    return FALSE;
  /* For the tools that read it: the same words in every language. */
  g_print ("%u pages\n", hd_document_get_n_pages (doc));
  return TRUE;
}
