/* bs-cli-compare.c: blendscan-cli compare, two assessments of a unit side by side as a table, CSV or JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-cli"

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <glib/gi18n.h>

#include "bs-cli-commands.h"
#include "bs-cli-common.h"
#include "bs-cli-score-team.h"

#define TITLE_WIDTH 40
#define ID_WIDTH 34

/* The CSV's columns, documented in docs/file-formats.md ("Comparison"). */
static const char * const csv_columns[] = {
  "kind", "level", "dimension", "statement", "title", "old", "new", "change", "moved", "version", "rewording",
};

/* ---- values ---- */

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

static double
score_value (const BsScore *score)
{
  return bs_score_has_score (score) ? score->score : NAN;
}

/* A change for people: always with its sign, a real minus, so that it
 * never depends on colour (there is none) or on a reader's eye for "-". */
static char *
human_change (double change)
{
  if (isnan (change))
    return g_strdup ("–");
  if (fabs (change) < 0.005)
    return g_strdup ("0.00");

  return g_strdup_printf ("%s%.2f", change > 0 ? "+" : "−", fabs (change));
}

/* A statement's movement: whole stages without decimals; a team's means
 * may move by a fraction. */
static char *
human_movement (double movement)
{
  if (isnan (movement) || movement != floor (movement))
    return human_change (movement);

  return g_strdup_printf ("%s%.0f", movement > 0 ? "+" : movement < 0 ? "−" : "", fabs (movement));
}

/* Right-aligns by characters, as the minus sign is three bytes. */
static void
append_right (GString    *out,
              const char *text,
              guint       width)
{
  for (glong i = g_utf8_strlen (text, -1); i < (glong) width; i++)
    g_string_append_c (out, ' ');
  g_string_append (out, text);
}

static char *
human_score (double score)
{
  return isnan (score) ? g_strdup ("–") : g_strdup_printf ("%.2f", score);
}

/* A statement's answer for people: the stage, a team's mean, N/A, "don't
 * know" or unanswered. */
static char *
human_answer (const BsStatementScore *answer)
{
  if (answer->has_score)
    return answer->value > 0 ? g_strdup_printf ("%d", answer->value) : g_strdup_printf ("%.2f", answer->score);
  if (answer->value == BS_VALUE_NOT_APPLICABLE)
    return g_strdup (_("N/A"));
  if (answer->value == BS_VALUE_UNKNOWN)
    /* Translators: the answer "don't know" to a statement, in a column; keep it short */
    return g_strdup (_("don’t know"));

  /* Translators: a statement without an answer, in a column; keep it short */
  return g_strdup (_("unanswered"));
}

/* The same for machines: the stage or mean as a number, "na", "unknown",
 * or @empty. In JSON the words are quoted. */
static void
append_machine_answer (GString                *out,
                       const BsStatementScore *answer,
                       gboolean                json,
                       const char             *empty)
{
  if (answer->has_score && answer->value > 0)
    g_string_append_printf (out, "%d", answer->value);
  else if (answer->has_score)
    append_number (out, answer->score, empty);
  else if (answer->value == BS_VALUE_NOT_APPLICABLE)
    g_string_append (out, json ? "\"na\"" : "na");
  else if (answer->value == BS_VALUE_UNKNOWN)
    g_string_append (out, json ? "\"unknown\"" : "unknown");
  else
    g_string_append (out, empty);
}

static char *
rewording_nicks (BsStatementRewording rewording,
                 const char          *separator)
{
  GFlagsClass *klass = g_type_class_ref (BS_TYPE_STATEMENT_REWORDING);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != 0 && (rewording & klass->values[i].value) != 0)
      {
        if (out->len > 0)
          g_string_append (out, separator);
        g_string_append (out, klass->values[i].value_nick);
      }
  g_type_class_unref (klass);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static BsStatement *
statement_of (const BsStatementComparison *s)
{
  return s->new_statement != NULL ? s->new_statement : s->old_statement;
}

static const char *
dimension_title (const BsDimensionComparison *d,
                 const char                  *lang)
{
  return bs_dimension_get_title_text (d->new_dimension != NULL ? d->new_dimension : d->old_dimension, lang);
}

/* ---- table ---- */

static void
table_score_row (GString    *out,
                 const char *title,
                 double      old_score,
                 double      new_score,
                 double      change)
{
  g_autofree char *o = human_score (old_score);
  g_autofree char *n = human_score (new_score);
  g_autofree char *c = human_change (change);

  bs_cli_append_padded (out, title, TITLE_WIDTH);
  g_string_append_printf (out, "%6s  %6s  ", o, n);
  append_right (out, c, 6);
  g_string_append_c (out, '\n');
}

static void
table_statement_list (GString     *out,
                      const char  *heading,
                      GPtrArray   *statements,
                      gboolean     with_answers,
                      const char  *lang)
{
  if (statements->len == 0)
    return;

  g_string_append_printf (out, "\n  %s\n", heading);
  for (guint i = 0; i < statements->len; i++)
    {
      const BsStatementComparison *s = g_ptr_array_index (statements, i);
      g_autofree char *indented = g_strconcat ("    ", s->id, NULL);

      bs_cli_append_padded (out, indented, ID_WIDTH);
      if (s->version == BS_STATEMENT_VERSION_ADDED || s->version == BS_STATEMENT_VERSION_REMOVED)
        {
          g_autofree char *answer = human_answer (s->version == BS_STATEMENT_VERSION_ADDED ? &s->new_answer
                                                                                        : &s->old_answer);

          g_string_append (out, "     ");
          bs_cli_append_padded (out, answer, 26);
        }
      else if (with_answers)
        {
          g_autofree char *o = human_answer (&s->old_answer);
          g_autofree char *n = human_answer (&s->new_answer);
          g_autofree char *c = isnan (s->movement) ? g_strdup ("") : human_movement (s->movement);
          g_autofree char *move = g_strdup_printf ("%s → %s", o, n);

          append_right (out, c, 3);
          g_string_append (out, "  ");
          bs_cli_append_padded (out, move, 26);
        }
      else if (s->version == BS_STATEMENT_VERSION_REWORDED)
        {
          g_autofree char *what = rewording_nicks (s->rewording, ", ");

          bs_cli_append_padded (out, what, 31);
        }
      g_string_append (out, bs_statement_get_text_text (statement_of (s), lang));
      g_string_append_c (out, '\n');
    }
}

static void
format_table_level (GString                 *out,
                    BsComparison            *comparison,
                    const BsLevelComparison *level,
                    const char              *lang)
{
  g_autoptr(GPtrArray) moved = bs_comparison_list_moved (comparison, level->id);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  g_autoptr(GPtrArray) reworded = g_ptr_array_new ();
  GPtrArray *all = bs_comparison_get_statements (comparison);

  g_string_append_c (out, '\n');
  bs_cli_append_padded (out, bs_level_get_title_text (level->new_level, lang), TITLE_WIDTH);
  g_string_append_printf (out, "%6s  %6s  %s\n", _("Old"), _("New"), _("Change"));

  for (guint i = 0; i < level->n_dimensions; i++)
    {
      const BsDimensionComparison *d = &level->dimensions[i];
      g_autofree char *indented = g_strconcat ("  ", dimension_title (d, lang), NULL);

      table_score_row (out, indented, score_value (&d->old_score), score_value (&d->new_score), d->change);
    }
  table_score_row (out, _("  Level score"), score_value (&level->old_score), score_value (&level->new_score),
                   level->change);

  for (guint i = 0; i < all->len; i++)
    {
      BsStatementComparison *s = g_ptr_array_index (all, i);

      if (!g_str_equal (s->level_id, level->id))
        continue;
      if (s->version == BS_STATEMENT_VERSION_ADDED)
        g_ptr_array_add (added, s);
      else if (s->version == BS_STATEMENT_VERSION_REMOVED)
        g_ptr_array_add (removed, s);
      else if (s->version == BS_STATEMENT_VERSION_REWORDED)
        g_ptr_array_add (reworded, s);
    }

  if (moved->len == 0)
    g_string_append_printf (out, "\n  %s\n", _("No statement has another answer."));
  table_statement_list (out, _("Statements that moved, biggest movement first:"), moved, TRUE, lang);
  table_statement_list (out, _("Statements added in the new framework version, with the new answer:"), added, TRUE, lang);
  table_statement_list (out, _("Statements removed from the old framework version, with the old answer:"), removed, TRUE, lang);
  table_statement_list (out, _("Statements reworded between the framework versions:"), reworded, FALSE, lang);
}

static void
describe_assessment (GString      *out,
                     const char   *label,
                     const char   *path,
                     BsAssessment *assessment)
{
  BsFramework *framework = bs_assessment_get_framework (assessment);
  g_autofree char *display = g_filename_display_name (path);
  const char *date = bs_assessment_get_date (assessment);

  /* Translators: "Old: file (framework id version), date"; the label is "Old" or "New" */
  g_string_append_printf (out, _("%s: %s (%s %s)"), label, display,
                          bs_framework_get_id (framework), bs_framework_get_version (framework));
  if (date != NULL && *date != '\0')
    g_string_append_printf (out, ", %s", date);
  g_string_append_c (out, '\n');
}

static char *
format_table (BsComparison *comparison,
              const char   *old_path,
              const char   *new_path,
              const char   *lang)
{
  GString *out = g_string_new (NULL);

  describe_assessment (out, _("Old"), old_path, bs_comparison_get_old (comparison));
  describe_assessment (out, _("New"), new_path, bs_comparison_get_new (comparison));

  if (bs_comparison_get_n_levels (comparison) == 0)
    g_string_append_printf (out, "\n%s\n", _("The assessments have no level in common; there is nothing to compare."));

  for (guint i = 0; i < bs_comparison_get_n_levels (comparison); i++)
    format_table_level (out, comparison, bs_comparison_get_level (comparison, i), lang);

  return g_string_free (out, FALSE);
}

/* ---- CSV ---- */

static void
csv_row (GString    *out,
         const char *kind,
         const char *level_id,
         const char *dimension_id,
         const char *statement_id,
         const char *title)
{
  g_string_append_printf (out, "%s,%s,%s,", kind, level_id, dimension_id != NULL ? dimension_id : "");
  g_string_append (out, statement_id != NULL ? statement_id : "");
  g_string_append_c (out, ',');
  bs_csv_append_field (out, title);
  g_string_append_c (out, ',');
}

static void
csv_scores (GString *out,
            double   old_score,
            double   new_score,
            double   change)
{
  append_number (out, old_score, "");
  g_string_append_c (out, ',');
  append_number (out, new_score, "");
  g_string_append_c (out, ',');
  append_number (out, change, "");
  g_string_append (out, ",,,\r\n");
}

static void
csv_statement (GString                     *out,
               const BsStatementComparison *s,
               const char                  *lang)
{
  g_autofree char *rewording = rewording_nicks (s->rewording, " ");

  csv_row (out, "statement", s->level_id, s->dimension_id, s->id, bs_statement_get_text_text (statement_of (s), lang));
  append_machine_answer (out, &s->old_answer, FALSE, "");
  g_string_append_c (out, ',');
  append_machine_answer (out, &s->new_answer, FALSE, "");
  g_string_append_c (out, ',');
  append_number (out, s->movement, "");
  g_string_append_printf (out, ",%s,%s,%s\r\n", s->moved ? "true" : "false",
                          bs_statement_version_to_string (s->version), rewording);
}

static char *
format_csv (BsComparison *comparison,
            const char   *lang)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (csv_columns); i++)
    g_string_append_printf (out, "%s%s", i > 0 ? "," : "", csv_columns[i]);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < bs_comparison_get_n_levels (comparison); i++)
    {
      const BsLevelComparison *level = bs_comparison_get_level (comparison, i);
      g_autoptr(GPtrArray) moved = bs_comparison_list_moved (comparison, level->id);
      GPtrArray *all = bs_comparison_get_statements (comparison);

      csv_row (out, "level", level->id, NULL, NULL, bs_level_get_title_text (level->new_level, lang));
      csv_scores (out, score_value (&level->old_score), score_value (&level->new_score), level->change);
      for (guint j = 0; j < level->n_dimensions; j++)
        {
          const BsDimensionComparison *d = &level->dimensions[j];

          csv_row (out, "dimension", level->id, d->id, NULL, dimension_title (d, lang));
          csv_scores (out, score_value (&d->old_score), score_value (&d->new_score), d->change);
        }

      /* the moved ones biggest first, then those that only differ between
       * the framework versions, in framework order */
      for (guint j = 0; j < moved->len; j++)
        csv_statement (out, g_ptr_array_index (moved, j), lang);
      for (guint j = 0; j < all->len; j++)
        {
          const BsStatementComparison *s = g_ptr_array_index (all, j);

          if (g_str_equal (s->level_id, level->id) && !s->moved && s->version != BS_STATEMENT_VERSION_SAME)
            csv_statement (out, s, lang);
        }
    }

  return g_string_free (out, FALSE);
}

/* ---- JSON ---- */

static void
json_scores (GString *out,
             double   old_score,
             double   new_score,
             double   change)
{
  g_string_append (out, "\"old\": ");
  append_number (out, old_score, "null");
  g_string_append (out, ", \"new\": ");
  append_number (out, new_score, "null");
  g_string_append (out, ", \"change\": ");
  append_number (out, change, "null");
}

static void
json_assessment (GString      *out,
                 const char   *key,
                 const char   *path,
                 BsAssessment *assessment)
{
  BsFramework *framework = bs_assessment_get_framework (assessment);
  g_autofree char *display = g_filename_display_name (path);

  g_string_append_printf (out, "  \"%s\": { \"file\": ", key);
  bs_cli_append_json_string (out, display);
  g_string_append (out, ", \"title\": ");
  bs_cli_append_json_string (out, bs_assessment_get_title (assessment));
  g_string_append (out, ", \"unit\": ");
  bs_cli_append_json_string (out, bs_assessment_get_unit (assessment));
  g_string_append (out, ", \"date\": ");
  bs_cli_append_json_string (out, bs_assessment_get_date (assessment));
  g_string_append (out, ", \"framework\": { \"id\": ");
  bs_cli_append_json_string (out, bs_framework_get_id (framework));
  g_string_append (out, ", \"version\": ");
  bs_cli_append_json_string (out, bs_framework_get_version (framework));
  g_string_append (out, " } },\n");
}

static void
json_statements (GString    *out,
                 const char *key,
                 GPtrArray  *statements,
                 const char *lang)
{
  g_string_append_printf (out, ",\n      \"%s\": [", key);
  for (guint i = 0; i < statements->len; i++)
    {
      const BsStatementComparison *s = g_ptr_array_index (statements, i);
      g_autofree char *rewording = rewording_nicks (s->rewording, "\", \"");

      g_string_append (out, i > 0 ? ",\n        { \"id\": " : "\n        { \"id\": ");
      bs_cli_append_json_string (out, s->id);
      g_string_append (out, ", \"dimension\": ");
      bs_cli_append_json_string (out, s->dimension_id);
      g_string_append (out, ", \"text\": ");
      bs_cli_append_json_string (out, bs_statement_get_text_text (statement_of (s), lang));
      g_string_append (out, ", \"old\": ");
      append_machine_answer (out, &s->old_answer, TRUE, "null");
      g_string_append (out, ", \"new\": ");
      append_machine_answer (out, &s->new_answer, TRUE, "null");
      g_string_append (out, ", \"movement\": ");
      append_number (out, s->movement, "null");
      g_string_append_printf (out, ", \"version\": \"%s\", \"rewording\": [%s%s%s] }",
                              bs_statement_version_to_string (s->version),
                              *rewording ? "\"" : "", rewording, *rewording ? "\"" : "");
    }
  g_string_append (out, statements->len > 0 ? "\n      ]" : "]");
}

static char *
format_json (BsComparison *comparison,
             const char   *old_path,
             const char   *new_path,
             const char   *lang)
{
  GString *out = g_string_new ("{\n");
  const char * const *warnings = bs_comparison_get_warnings (comparison);
  const BsStatementVersion versions[] = {
    BS_STATEMENT_VERSION_ADDED, BS_STATEMENT_VERSION_REMOVED, BS_STATEMENT_VERSION_REWORDED,
  };

  json_assessment (out, "old", old_path, bs_comparison_get_old (comparison));
  json_assessment (out, "new", new_path, bs_comparison_get_new (comparison));
  g_string_append (out, "  \"warnings\": [");
  for (guint i = 0; warnings[i] != NULL; i++)
    {
      g_string_append (out, i > 0 ? ", " : "");
      bs_cli_append_json_string (out, warnings[i]);
    }
  g_string_append (out, "],\n  \"levels\": [");

  for (guint i = 0; i < bs_comparison_get_n_levels (comparison); i++)
    {
      const BsLevelComparison *level = bs_comparison_get_level (comparison, i);
      g_autoptr(GPtrArray) moved = bs_comparison_list_moved (comparison, level->id);

      g_string_append (out, i > 0 ? ",\n    { \"id\": " : "\n    { \"id\": ");
      bs_cli_append_json_string (out, level->id);
      g_string_append (out, ", \"title\": ");
      bs_cli_append_json_string (out, bs_level_get_title_text (level->new_level, lang));
      g_string_append (out, ", ");
      json_scores (out, score_value (&level->old_score), score_value (&level->new_score), level->change);
      g_string_append (out, ",\n      \"dimensions\": [");
      for (guint j = 0; j < level->n_dimensions; j++)
        {
          const BsDimensionComparison *d = &level->dimensions[j];

          g_string_append (out, j > 0 ? ",\n        { \"id\": " : "\n        { \"id\": ");
          bs_cli_append_json_string (out, d->id);
          g_string_append (out, ", \"title\": ");
          bs_cli_append_json_string (out, dimension_title (d, lang));
          g_string_append (out, ", ");
          json_scores (out, score_value (&d->old_score), score_value (&d->new_score), d->change);
          g_string_append (out, " }");
        }
      g_string_append (out, "\n      ]");

      json_statements (out, "moved", moved, lang);
      for (guint v = 0; v < G_N_ELEMENTS (versions); v++)
        {
          g_autoptr(GPtrArray) list = bs_comparison_list_version (comparison, versions[v]);

          for (guint j = list->len; j > 0; j--)
            if (!g_str_equal (((BsStatementComparison *) g_ptr_array_index (list, j - 1))->level_id, level->id))
              g_ptr_array_remove_index (list, j - 1);
          json_statements (out, bs_statement_version_to_string (versions[v]), list, lang);
        }
      g_string_append (out, " }");
    }

  g_string_append (out, "\n  ]\n}\n");
  return g_string_free (out, FALSE);
}

/* ---- loading ---- */

/* With --framework files, each assessment takes the one of its own version;
 * otherwise the version it names is looked up as always
 * (bs_framework_find_version()), and failing that the first file of the
 * same framework is used, as `score --framework` would. */
static BsAssessment *
load_assessment (const char *path,
                 GPtrArray  *frameworks)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) fallback = NULL;
  BsAssessment *assessment;

  if (frameworks->len == 0)
    {
      assessment = bs_assessment_load (path, NULL, &error);
      if (assessment == NULL)
        g_printerr ("%s\n", error->message);
      return assessment;
    }

  for (guint i = 0; i < frameworks->len; i++)
    {
      BsFramework *framework = g_ptr_array_index (frameworks, i);
      g_autoptr(GError) local_error = NULL;

      assessment = bs_assessment_load (path, framework, &local_error);
      if (assessment == NULL)
        {
          if (error == NULL)
            error = g_steal_pointer (&local_error);
        }
      else if (g_strcmp0 (bs_assessment_get_framework_version (assessment), bs_framework_get_version (framework)) == 0)
        return assessment;
      else if (fallback == NULL)
        fallback = assessment;
      else
        g_object_unref (assessment);
    }

  assessment = bs_assessment_load (path, NULL, NULL);
  if (assessment != NULL)
    return assessment;
  if (fallback != NULL)
    return g_steal_pointer (&fallback);

  g_printerr ("%s\n", error->message);
  return NULL;
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
bs_cli_cmd_compare (int    argc,
                    char **argv)
{
  g_autoptr(BsAssessment) old_assessment = NULL;
  g_autoptr(BsAssessment) new_assessment = NULL;
  g_autoptr(BsComparison) comparison = NULL;
  g_autoptr(GPtrArray) frameworks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *lang = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) framework_paths = NULL;
  const char * const *warnings;
  int status;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: table, csv or json (default: table)"), N_("FORMAT") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang,
      N_("Language of the titles: nl or en (default: from the locale)"), N_("LANG") },
    { "framework", 'f', 0, G_OPTION_ARG_FILENAME_ARRAY, &framework_paths,
      N_("A framework file for an assessment of its version; give it once per version"), N_("FILE") },
    { NULL }
  };
  const BsCliCommand command = {
    .summary = _("OLD NEW — compare two assessments of a unit: scores, moved statements, framework versions"),
    .entries = entries,
    .many_files = TRUE,
    .files_error = _("compare needs two assessment files, the old and the new"),
    .check = check_format,
    .check_data = &format_name,
    .lang = &lang,
  };

  status = bs_cli_parse_command (&command, &argc, &argv);
  if (status != BS_EXIT_OK)
    return status;
  if (argc != 3)
    {
      bs_cli_usage_error (command.files_error);
      return BS_EXIT_USAGE;
    }
  if (lang == NULL)
    lang = g_strdup (bs_default_language ());

  for (guint i = 0; framework_paths != NULL && framework_paths[i] != NULL; i++)
    {
      gboolean failed;
      BsFramework *framework = bs_cli_load_framework (framework_paths[i], &failed);

      if (failed)
        return BS_EXIT_INVALID;
      g_ptr_array_add (frameworks, framework);
    }

  old_assessment = load_assessment (argv[1], frameworks);
  if (old_assessment == NULL)
    return BS_EXIT_INVALID;
  new_assessment = load_assessment (argv[2], frameworks);
  if (new_assessment == NULL)
    return BS_EXIT_INVALID;

  comparison = bs_comparison_new (old_assessment, new_assessment, &error);
  if (comparison == NULL)
    {
      g_autofree char *old_display = g_filename_display_name (argv[1]);
      g_autofree char *new_display = g_filename_display_name (argv[2]);

      /* Translators: the %s are the two file names; the reason follows */
      g_printerr (_("Cannot compare “%s” with “%s”: %s\n"), old_display, new_display, error->message);
      return BS_EXIT_INVALID;
    }

  /* The notes go to standard error, so that the CSV stays a table; JSON
   * carries them as well. */
  warnings = bs_comparison_get_warnings (comparison);
  for (guint i = 0; warnings[i] != NULL; i++)
    /* Translators: %s is a sentence about the two assessments compared */
    g_printerr (_("Note: %s\n"), warnings[i]);

  if (g_strcmp0 (format_name, "csv") == 0)
    output = format_csv (comparison, lang);
  else if (g_strcmp0 (format_name, "json") == 0)
    output = format_json (comparison, argv[1], argv[2], lang);
  else
    output = format_table (comparison, argv[1], argv[2], lang);
  fputs (output, stdout);

  return BS_EXIT_OK;
}
