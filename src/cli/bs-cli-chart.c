/* bs-cli-chart.c: blendscan-cli chart, the radar chart of one level as SVG, PNG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "bs-chart-export.h"
#include "bs-cli-commands.h"
#include "bs-cli-common.h"
#include "bs-safe-write.h"

/* What check_format() reads and sets, once the options are parsed. */
typedef struct
{
  char          **format_name;
  char          **output;
  int            *size;
  BsChartFormat  *format;
} FormatCheck;

/* The format from --format or the output's name, and the size; reports a
 * usage error itself. */
static gboolean
check_format (gpointer user_data)
{
  FormatCheck *check = user_data;
  const char *format_name = *check->format_name;
  const char *output = *check->output;

  if (format_name != NULL)
    {
      if (strchr (format_name, '.') != NULL || !bs_chart_format_from_name (format_name, check->format))
        {
          g_autofree char *msg = g_strdup_printf (_("unknown format “%s”; use svg, png or pdf"), format_name);

          bs_cli_usage_error (msg);
          return FALSE;
        }
    }
  else if (g_str_equal (output, "-"))
    {
      bs_cli_usage_error (_("writing to standard output needs --format svg, png or pdf"));
      return FALSE;
    }
  else if (!bs_chart_format_from_name (output, check->format))
    {
      bs_cli_usage_error (_("the output file must end in .svg, .png or .pdf"));
      return FALSE;
    }
  if (*check->size < 16 || *check->size > 10000)
    {
      bs_cli_usage_error (_("--size must be between 16 and 10000"));
      return FALSE;
    }

  return TRUE;
}

/* Says which levels the file at @path has instead; always %FALSE. */
static gboolean
level_missing (BsAssessment *assessment,
               const char   *path,
               const char   *level)
{
  g_autofree char *included = NULL;

  g_assert (BS_IS_ASSESSMENT (assessment));

  included = g_strjoinv (", ", (char **) bs_assessment_get_levels (assessment));
  /* Translators: the first %s is a file, the second a level id, the third a list of level ids */
  g_printerr (_("%s does not include the level “%s”; it includes: %s\n"), path, level, included);
  return FALSE;
}

/* The earlier assessment for --previous; %NULL after printing why not. A
 * legend entry for a series that is not there would mislead, so it must
 * include the level; without scores there it is only a warning. */
static BsAssessment *
load_previous (BsAssessment *assessment,
               const char   *path,
               const char   *framework_path,
               const char   *level)
{
  g_autoptr(BsAssessment) previous = NULL;
  g_autoptr(BsLevelScores) scores = NULL;

  g_assert (BS_IS_ASSESSMENT (assessment));

  previous = bs_cli_load_assessment (path, framework_path);
  if (previous == NULL)
    return NULL;
  if (!bs_assessment_includes_level (previous, level))
    {
      level_missing (previous, path, level);
      return NULL;
    }

  scores = bs_level_scores_new (assessment, level, previous);
  if (!scores->has_previous)
    /* Translators: the first %s is a file name, the second a level id */
    g_printerr (_("Warning: %s has no scores for the dimensions of the level “%s”; the chart shows no earlier scores.\n"),
                path, level);

  return g_steal_pointer (&previous);
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
  FormatCheck format_check = { &format_name, &output, &size, &format };
  const BsCliCommand command = {
    .summary = _("FILE --level LEVEL -o OUT.(svg|png|pdf) — draw the radar chart of one level"),
    .entries = entries,
    .files_error = _("chart needs exactly one assessment file"),
    .required = {
      { &level, _("chart needs a level: --level course, programme or institution") },
      { &output, _("chart needs an output file: -o OUT.svg, OUT.png or OUT.pdf") },
    },
    .check = check_format,
    .check_data = &format_check,
    .lang = &lang,
    .output = &output,
    .inputs = { &previous_path, &framework_path },
  };

  status = bs_cli_parse_command (&command, &argc, &argv);
  if (status != BS_EXIT_OK)
    return status;

  assessment = bs_cli_load_assessment (argv[1], framework_path);
  if (assessment == NULL)
    return BS_EXIT_INVALID;

  if (!bs_assessment_includes_level (assessment, level) ||
      bs_framework_lookup_level (bs_assessment_get_framework (assessment), level) == NULL)
    {
      level_missing (assessment, argv[1], level);
      return BS_EXIT_INVALID;
    }

  if (previous_path != NULL)
    {
      previous = load_previous (assessment, previous_path, framework_path, level);
      if (previous == NULL)
        return BS_EXIT_INVALID;
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
