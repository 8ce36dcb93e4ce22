/* hd-overview-charts.c */
#include <glib/gi18n-lib.h>

#include "charts/hd-overview-charts.h"
#include "overview/hd-trend.h"

/* The lights' colours as the ledger shows them, and a mark each. */
static void
add_light_series (HdChart *chart)
{
  hd_chart_add_series (chart, C_("chart series", "Red"), "#c01c28", HD_CHART_MARK_HATCHED);
  hd_chart_add_series (chart, C_("chart series", "Yellow"), "#e5a50a", HD_CHART_MARK_DOTTED);
  hd_chart_add_series (chart, C_("chart series", "Green"), "#26a269", HD_CHART_MARK_SOLID);
  hd_chart_add_series (chart, C_("chart series", "Closed"), "#1c71d8", HD_CHART_MARK_STRIPED);
  hd_chart_add_series (chart, C_("chart series", "Closed Late"), "#813d9c", HD_CHART_MARK_CROSSED);
}

HdChart *
hd_overview_chart_lights (guint                n,
                          const char * const  *names,
                          const gint64 * const*figures)
{
  HdChart *chart = hd_chart_new (HD_CHART_BARS, _("Tasks by Light"));

  add_light_series (chart);
  for (guint i = 0; i < n; i++)
    {
      const double values[] = { figures[i][HD_OVERVIEW_RED], figures[i][HD_OVERVIEW_YELLOW],
                                 figures[i][HD_OVERVIEW_GREEN], figures[i][HD_OVERVIEW_CLOSED],
                                 figures[i][HD_OVERVIEW_CLOSED_LATE] };

      hd_chart_add_category (chart, names[i], values);
    }
  return chart;
}

HdChart *
hd_overview_chart_verdicts (guint                n,
                            const char * const  *names,
                            const gint64 * const*figures)
{
  HdChart *chart = hd_chart_new (HD_CHART_BARS, _("The Masses' Verdicts"));

  hd_chart_add_series (chart, C_("chart series", "Satisfied"), "#26a269", HD_CHART_MARK_SOLID);
  hd_chart_add_series (chart, C_("chart series", "Basically Satisfied"), "#e5a50a", HD_CHART_MARK_DOTTED);
  hd_chart_add_series (chart, C_("chart series", "Dissatisfied"), "#c01c28", HD_CHART_MARK_HATCHED);
  for (guint i = 0; i < n; i++)
    {
      const double values[] = { figures[i][HD_OVERVIEW_SATISFIED], figures[i][HD_OVERVIEW_BASICALLY_SATISFIED],
                                 figures[i][HD_OVERVIEW_DISSATISFIED] };

      hd_chart_add_category (chart, names[i], values);
    }
  return chart;
}

HdChart *
hd_overview_chart_trend (GArray *weeks)
{
  HdChart *chart = hd_chart_new (HD_CHART_LINES, _("Lights Week by Week"));

  add_light_series (chart);
  for (guint i = 0; i < weeks->len; i++)
    {
      const HdTrendWeek *week = &g_array_index (weeks, HdTrendWeek, i);
      const double values[] = { week->counts[HD_TREND_RED], week->counts[HD_TREND_YELLOW],
                                 week->counts[HD_TREND_GREEN], week->counts[HD_TREND_CLOSED],
                                 week->counts[HD_TREND_CLOSED_LATE] };
      char label[16];

      /* The week's Monday, month and day: "9-29". */
      g_snprintf (label, sizeof label, "%u-%u", g_date_get_month (&week->start), g_date_get_day (&week->start));
      hd_chart_add_category (chart, label, values);
    }
  return chart;
}
