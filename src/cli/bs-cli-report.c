/* bs-cli-report.c: the report and chart commands of blendscan-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "blendscan-core.h"
#include "bs-chart-export.h"
#include "bs-cli-common.h"
#include "bs-cli-report.h"
#include "bs-report.h"
#include "bs-safe-write.h"

int
bs_cli_cmd_report (int    argc,
                   char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(BsReport) report = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *framework_path = NULL;
  int status;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the PDF report to this file; - for standard output"), N_("FILE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the report: nl or en (default: from the locale)"), N_("LANG") },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use this framework file instead of the one the assessment names"), N_("FILE") },
    { NULL }
  };

  if (!bs_cli_parse_options (_("FILE -o OUT.pdf — write the assessment report as an A4 PDF"), entries, &argc, &argv))
    return BS_EXIT_USAGE;
  if (argc != 2)
    {
      bs_cli_usage_error (_("report needs exactly one assessment file"));
      return BS_EXIT_USAGE;
    }
  if (output == NULL)
    {
      bs_cli_usage_error (_("report needs an output file: -o OUT.pdf"));
      return BS_EXIT_USAGE;
    }
  if (!bs_cli_check_lang (lang))
    return BS_EXIT_USAGE;
  {
    const char *inputs[] = { argv[1], framework_path };

    status = bs_cli_check_output (output, inputs, G_N_ELEMENTS (inputs));
    if (status != BS_EXIT_OK)
      return status;
  }

  assessment = bs_cli_load_assessment (argv[1], framework_path);
  if (assessment == NULL)
    return BS_EXIT_INVALID;

  report = bs_report_new (assessment, lang);
  if (g_str_equal (output, "-"))
    {
      g_autoptr(GBytes) pdf = bs_report_to_pdf (report, &error);

      if (pdf == NULL)
        {
          g_printerr ("%s\n", error->message);
          return BS_EXIT_INVALID;
        }
      return bs_cli_write_stdout (pdf);
    }

  if (!bs_report_write_pdf (report, output, &error))
    {
      g_printerr ("%s\n", error->message);
      return BS_EXIT_INVALID;
    }

  return BS_EXIT_OK;
}

int
bs_cli_cmd_chart (int    argc,
                  char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  g_autoptr(BsAssessment) previous = NULL;
  g_autofree char *output = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *level = NULL;
  g_autofree char *previous_path = NULL;
  g_autofree char *framework_path = NULL;
  g_autofree char *format_name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BsChartFormat format;
  gboolean no_target = FALSE, no_legend = FALSE;
  int size = 600;
  int status;
  BsRadarOptions options = { NULL, BS_RADAR_SHOW_TARGET | BS_RADAR_SHOW_LEGEND, NULL, 1.0 };
  const GOptionEntry entries[] = {
    { "level", 'l', 0, G_OPTION_ARG_STRING, &level,
      N_("The level to chart: course, programme or institution"), N_("LEVEL") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write the chart to this file; .svg, .png or .pdf; - for standard output"), N_("FILE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("svg, png or pdf (default: from the output file’s name)"), N_("FORMAT") },
    { "size", 's', 0, G_OPTION_ARG_INT, &size,
      N_("Width and height in pixels (default: 600)"), N_("PX") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the labels: nl or en (default: from the locale)"), N_("LANG") },
    { "previous", 'p', 0, G_OPTION_ARG_FILENAME, &previous_path,
      N_("Also draw this earlier assessment of the same unit"), N_("FILE") },
    { "no-target", 0, 0, G_OPTION_ARG_NONE, &no_target,
      N_("Leave out the targets"), NULL },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &no_legend,
      N_("Leave out the legend"), NULL },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use this framework file instead of the one the assessment names"), N_("FILE") },
    { NULL }
  };

  if (!bs_cli_parse_options (_("FILE --level LEVEL -o OUT.(svg|png|pdf) — draw the radar chart of one level"), entries, &argc, &argv))
    return BS_EXIT_USAGE;
  if (argc != 2)
    {
      bs_cli_usage_error (_("chart needs exactly one assessment file"));
      return BS_EXIT_USAGE;
    }
  if (level == NULL)
    {
      bs_cli_usage_error (_("chart needs a level: --level course, programme or institution"));
      return BS_EXIT_USAGE;
    }
  if (output == NULL)
    {
      bs_cli_usage_error (_("chart needs an output file: -o OUT.svg, OUT.png or OUT.pdf"));
      return BS_EXIT_USAGE;
    }
  if (format_name != NULL)
    {
      if (strchr (format_name, '.') != NULL || !bs_chart_format_from_name (format_name, &format))
        {
          g_autofree char *msg = g_strdup_printf (_("unknown format “%s”; use svg, png or pdf"), format_name);

          bs_cli_usage_error (msg);
          return BS_EXIT_USAGE;
        }
    }
  else if (g_str_equal (output, "-"))
    {
      bs_cli_usage_error (_("writing to standard output needs --format svg, png or pdf"));
      return BS_EXIT_USAGE;
    }
  else if (!bs_chart_format_from_name (output, &format))
    {
      bs_cli_usage_error (_("the output file must end in .svg, .png or .pdf"));
      return BS_EXIT_USAGE;
    }
  if (size < 16 || size > 10000)
    {
      bs_cli_usage_error (_("--size must be between 16 and 10000"));
      return BS_EXIT_USAGE;
    }
  if (!bs_cli_check_lang (lang))
    return BS_EXIT_USAGE;
  {
    const char *inputs[] = { argv[1], previous_path, framework_path };

    status = bs_cli_check_output (output, inputs, G_N_ELEMENTS (inputs));
    if (status != BS_EXIT_OK)
      return status;
  }

  assessment = bs_cli_load_assessment (argv[1], framework_path);
  if (assessment == NULL)
    return BS_EXIT_INVALID;

  if (!bs_assessment_includes_level (assessment, level) ||
      bs_framework_lookup_level (bs_assessment_get_framework (assessment), level) == NULL)
    {
      g_autofree char *included = g_strjoinv (", ", (char **) bs_assessment_get_levels (assessment));

      /* Translators: the first %s is a file, the second a level id, the third a list of level ids */
      g_printerr (_("%s does not include the level “%s”; it includes: %s\n"),
                  argv[1], level, included);
      return BS_EXIT_INVALID;
    }

  if (previous_path != NULL)
    {
      previous = bs_cli_load_assessment (previous_path, framework_path);
      if (previous == NULL)
        return BS_EXIT_INVALID;
      /* A legend entry for a series that is not there would mislead. */
      if (!bs_assessment_includes_level (previous, level))
        {
          g_autofree char *included = g_strjoinv (", ", (char **) bs_assessment_get_levels (previous));

          g_printerr (_("%s does not include the level “%s”; it includes: %s\n"),
                      previous_path, level, included);
          return BS_EXIT_INVALID;
        }
      {
        g_autoptr(BsLevelScores) scores = bs_level_scores_new (assessment, level, previous);

        if (!scores->has_previous)
          /* Translators: the first %s is a file name, the second a level id */
          g_printerr (_("Warning: %s has no scores for the dimensions of the level “%s”; the chart shows no earlier scores.\n"),
                      previous_path, level);
      }
      options.previous = previous;
      options.flags |= BS_RADAR_SHOW_PREVIOUS;
    }
  if (no_target)
    options.flags &= ~BS_RADAR_SHOW_TARGET;
  if (no_legend)
    options.flags &= ~BS_RADAR_SHOW_LEGEND;
  options.lang = lang;

  bytes = bs_chart_render (assessment, level, &options, size, format, &error);
  if (bytes == NULL)
    {
      g_printerr ("%s\n", error->message);
      return BS_EXIT_INVALID;
    }
  if (g_str_equal (output, "-"))
    return bs_cli_write_stdout (bytes);

  if (!bs_safe_write (output, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), BS_WRITE_NONE, &error))
    {
      g_autofree char *display = g_filename_display_name (output);

      /* Translators: %s is a file name; the reason follows the colon */
      g_printerr (_("Could not write the chart “%s”: "), display);
      g_printerr ("%s\n", error->message);
      return BS_EXIT_INVALID;
    }

  return BS_EXIT_OK;
}
