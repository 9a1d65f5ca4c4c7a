/* bs-cli-score.c: scores of an assessment as a table, CSV or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "bs-cli-score.h"

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
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text ? text : ""; *p; p++)
    {
      guchar c = (guchar) *p;

      if (c == '"' || c == '\\')
        g_string_append_printf (out, "\\%c", c);
      else if (c == '\n')
        g_string_append (out, "\\n");
      else if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  g_string_append_c (out, '"');
}

static void
append_json_score (GString       *out,
                   const BsScore *score)
{
  g_string_append (out, "\"score\": ");
  append_number (out, score, "null");
  g_string_append_printf (out, ", \"scored\": %u, \"answered\": %u, \"total\": %u",
                          score->scored, score->answered, score->total);
}

/* Pads by characters, not bytes, so Dutch titles with ë line up. */
static void
append_padded (GString    *out,
               const char *text,
               guint       width)
{
  glong len = g_utf8_strlen (text, -1);

  g_string_append (out, text);
  for (glong i = len; i < (glong) width; i++)
    g_string_append_c (out, ' ');
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

  append_padded (out, title, 40);
  g_string_append_printf (out, "%6s  %9s\n", value, answered);
}

char *
bs_cli_format_scores (BsAssessment  *assessment,
                      BsScoreFormat  format,
                      const char    *lang)
{
  BsFramework *framework = bs_assessment_get_framework (assessment);
  const char * const *levels = bs_assessment_get_levels (assessment);
  GString *out;
  BsScore total;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  /* The app exports the same CSV: the core writes it for both. */
  if (format == BS_SCORE_FORMAT_CSV)
    return bs_csv_format_scores (assessment, lang);

  out = g_string_new (NULL);
  if (format == BS_SCORE_FORMAT_JSON)
    {
      g_string_append (out, "{\n  \"title\": ");
      append_json_string (out, bs_assessment_get_title (assessment));
      g_string_append (out, ",\n  \"framework\": { \"id\": ");
      append_json_string (out, bs_framework_get_id (framework));
      g_string_append (out, ", \"version\": ");
      append_json_string (out, bs_framework_get_version (framework));
      g_string_append (out, " },\n  \"levels\": [");
    }
  else
    {
      append_padded (out, _("Dimension"), 40);
      g_string_append_printf (out, "%6s  %9s\n", _("Score"), _("Answered"));
    }

  for (guint i = 0; levels[i] != NULL; i++)
    {
      BsLevel *level = bs_framework_lookup_level (framework, levels[i]);
      GListModel *dimensions = bs_level_get_dimensions (level);
      BsScore level_score;

      if (format == BS_SCORE_FORMAT_JSON)
        {
          g_string_append (out, i > 0 ? ",\n    { \"id\": " : "\n    { \"id\": ");
          append_json_string (out, levels[i]);
          g_string_append (out, ", \"title\": ");
          append_json_string (out, bs_level_get_title_text (level, lang));
          g_string_append (out, ",\n      \"dimensions\": [");
        }
      else if (format == BS_SCORE_FORMAT_TABLE)
        g_string_append_printf (out, "\n%s\n", bs_level_get_title_text (level, lang));

      for (guint j = 0; j < g_list_model_get_n_items (dimensions); j++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, j);
          const char *title = bs_dimension_get_title_text (dimension, lang);
          BsScore s;

          bs_score_dimension (assessment, dimension, &s);

          switch (format)
            {
            case BS_SCORE_FORMAT_JSON:
              g_string_append (out, j > 0 ? ",\n        { \"id\": " : "\n        { \"id\": ");
              append_json_string (out, bs_dimension_get_id (dimension));
              g_string_append (out, ", \"title\": ");
              append_json_string (out, title);
              g_string_append (out, ", ");
              append_json_score (out, &s);
              g_string_append (out, " }");
              break;

            case BS_SCORE_FORMAT_TABLE:
            default:
              {
                g_autofree char *indented = g_strconcat ("  ", title, NULL);

                append_table_row (out, indented, &s);
              }
              break;
            }
        }

      bs_score_level (assessment, level, &level_score);
      if (format == BS_SCORE_FORMAT_JSON)
        {
          g_string_append (out, "\n      ],\n      ");
          append_json_score (out, &level_score);
          g_string_append (out, " }");
        }
      else if (format == BS_SCORE_FORMAT_TABLE)
        append_table_row (out, _("  Level score"), &level_score);
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
