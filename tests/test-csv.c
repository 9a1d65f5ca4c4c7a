/* test-csv.c: scores, the action plan and the questionnaire as CSV, and reading CSV back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <string.h>

#include "blendscan-core.h"
#include "bs-test-common.h"

static char *
field (const char *text)
{
  GString *out = g_string_new (NULL);

  bs_csv_append_field (out, text);

  return g_string_free (out, FALSE);
}

static void
test_fields (void)
{
  static const struct {
    const char *text;
    const char *csv;
  } cases[] = {
    { "plain", "plain" },
    { "", "" },
    { "Didactiek, ICT", "\"Didactiek, ICT\"" },
    { "de \"flipped\" les", "\"de \"\"flipped\"\" les\"" },
    { "twee\nregels", "\"twee\nregels\"" },
    /* Spreadsheets would run these as formulas. */
    { "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"" },
    { "+31 10 123", "\"'+31 10 123\"" },
    { "-1", "\"'-1\"" },
    { "@SUM(A1)", "\"'@SUM(A1)\"" },
    { "Ouders & studenten", "Ouders & studenten" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *csv = field (cases[i].text);

      g_assert_cmpstr (csv, ==, cases[i].csv);
    }
}

static void
test_actions (void)
{
  g_autoptr(BsAssessment) assessment = bs_assessment_new (bs_framework_get_default ());
  g_autoptr(BsAction) first = bs_action_new ();
  g_autoptr(BsAction) second = bs_action_new ();
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;

  bs_action_set_description (first, "Train docenten, in blok 2");
  bs_action_set_level_id (first, "course");
  bs_action_set_dimension_id (first, "flexibility");
  bs_action_set_owner (first, "Esther");
  bs_action_set_due (first, "2027-03-01");
  bs_action_set_status (first, BS_ACTION_IN_PROGRESS);
  bs_assessment_add_action (assessment, first);
  /* An action of the whole assessment, without a dimension. */
  bs_action_set_description (second, "=evaluate");
  bs_assessment_add_action (assessment, second);

  csv = bs_csv_format_actions (assessment, "nl");
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  g_assert_cmpstr (lines[0], ==, "level,dimension_id,dimension_title,action,owner,due,status");
  g_assert_true (g_str_has_prefix (lines[1], "course,flexibility,"));
  g_assert_true (g_str_has_suffix (lines[1], ",\"Train docenten, in blok 2\",Esther,2027-03-01,in-progress"));
  g_assert_cmpstr (lines[2], ==, ",,,\"'=evaluate\",,,planned");
  g_assert_cmpstr (lines[3], ==, "");
}

static void
test_scores (void)
{
  g_autofree char *path = bs_test_example_path ("full-three-levels.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = bs_assessment_load (path, NULL, &error);
  g_autofree char *csv = NULL;

  g_assert_no_error (error);
  csv = bs_csv_format_scores (assessment, "en");
  g_assert_true (g_str_has_prefix (csv, "level,dimension_id,dimension_title,score,answered,total,not_applicable,unknown\n"
                                        "course,flexibility,Flexibility,2.00,5,5,0,0\n"));
}

/* All records of @text, or the error's line and message. */
static GPtrArray *
read_all (const char  *text,
          gssize       length,
          guint       *error_line,
          GError     **error)
{
  g_autoptr(BsCsvReader) reader = bs_csv_reader_new (text, length < 0 ? strlen (text) : (gsize) length);
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GStrv fields;

  while (bs_csv_reader_next (reader, &fields, error))
    g_ptr_array_add (records, fields);
  *error_line = bs_csv_reader_get_line (reader);
  if (error != NULL && *error != NULL)
    return NULL;

  return g_steal_pointer (&records);
}

/* What bs_csv_append_field() writes reads back as it was. */
static void
test_read_round_trip (void)
{
  static const char * const texts[] = {
    "plain", "", "Didactiek, ICT", "de \"flipped\" les", "twee\nregels", "=HYPERLINK(\"http://x\")",
    "+31 10 123", "-1", "@SUM(A1)", "José Núñez", "'quoted'", "a\r\nb",
  };
  g_autoptr(GString) csv = g_string_new (NULL);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GError) error = NULL;
  guint line;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      bs_csv_append_field (csv, texts[i]);
      g_string_append (csv, ",x\r\n");
    }
  records = read_all (csv->str, -1, &line, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (records->len, ==, G_N_ELEMENTS (texts));
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GStrv fields = g_ptr_array_index (records, i);

      g_assert_cmpuint (g_strv_length (fields), ==, 2);
      g_assert_cmpstr (fields[0], ==, texts[i]);
      g_assert_cmpstr (fields[1], ==, "x");
    }
}

static void
test_read_lines (void)
{
  /* A byte order mark, an empty line, a line break in quotes, no final
   * line break. */
  const char *text = "\xEF\xBB\xBF" "a,b\n\n\"one\ntwo\",c\nlast";
  g_autoptr(BsCsvReader) reader = bs_csv_reader_new (text, strlen (text));
  GStrv fields;
  guint lines[] = { 1, 2, 3, 5 };
  guint n = 0;

  while (bs_csv_reader_next (reader, &fields, NULL))
    {
      g_auto(GStrv) owned G_GNUC_UNUSED = fields;  /* frees each record */

      if (n >= G_N_ELEMENTS (lines))
        g_error ("too many records");
      g_assert_cmpuint (bs_csv_reader_get_line (reader), ==, lines[n]);
      if (n == 0)
        g_assert_cmpstr (fields[0], ==, "a");
      if (n == 1)
        g_assert_cmpstr (fields[0], ==, "");
      if (n == 2)
        g_assert_cmpstr (fields[0], ==, "one\ntwo");
      if (n == 3)
        g_assert_cmpstr (fields[0], ==, "last");
      n++;
    }
  g_assert_cmpuint (n, ==, 4);
}

static void
test_read_errors (void)
{
  static const struct {
    const char *text;
    gssize      length;
    guint       line;
    int         code;
  } cases[] = {
    { "a\n\"open,b\nc\n", -1, 2, BS_FORMAT_ERROR_MALFORMED },
    { "a\nb\n\"x\"y,z\n", -1, 3, BS_FORMAT_ERROR_MALFORMED },
    { "a\nb\xFF\n", -1, 2, BS_FORMAT_ERROR_ENCODING },
    { "a\nb\0c\n", 6, 2, BS_FORMAT_ERROR_ENCODING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) records = NULL;
      guint line;

      records = read_all (cases[i].text, cases[i].length, &line, &error);
      g_assert_null (records);
      g_assert_error (error, BS_FORMAT_ERROR, cases[i].code);
      g_assert_cmpuint (line, ==, cases[i].line);
    }
}

/* The questionnaire template: exact header rows, then a row per name. */
static void
test_questionnaire (void)
{
  g_autofree char *framework_path = bs_test_fixture_path ("framework-small.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = bs_framework_new_from_file (framework_path, &error);
  g_autoptr(BsAssessment) assessment = NULL;
  const char *levels[] = { "unit", NULL };
  const char *names[] = { "Anna de Vries", "Vries, Jan de", "-Piet", NULL };
  const char *roles[] = { "teacher", "", "student", NULL };
  g_autofree char *template = NULL;
  g_autofree char *nl = NULL;

  g_assert_no_error (error);
  assessment = bs_assessment_new (framework);
  bs_assessment_set_levels (assessment, levels);

  template = bs_csv_format_questionnaire (assessment, "en", NULL, NULL);
  g_assert_cmpstr (template, ==,
                   "name,role,unit.alpha.1,unit.alpha.2,unit.beta.1,unit.beta.2,unit.gamma.1,unit.gamma.2\n"
                   "#text,,Statement 1 of alpha,Statement 2 of alpha,Statement 1 of beta,Statement 2 of beta,"
                   "Statement 1 of gamma,Statement 2 of gamma\n");

  nl = bs_csv_format_questionnaire (assessment, "nl", names, roles);
  g_assert_cmpstr (nl, ==,
                   "name,role,unit.alpha.1,unit.alpha.2,unit.beta.1,unit.beta.2,unit.gamma.1,unit.gamma.2\n"
                   "#text,,Stelling 1 van alpha,Stelling 2 van alpha,Stelling 1 van beta,Stelling 2 van beta,"
                   "Stelling 1 van gamma,Stelling 2 van gamma\n"
                   "Anna de Vries,teacher,,,,,,\n"
                   "\"Vries, Jan de\",,,,,,,\n"
                   "\"'-Piet\",student,,,,,,\n");

  /* And it reads back: the names as they were. */
  {
    g_autoptr(GPtrArray) records = NULL;
    guint line;

    records = read_all (nl, -1, &line, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (records->len, ==, 5);
    g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 1))[0], ==, BS_CSV_TEXT_ROW_MARKER);
    g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 3))[0], ==, "Vries, Jan de");
    g_assert_cmpstr (((GStrv) g_ptr_array_index (records, 4))[0], ==, "-Piet");
    g_assert_cmpuint (g_strv_length (g_ptr_array_index (records, 4)), ==, 8);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/fields", test_fields);
  g_test_add_func ("/csv/actions", test_actions);
  g_test_add_func ("/csv/scores", test_scores);
  g_test_add_func ("/csv/read/round-trip", test_read_round_trip);
  g_test_add_func ("/csv/read/lines", test_read_lines);
  g_test_add_func ("/csv/read/errors", test_read_errors);
  g_test_add_func ("/csv/questionnaire", test_questionnaire);

  return g_test_run ();
}
