/* test-csv.c: scores and the action plan as CSV, the text the CLI and the app share
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
  g_assert_true (g_str_has_prefix (csv, "level,dimension_id,dimension_title,score,answered,total\n"
                                        "course,flexibility,Flexibility,2.20,5,5\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/csv/fields", test_fields);
  g_test_add_func ("/csv/actions", test_actions);
  g_test_add_func ("/csv/scores", test_scores);

  return g_test_run ();
}
