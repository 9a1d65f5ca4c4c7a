/* bs-cli-score.c: blendscan-cli score, an assessment's scores as a table, CSV or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <glib/gi18n.h>

#include "bs-cli-commands.h"
#include "bs-cli-common.h"
#include "bs-cli-score-team.h"

/* Numbers in CSV and JSON are for machines: always a dot, whatever the
 * locale says. */
static void
append_number (GString       *out,
               const BsScore *score,
               const char    *empty)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!bs_score_has_score (score))
    g_string_append (out, empty);
  else
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.2f", score->score));
}

static void
append_json_score (GString       *out,
                   const BsScore *score)
{
  g_string_append (out, "\"score\": ");
  append_number (out, score, "null");
  g_string_append_printf (out, ", \"scored\": %u, \"answered\": %u, \"total\": %u, "
                               "\"not_applicable\": %u, \"unknown\": %u",
                          score->scored, score->answered, score->total, score->not_applicable, score->unknown);
}

static void
append_table_row (GString       *out,
                  const char    *title,
                  const BsScore *score)
{
  g_autofree char *answered = g_strdup_printf ("%u/%u", score->answered, score->total);
  g_autofree char *value = NULL;

  if (bs_score_has_score (score))
    value = g_strdup_printf ("%.2f", score->score);
  else
    value = g_strdup ("–");

  bs_cli_append_padded (out, title, 40);
  g_string_append_printf (out, "%6s  %9s  %4u  %4u\n", value, answered, score->not_applicable, score->unknown);
}

static char *
format_scores (BsAssessment  *assessment,
               BsScoreFormat  format,
               const char    *lang)
{
  BsFramework *framework = bs_assessment_get_framework (assessment);
  const char * const *levels = bs_assessment_get_levels (assessment);
  GString *out;
  BsScore total;

  g_assert (BS_IS_ASSESSMENT (assessment));

  /* The app exports the same CSV: the core writes it for both. */
  if (format == BS_SCORE_FORMAT_CSV)
    return bs_csv_format_scores (assessment, lang);

  out = g_string_new (NULL);
  if (format == BS_SCORE_FORMAT_JSON)
    {
      g_string_append (out, "{\n  \"title\": ");
      bs_cli_append_json_string (out, bs_assessment_get_title (assessment));
      g_string_append (out, ",\n  \"framework\": { \"id\": ");
      bs_cli_append_json_string (out, bs_framework_get_id (framework));
      g_string_append (out, ", \"version\": ");
      bs_cli_append_json_string (out, bs_framework_get_version (framework));
      g_string_append (out, " },\n  \"levels\": [");
    }
  else
    {
      bs_cli_append_padded (out, _("Dimension"), 40);
      /* "?" stands for "don't know" as in the CSV answers */
      g_string_append_printf (out, "%6s  %9s  %4s  %4s\n", _("Score"), _("Answered"), _("N/A"), "?");
    }

  for (guint i = 0; levels[i] != NULL; i++)
    {
      g_autoptr(BsLevelScores) scores = bs_level_scores_new (assessment, levels[i], NULL);

      if (format == BS_SCORE_FORMAT_JSON)
        {
          g_string_append (out, i > 0 ? ",\n    { \"id\": " : "\n    { \"id\": ");
          bs_cli_append_json_string (out, levels[i]);
          g_string_append (out, ", \"title\": ");
          bs_cli_append_json_string (out, bs_level_get_title_text (scores->level, lang));
          g_string_append (out, ",\n      \"dimensions\": [");
        }
      else if (format == BS_SCORE_FORMAT_TABLE)
        g_string_append_printf (out, "\n%s\n", bs_level_get_title_text (scores->level, lang));

      for (guint j = 0; j < scores->n_dimensions; j++)
        {
          BsDimension *dimension = scores->dimensions[j].dimension;
          const char *title = bs_dimension_get_title_text (dimension, lang);
          const BsScore *s = &scores->dimensions[j].score;

          switch (format)
            {
            case BS_SCORE_FORMAT_JSON:
              g_string_append (out, j > 0 ? ",\n        { \"id\": " : "\n        { \"id\": ");
              bs_cli_append_json_string (out, bs_dimension_get_id (dimension));
              g_string_append (out, ", \"title\": ");
              bs_cli_append_json_string (out, title);
              g_string_append (out, ", ");
              append_json_score (out, s);
              g_string_append (out, " }");
              break;

            case BS_SCORE_FORMAT_TABLE:
            default:
              {
                g_autofree char *indented = g_strconcat ("  ", title, NULL);

                append_table_row (out, indented, s);
              }
              break;
            }
        }

      if (format == BS_SCORE_FORMAT_JSON)
        {
          g_string_append (out, "\n      ],\n      ");
          append_json_score (out, &scores->score);
          g_string_append (out, " }");
        }
      else if (format == BS_SCORE_FORMAT_TABLE)
        append_table_row (out, _("  Level score"), &scores->score);
    }

  bs_score_assessment (assessment, &total);
  if (format == BS_SCORE_FORMAT_JSON)
    {
      g_string_append (out, "\n  ],\n  \"overall\": { ");
      append_json_score (out, &total);
      g_string_append (out, " }\n}\n");
    }
  else if (format == BS_SCORE_FORMAT_TABLE)
    {
      g_string_append_c (out, '\n');
      append_table_row (out, _("Overall"), &total);
    }

  return g_string_free (out, FALSE);
}

/* Reports a usage error itself. */
static gboolean
check_format (gpointer user_data)
{
  char **format_name = user_data;
  g_autofree char *msg = NULL;

  if (*format_name == NULL || g_str_equal (*format_name, "table") ||
      g_str_equal (*format_name, "csv") || g_str_equal (*format_name, "json"))
    return TRUE;

  msg = g_strdup_printf (_("unknown format “%s”; use table, csv or json"), *format_name);
  bs_cli_usage_error (msg);
  return FALSE;
}

int
bs_cli_cmd_score (int    argc,
                  char **argv)
{
  g_autoptr(BsAssessment) assessment = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *framework_path = NULL;
  g_autofree char *output = NULL;
  gboolean team = FALSE;
  BsScoreFormat format = BS_SCORE_FORMAT_TABLE;
  int status;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: table, csv or json (default: table)"), N_("FORMAT") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the titles: nl or en (default: from the locale)"), N_("LANG") },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME, &framework_path,
      N_("Use this framework file instead of the one the assessment names"), N_("FILE") },
    { "team", 0, 0, G_OPTION_ARG_NONE, &team,
      N_("A team assessment’s statistics per level, dimension and statement, also per role"), NULL },
    { NULL }
  };
  const BsCliCommand command = {
    .summary = _("FILE — print the scores per dimension and level"),
    .entries = entries,
    .files_error = _("score needs exactly one assessment file"),
    .check = check_format,
    .check_data = &format_name,
    .lang = &lang,
  };

  status = bs_cli_parse_command (&command, &argc, &argv);
  if (status != BS_EXIT_OK)
    return status;

  if (g_strcmp0 (format_name, "csv") == 0)
    format = BS_SCORE_FORMAT_CSV;
  else if (g_strcmp0 (format_name, "json") == 0)
    format = BS_SCORE_FORMAT_JSON;

  assessment = bs_cli_load_assessment (argv[1], framework_path);
  if (assessment == NULL)
    return BS_EXIT_INVALID;

  if (team && !bs_assessment_is_team (assessment))
    {
      g_autofree char *display = g_filename_display_name (argv[1]);

      /* Translators: %s is a file name */
      g_printerr (_("“%s” is not a team assessment (it has no respondents); --team shows a team’s statistics. "
                    "Leave out --team for its scores.\n"), display);
      return BS_EXIT_INVALID;
    }

  if (team)
    output = bs_cli_format_team_scores (assessment, format, lang ? lang : bs_default_language ());
  else
    output = format_scores (assessment, format, lang ? lang : bs_default_language ());
  fputs (output, stdout);

  return BS_EXIT_OK;
}
