/* bs-cli-score-team.c: blendscan-cli score --team, a team's statistics per level, dimension and statement, also per role
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "bs-cli-score-team.h"

typedef enum
{
  ITEM_LEVEL,
  ITEM_DIMENSION,
  ITEM_STATEMENT,
} ItemKind;

/* One row of the output: a level, a dimension or a statement. */
typedef struct
{
  ItemKind                kind;
  const char             *level_id;
  const char             *dimension_id;
  const char             *statement_id;
  const char             *title;
  const BsScore          *score;       /* level and dimension */
  const BsStatementScore *statement;   /* statement */
} Item;

/* What every row is printed with. */
typedef struct
{
  BsScoreFormat      format;
  const char        *lang;
  const BsTeamStats *stats;
  GPtrArray         *roles;    /* BsRole: those with respondents */
  GString           *out;
} Printer;

static const char * const item_kinds[] = { "level", "dimension", "statement" };

void
bs_cli_append_json_string (GString    *out,
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

/* Pads by characters, not bytes, so Dutch titles with ë line up; cuts a
 * longer text with an ellipsis so the columns stay in place. */
void
bs_cli_append_padded (GString    *out,
                      const char *text,
                      guint       width)
{
  glong len = g_utf8_strlen (text, -1);

  if (len > (glong) width && width > 1)
    {
      const char *end = g_utf8_offset_to_pointer (text, width - 1);

      g_string_append_len (out, text, end - text);
      g_string_append (out, "…");
      return;
    }
  g_string_append (out, text);
  for (glong i = len; i < (glong) width; i++)
    g_string_append_c (out, ' ');
}

/* Numbers for machines: always a dot, whatever the locale; @empty for none. */
static void
append_number (GString    *out,
               double      value,
               const char *empty)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    g_string_append (out, empty);
  else
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.2f", value));
}

static const BsTeamStat *
item_stat (const Printer *printer,
           const Item    *item,
           const char    *role_id)
{
  switch (item->kind)
    {
    case ITEM_LEVEL:
      return bs_team_stats_level (printer->stats, item->level_id, role_id);
    case ITEM_DIMENSION:
      return bs_team_stats_dimension (printer->stats, item->level_id, item->dimension_id, role_id);
    case ITEM_STATEMENT:
    default:
      return bs_team_stats_statement (printer->stats, item->statement_id, role_id);
    }
}

static double
item_score (const Item *item)
{
  if (item->kind == ITEM_STATEMENT)
    return item->statement->has_score ? item->statement->score : NAN;

  return bs_score_has_score (item->score) ? item->score->score : NAN;
}

/* ---- table ---- */

#define TITLE_WIDTH 36
#define SOURCE_WIDTH 14

/* A statement's source in words; a dimension's or level's as how many of
 * its statements take the agreed answer. */
static char *
table_source (const Item *item)
{
  if (item->kind != ITEM_STATEMENT)
    /* Translators: how many of a dimension's statements (answered of all) take the team's agreed answer; keep it short */
    return g_strdup_printf (_("agreed %u/%u"), item->score->from_agreed, item->score->total);

  switch (item->statement->source)
    {
    case BS_SCORE_SOURCE_AGREED:
      /* Translators: a statement's score is the team's agreed answer; keep it short */
      return g_strdup (_("agreed"));
    case BS_SCORE_SOURCE_RESPONDENTS:
      /* Translators: a statement's score is the mean of the respondents' answers; keep it short */
      return g_strdup (_("mean"));
    case BS_SCORE_SOURCE_OWN:
      /* Translators: a statement's score is the team assessment's own answer; keep it short */
      return g_strdup (_("own"));
    case BS_SCORE_SOURCE_NONE:
    default:
      return g_strdup ("–");
    }
}

/* Right-aligned by characters: "–" is three bytes. */
static void
table_number (GString *out,
              double   value,
              guint    width)
{
  g_autofree char *text = isnan (value) ? g_strdup ("–") : g_strdup_printf ("%.2f", value);

  g_string_append_c (out, ' ');
  for (glong i = g_utf8_strlen (text, -1); i < (glong) width; i++)
    g_string_append_c (out, ' ');
  g_string_append (out, text);
}

static void
table_stat (GString          *out,
            const BsTeamStat *stat)
{
  g_string_append_printf (out, " %4u %4u %4u", stat->n, stat->n_not_applicable, stat->n_unknown);
  table_number (out, stat->mean, 5);
  table_number (out, stat->median, 6);
  table_number (out, stat->min, 5);
  table_number (out, stat->max, 5);
  table_number (out, stat->sd, 5);
  g_string_append (out, stat->disagreement ? "  !\n" : "\n");
}

static void
table_header (Printer *printer)
{
  GString *out = printer->out;

  bs_cli_append_padded (out, "", TITLE_WIDTH);
  /* Translators: the columns of score --team's table; each must fit the width of the numbers below it
   * (Score 6, Source 14, n 4, N/A 4, ? 4, Mean 5, Median 6, Min 5, Max 5, SD 5) */
  g_string_append_printf (out, " %6s  ", _("Score"));
  bs_cli_append_padded (out, _("Source"), SOURCE_WIDTH);
  g_string_append_printf (out, " %4s %4s %4s %5s %6s %5s %5s %5s\n",
                          "n", _("N/A"), "?", _("Mean"), _("Median"), _("Min"), _("Max"), _("SD"));
}

static void
table_item (Printer    *printer,
            const Item *item)
{
  GString *out = printer->out;
  g_autofree char *source = table_source (item);
  g_autofree char *indented = NULL;
  const char *indent = item->kind == ITEM_LEVEL ? "" : item->kind == ITEM_DIMENSION ? "  " : "    ";
  double value = item_score (item);

  indented = g_strconcat (indent, item->kind == ITEM_STATEMENT ? item->statement_id : item->title, NULL);
  bs_cli_append_padded (out, indented, TITLE_WIDTH);
  table_number (out, value, 6);
  g_string_append (out, "  ");
  bs_cli_append_padded (out, source, SOURCE_WIDTH);
  table_stat (out, item_stat (printer, item, NULL));

  for (guint i = 0; i < printer->roles->len; i++)
    {
      BsRole *role = g_ptr_array_index (printer->roles, i);
      g_autofree char *label = g_strdup_printf ("%s  · %s", indent, bs_role_get_name_text (role, printer->lang));

      bs_cli_append_padded (out, label, TITLE_WIDTH + 1 + 6 + 2 + SOURCE_WIDTH);
      table_stat (out, item_stat (printer, item, bs_role_get_id (role)));
    }
}

/* "12 respondents: Teacher 4, Student 3, …" */
static void
table_level_header (Printer    *printer,
                    const char *title)
{
  GString *out = printer->out;
  guint n = bs_team_stats_get_n_respondents (printer->stats, NULL);

  g_string_append_printf (out, "\n%s\n", title);
  g_string_append_printf (out, g_dngettext (GETTEXT_PACKAGE, "%u respondent", "%u respondents", n), n);
  for (guint i = 0; i < printer->roles->len; i++)
    {
      BsRole *role = g_ptr_array_index (printer->roles, i);

      g_string_append_printf (out, "%s%s %u", i == 0 ? ": " : ", ", bs_role_get_name_text (role, printer->lang),
                              bs_team_stats_get_n_respondents (printer->stats, bs_role_get_id (role)));
    }
  g_string_append (out, "\n\n");
  table_header (printer);
}

/* ---- csv ---- */

static void
csv_field (GString    *out,
           const char *text)
{
  g_string_append_c (out, ',');
  bs_csv_append_field (out, text != NULL ? text : "");
}

static void
csv_uint (GString *out,
          guint    value)
{
  g_string_append_printf (out, ",%u", value);
}

static void
csv_row (Printer    *printer,
         const Item *item,
         BsRole     *role)
{
  GString *out = printer->out;
  const char *role_id = role != NULL ? bs_role_get_id (role) : NULL;
  const BsTeamStat *stat = item_stat (printer, item, role_id);

  g_string_append (out, item_kinds[item->kind]);
  csv_field (out, item->level_id);
  csv_field (out, item->dimension_id);
  csv_field (out, item->statement_id);
  csv_field (out, item->title);
  csv_field (out, role_id);
  csv_uint (out, bs_team_stats_get_n_respondents (printer->stats, role_id));
  g_string_append_c (out, ',');
  /* The team's score and where it comes from are the whole team's. */
  if (role == NULL)
    {
      append_number (out, item_score (item), "");
      if (item->kind == ITEM_STATEMENT)
        g_string_append_printf (out, ",%s,,", bs_score_source_to_string (item->statement->source));
      else
        g_string_append_printf (out, ",,%u,%u", item->score->from_agreed, item->score->from_respondents);
    }
  else
    g_string_append (out, ",,,");
  csv_uint (out, stat->n);
  csv_uint (out, stat->n_not_applicable);
  csv_uint (out, stat->n_unknown);
  for (guint i = 0; i < 5; i++)
    {
      const double values[] = { stat->mean, stat->median, stat->min, stat->max, stat->sd };

      g_string_append_c (out, ',');
      append_number (out, values[i], "");
    }
  g_string_append (out, stat->disagreement ? ",true\n" : ",false\n");
}

static void
csv_item (Printer    *printer,
          const Item *item)
{
  csv_row (printer, item, NULL);
  for (guint i = 0; i < printer->roles->len; i++)
    csv_row (printer, item, g_ptr_array_index (printer->roles, i));
}

/* ---- json ---- */

static void
json_stat (GString          *out,
           const BsTeamStat *stat)
{
  const char * const names[] = { "mean", "median", "min", "max", "sd" };
  const double values[] = { stat->mean, stat->median, stat->min, stat->max, stat->sd };

  g_string_append_printf (out, "{ \"n\": %u, \"not_applicable\": %u, \"unknown\": %u",
                          stat->n, stat->n_not_applicable, stat->n_unknown);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_string_append_printf (out, ", \"%s\": ", names[i]);
      append_number (out, values[i], "null");
    }
  g_string_append_printf (out, ", \"disagreement\": %s }", stat->disagreement ? "true" : "false");
}

/* The fields of an item's object, without its braces and children. */
static void
json_item (Printer    *printer,
           const Item *item,
           const char *indent)
{
  GString *out = printer->out;

  g_string_append (out, "\"id\": ");
  bs_cli_append_json_string (out, item->kind == ITEM_LEVEL ? item->level_id :
                                  item->kind == ITEM_DIMENSION ? item->dimension_id : item->statement_id);
  g_string_append (out, item->kind == ITEM_STATEMENT ? ", \"text\": " : ", \"title\": ");
  bs_cli_append_json_string (out, item->title);
  g_string_append (out, ", \"score\": ");
  append_number (out, item_score (item), "null");
  if (item->kind == ITEM_STATEMENT)
    g_string_append_printf (out, ", \"source\": \"%s\"", bs_score_source_to_string (item->statement->source));
  else
    g_string_append_printf (out, ", \"scored\": %u, \"answered\": %u, \"total\": %u, "
                                 "\"not_applicable\": %u, \"unknown\": %u, "
                                 "\"from_agreed\": %u, \"from_respondents\": %u",
                            item->score->scored, item->score->answered, item->score->total,
                            item->score->not_applicable, item->score->unknown,
                            item->score->from_agreed, item->score->from_respondents);
  g_string_append_printf (out, ",\n%s  \"team\": ", indent);
  json_stat (out, item_stat (printer, item, NULL));
  g_string_append_printf (out, ",\n%s  \"roles\": {", indent);
  for (guint i = 0; i < printer->roles->len; i++)
    {
      BsRole *role = g_ptr_array_index (printer->roles, i);

      g_string_append_printf (out, "%s\n%s    ", i > 0 ? "," : "", indent);
      bs_cli_append_json_string (out, bs_role_get_id (role));
      g_string_append (out, ": ");
      json_stat (out, item_stat (printer, item, bs_role_get_id (role)));
    }
  g_string_append_printf (out, printer->roles->len > 0 ? "\n%s  }" : "}", indent);
}

static void
json_head (Printer      *printer,
           BsAssessment *assessment)
{
  GString *out = printer->out;
  BsFramework *framework = bs_assessment_get_framework (assessment);

  g_string_append (out, "{\n  \"title\": ");
  bs_cli_append_json_string (out, bs_assessment_get_title (assessment));
  g_string_append (out, ",\n  \"framework\": { \"id\": ");
  bs_cli_append_json_string (out, bs_framework_get_id (framework));
  g_string_append (out, ", \"version\": ");
  bs_cli_append_json_string (out, bs_assessment_get_framework_version (assessment));
  g_string_append (out, " },\n  \"disagreement_threshold\": ");
  append_number (out, bs_team_stats_get_threshold (printer->stats), "null");
  g_string_append_printf (out, ",\n  \"respondents\": %u,\n  \"roles\": [",
                          bs_team_stats_get_n_respondents (printer->stats, NULL));
  for (guint i = 0; i < printer->roles->len; i++)
    {
      BsRole *role = g_ptr_array_index (printer->roles, i);

      g_string_append (out, i > 0 ? ",\n    { \"id\": " : "\n    { \"id\": ");
      bs_cli_append_json_string (out, bs_role_get_id (role));
      g_string_append (out, ", \"name\": ");
      bs_cli_append_json_string (out, bs_role_get_name_text (role, printer->lang));
      g_string_append_printf (out, ", \"respondents\": %u }",
                              bs_team_stats_get_n_respondents (printer->stats, bs_role_get_id (role)));
    }
  g_string_append (out, printer->roles->len > 0 ? "\n  ],\n  \"levels\": [" : "],\n  \"levels\": [");
}

/* ---- walking the levels ---- */

static void
print_statements (Printer     *printer,
                  BsAssessment *assessment,
                  BsDimension *dimension)
{
  GListModel *statements = bs_dimension_get_statements (dimension);
  guint n = g_list_model_get_n_items (statements);

  for (guint k = 0; k < n; k++)
    {
      g_autoptr(BsStatement) statement = g_list_model_get_item (statements, k);
      BsStatementScore score;
      Item item = { ITEM_STATEMENT, bs_dimension_get_level_id (dimension), bs_dimension_get_id (dimension),
                    bs_statement_get_id (statement), bs_statement_get_text_text (statement, printer->lang),
                    NULL, &score };

      bs_score_statement (assessment, bs_statement_get_id (statement), &score);
      switch (printer->format)
        {
        case BS_SCORE_FORMAT_JSON:
          g_string_append (printer->out, k > 0 ? ",\n            { " : "\n            { ");
          json_item (printer, &item, "            ");
          g_string_append (printer->out, " }");
          break;
        case BS_SCORE_FORMAT_CSV:
          csv_item (printer, &item);
          break;
        case BS_SCORE_FORMAT_TABLE:
        default:
          table_item (printer, &item);
          break;
        }
    }
  if (printer->format == BS_SCORE_FORMAT_JSON)
    g_string_append (printer->out, n > 0 ? "\n          ]" : "]");
}

static void
print_level (Printer      *printer,
             BsAssessment *assessment,
             const char   *level_id,
             gboolean      first)
{
  g_autoptr(BsLevelScores) scores = bs_level_scores_new (assessment, level_id, NULL);
  GString *out = printer->out;
  Item level = { ITEM_LEVEL, level_id, NULL, NULL, bs_level_get_title_text (scores->level, printer->lang),
                 &scores->score, NULL };

  switch (printer->format)
    {
    case BS_SCORE_FORMAT_JSON:
      g_string_append (out, first ? "\n    { " : ",\n    { ");
      json_item (printer, &level, "    ");
      g_string_append (out, ",\n      \"dimensions\": [");
      break;
    case BS_SCORE_FORMAT_CSV:
      csv_item (printer, &level);
      break;
    case BS_SCORE_FORMAT_TABLE:
    default:
      table_level_header (printer, level.title);
      table_item (printer, &level);
      break;
    }

  for (guint j = 0; j < scores->n_dimensions; j++)
    {
      BsDimension *dimension = scores->dimensions[j].dimension;
      Item item = { ITEM_DIMENSION, level_id, bs_dimension_get_id (dimension), NULL,
                    bs_dimension_get_title_text (dimension, printer->lang), &scores->dimensions[j].score, NULL };

      switch (printer->format)
        {
        case BS_SCORE_FORMAT_JSON:
          g_string_append (out, j > 0 ? ",\n        { " : "\n        { ");
          json_item (printer, &item, "        ");
          g_string_append (out, ",\n          \"statements\": [");
          print_statements (printer, assessment, dimension);
          g_string_append (out, " }");
          break;
        case BS_SCORE_FORMAT_CSV:
          csv_item (printer, &item);
          print_statements (printer, assessment, dimension);
          break;
        case BS_SCORE_FORMAT_TABLE:
        default:
          g_string_append_c (out, '\n');
          table_item (printer, &item);
          print_statements (printer, assessment, dimension);
          break;
        }
    }

  if (printer->format == BS_SCORE_FORMAT_JSON)
    g_string_append (out, scores->n_dimensions > 0 ? "\n      ] }" : "] }");
}

/**
 * bs_cli_format_team_scores:
 * @assessment: a team assessment
 *
 * The team's scores and statistics per level, dimension and statement,
 * for the whole team and per role that has respondents, with where each
 * score comes from (docs/file-formats.md, "score --team").
 *
 * Returns: (transfer full): the text to print
 */
char *
bs_cli_format_team_scores (BsAssessment  *assessment,
                           BsScoreFormat  format,
                           const char    *lang)
{
  g_autoptr(BsTeamStats) stats = bs_team_stats_new (assessment);
  g_autoptr(GPtrArray) roles = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all_roles = bs_framework_get_roles (bs_assessment_get_framework (assessment));
  const char * const *levels = bs_assessment_get_levels (assessment);
  Printer printer = { format, lang, stats, roles, g_string_new (NULL) };

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (all_roles); i++)
    {
      BsRole *role = g_list_model_get_item (all_roles, i);

      if (bs_team_stats_get_n_respondents (stats, bs_role_get_id (role)) > 0)
        g_ptr_array_add (roles, role);
      else
        g_object_unref (role);
    }

  if (format == BS_SCORE_FORMAT_JSON)
    json_head (&printer, assessment);
  else if (format == BS_SCORE_FORMAT_CSV)
    g_string_append (printer.out, "kind,level,dimension_id,statement_id,title,role,respondents,score,source,"
                                  "from_agreed,from_respondents,n,not_applicable,unknown,mean,median,min,max,sd,"
                                  "disagreement\n");

  for (guint i = 0; levels[i] != NULL; i++)
    print_level (&printer, assessment, levels[i], i == 0);

  if (format == BS_SCORE_FORMAT_JSON)
    g_string_append (printer.out, levels[0] != NULL ? "\n  ]\n}\n" : "]\n}\n");
  else if (format == BS_SCORE_FORMAT_TABLE)
    {
      g_autofree char *threshold = g_strdup_printf ("%.2f", bs_team_stats_get_threshold (stats));

      g_string_append_c (printer.out, '\n');
      g_string_append (printer.out, _("Source: agreed, the team’s agreed answer; mean, the respondents’ mean; "
                                      "own, the team assessment’s own answer; agreed n/m, n of the m statements "
                                      "take the agreed answer.\n"));
      /* Translators: %s is a standard deviation in stages, e.g. 1.00 */
      g_string_append_printf (printer.out, _("! The respondents disagree: at least two gave a stage and the standard "
                                             "deviation is %s or more.\n"), threshold);
    }

  return g_string_free (printer.out, FALSE);
}
