/* bs-csv.c: scores, the action plan and the questionnaire template as CSV, shared by the CLI and the app
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>

#include "bs-csv.h"
#include "bs-framework.h"
#include "bs-score.h"

/* Numbers are for machines: always a dot, whatever the locale says. */
static void
append_score (GString       *out,
              const BsScore *score)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (bs_score_has_score (score))
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.2f", score->score));
}

/**
 * bs_csv_append_field:
 *
 * Appends @text as one CSV field (RFC 4180): quoted when it holds a comma,
 * a quote or a line break. A text that a spreadsheet would run as a
 * formula (it starts with =, +, -, @ or a tab) gets a leading apostrophe,
 * so a note typed as "=HYPERLINK(…)" stays text.
 */
void
bs_csv_append_field (GString    *out,
                     const char *text)
{
  gboolean formula;

  g_return_if_fail (out != NULL);

  if (text == NULL)
    return;

  formula = strchr ("=+-@\t\r", text[0]) != NULL && text[0] != '\0';
  if (!formula && strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  if (formula)
    g_string_append_c (out, '\'');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/**
 * bs_csv_format_scores:
 * @lang: the language of the dimension titles
 *
 * One row per dimension of every level the assessment includes: level,
 * dimension id and title, score (empty without one), answered and total
 * statements, and of the answered ones how many are N/A and "don't know"
 * (the others have the stages the score is the mean of). `blendscan-cli score --format csv` prints exactly this.
 *
 * Returns: (transfer full): the CSV text, UTF-8, lines ending in \n
 */
char *
bs_csv_format_scores (BsAssessment *assessment,
                      const char   *lang)
{
  BsFramework *framework;
  const char * const *levels;
  GString *out;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  framework = bs_assessment_get_framework (assessment);
  levels = bs_assessment_get_levels (assessment);
  out = g_string_new ("level,dimension_id,dimension_title,score,answered,total,not_applicable,unknown\n");

  for (guint i = 0; levels[i] != NULL; i++)
    {
      BsLevel *level = bs_framework_lookup_level (framework, levels[i]);
      GListModel *dimensions = bs_level_get_dimensions (level);

      for (guint j = 0; j < g_list_model_get_n_items (dimensions); j++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, j);
          BsScore score;

          bs_score_dimension (assessment, dimension, &score);
          g_string_append_printf (out, "%s,%s,", levels[i], bs_dimension_get_id (dimension));
          bs_csv_append_field (out, bs_dimension_get_title_text (dimension, lang));
          g_string_append_c (out, ',');
          append_score (out, &score);
          g_string_append_printf (out, ",%u,%u,%u,%u\n", score.answered, score.total, score.not_applicable,
                                  score.unknown);
        }
    }

  return g_string_free (out, FALSE);
}

/**
 * bs_csv_format_actions:
 * @lang: the language of the dimension titles
 *
 * One row per action of the action plan, in the plan's order: level,
 * dimension id and title (empty for an action of the whole assessment),
 * the action, owner, due date (YYYY-MM-DD as saved) and status (planned,
 * in-progress, done or dropped).
 *
 * Returns: (transfer full): the CSV text, UTF-8, lines ending in \n
 */
char *
bs_csv_format_actions (BsAssessment *assessment,
                       const char   *lang)
{
  BsFramework *framework;
  GListModel *actions;
  GString *out;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  framework = bs_assessment_get_framework (assessment);
  actions = bs_assessment_get_actions (assessment);
  out = g_string_new ("level,dimension_id,dimension_title,action,owner,due,status\n");

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);
      const char *level_id = bs_action_get_level_id (action);
      const char *dimension_id = bs_action_get_dimension_id (action);
      BsDimension *dimension = NULL;

      if (level_id != NULL && dimension_id != NULL)
        dimension = bs_framework_lookup_dimension (framework, level_id, dimension_id);

      bs_csv_append_field (out, level_id);
      g_string_append_c (out, ',');
      bs_csv_append_field (out, dimension_id);
      g_string_append_c (out, ',');
      if (dimension != NULL)
        bs_csv_append_field (out, bs_dimension_get_title_text (dimension, lang));
      g_string_append_c (out, ',');
      bs_csv_append_field (out, bs_action_get_description (action));
      g_string_append_c (out, ',');
      bs_csv_append_field (out, bs_action_get_owner (action));
      g_string_append_c (out, ',');
      bs_csv_append_field (out, bs_action_get_due (action));
      g_string_append_c (out, ',');
      g_string_append (out, bs_action_status_to_string (bs_action_get_status (action)));
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/**
 * bs_csv_format_questionnaire:
 * @lang: the language of the statement texts
 * @names: (nullable) (array zero-terminated=1): respondents to give a row
 *   each, or %NULL for the two header rows alone
 * @roles: (nullable) (array zero-terminated=1): the role id of each of
 *   @names; a %NULL array, or an empty id, leaves the role cell empty
 *
 * The questionnaire for a survey tool or a spreadsheet (docs/file-formats.md,
 * "Questionnaire CSV"): a header row `name,role,<statement id>…` with
 * every statement of the levels the assessment includes, in the
 * framework's order; then the statement texts in a second row whose name
 * cell is `#text`; then a row per respondent with the answers empty.
 *
 * Returns: (transfer full): the CSV text, UTF-8, lines ending in \n
 */
char *
bs_csv_format_questionnaire (BsAssessment       *assessment,
                             const char         *lang,
                             const char * const *names,
                             const char * const *roles)
{
  GListModel *levels;
  g_autoptr(GPtrArray) statements = g_ptr_array_new_with_free_func (g_object_unref);
  GString *out;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  levels = bs_framework_get_levels (bs_assessment_get_framework (assessment));
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GListModel *dimensions = bs_level_get_dimensions (level);

      if (!bs_assessment_includes_level (assessment, bs_level_get_id (level)))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (dimensions); j++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, j);
          GListModel *list = bs_dimension_get_statements (dimension);

          for (guint k = 0; k < g_list_model_get_n_items (list); k++)
            g_ptr_array_add (statements, g_list_model_get_item (list, k));
        }
    }

  out = g_string_new ("name,role");
  for (guint i = 0; i < statements->len; i++)
    {
      g_string_append_c (out, ',');
      bs_csv_append_field (out, bs_statement_get_id (g_ptr_array_index (statements, i)));
    }
  g_string_append (out, "\n" BS_CSV_TEXT_ROW_MARKER ",");
  for (guint i = 0; i < statements->len; i++)
    {
      g_string_append_c (out, ',');
      bs_csv_append_field (out, bs_statement_get_text_text (g_ptr_array_index (statements, i), lang));
    }
  g_string_append_c (out, '\n');

  for (guint r = 0; names != NULL && names[r] != NULL; r++)
    {
      bs_csv_append_field (out, names[r]);
      g_string_append_c (out, ',');
      if (roles != NULL && roles[r] != NULL)
        bs_csv_append_field (out, roles[r]);
      for (guint i = 0; i < statements->len; i++)
        g_string_append_c (out, ',');
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
