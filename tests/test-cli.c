/* test-cli.c: blendscan-cli's commands, outputs and exit codes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <gio/gio.h>

#include "blendscan-core.h"
#include "bs-test-cli.h"
#include "bs-test-common.h"

static void
test_help_and_version (void)
{
  g_auto(BsTestRun) help = { 0 };
  g_auto(BsTestRun) version = { 0 };

  bs_test_run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "validate"));
  g_assert_nonnull (strstr (help.out, "score"));

  bs_test_run_cli (&version, "--version", NULL);
  g_assert_cmpint (version.status, ==, 0);
  g_assert_true (g_str_has_prefix (version.out, "blendscan-cli " PACKAGE_VERSION));
}

static void
test_usage_errors (void)
{
  g_autofree char *example = bs_test_example_path ("marketingcommunicatie.blendscan");
  g_auto(BsTestRun) none = { 0 };
  g_auto(BsTestRun) unknown = { 0 };
  g_auto(BsTestRun) no_files = { 0 };
  g_auto(BsTestRun) bad_format = { 0 };
  g_auto(BsTestRun) bad_lang = { 0 };
  g_auto(BsTestRun) bad_option = { 0 };

  bs_test_run_cli (&none, NULL);
  bs_test_run_cli (&unknown, "frobnicate", NULL);
  bs_test_run_cli (&no_files, "validate", NULL);
  bs_test_run_cli (&bad_format, "score", example, "--format", "xml", NULL);
  bs_test_run_cli (&bad_lang, "score", example, "--lang", "fr", NULL);
  bs_test_run_cli (&bad_option, "score", example, "--colour", NULL);

  g_assert_cmpint (none.status, ==, 2);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));
  g_assert_cmpint (no_files.status, ==, 2);
  g_assert_cmpint (bad_format.status, ==, 2);
  g_assert_nonnull (strstr (bad_format.err, "xml"));
  g_assert_cmpint (bad_lang.status, ==, 2);
  g_assert_cmpint (bad_option.status, ==, 2);
}

/* Every command checks its command line in one order, before it reads or
 * writes anything: the files, the options it needs, its own options, the
 * language, the output. A line with several mistakes names the first. */
static void
test_usage_order (void)
{
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  g_auto(BsTestRun) two_files = { 0 };
  g_auto(BsTestRun) no_level = { 0 };
  g_auto(BsTestRun) no_output = { 0 };
  g_auto(BsTestRun) bad_size = { 0 };
  g_auto(BsTestRun) score_format = { 0 };
  g_auto(BsTestRun) report_output = { 0 };
  g_auto(BsTestRun) over_input = { 0 };

  bs_test_run_cli (&two_files, "chart", example, example, "--lang", "fr", NULL);
  g_assert_cmpint (two_files.status, ==, 2);
  g_assert_nonnull (strstr (two_files.err, "exactly one"));

  bs_test_run_cli (&no_level, "chart", example, "--lang", "fr", "--size", "1", NULL);
  g_assert_cmpint (no_level.status, ==, 2);
  g_assert_nonnull (strstr (no_level.err, "--level"));

  bs_test_run_cli (&no_output, "chart", example, "--level", "course", "--size", "1", NULL);
  g_assert_cmpint (no_output.status, ==, 2);
  g_assert_nonnull (strstr (no_output.err, "-o OUT.svg"));

  bs_test_run_cli (&bad_size, "chart", example, "--level", "course", "-o", "never-written.svg", "--size", "1",
                   "--lang", "fr", NULL);
  g_assert_cmpint (bad_size.status, ==, 2);
  g_assert_nonnull (strstr (bad_size.err, "--size"));

  bs_test_run_cli (&score_format, "score", example, "--format", "xml", "--lang", "fr", NULL);
  g_assert_cmpint (score_format.status, ==, 2);
  g_assert_nonnull (strstr (score_format.err, "xml"));
  g_assert_null (strstr (score_format.err, "fr"));

  bs_test_run_cli (&report_output, "report", example, "--lang", "fr", NULL);
  g_assert_cmpint (report_output.status, ==, 2);
  g_assert_nonnull (strstr (report_output.err, "-o OUT.pdf"));

  /* The language before the output: nothing is looked at on disk yet. */
  bs_test_run_cli (&over_input, "report", example, "-o", example, "--lang", "fr", NULL);
  g_assert_cmpint (over_input.status, ==, 2);
  g_assert_nonnull (strstr (over_input.err, "“fr”"));
}

static void
test_validate (void)
{
  g_autofree char *framework = g_build_filename (g_getenv ("BLENDSCAN_DATADIR"), "frameworks", "default.xml", NULL);
  g_autofree char *a = bs_test_example_path ("marketingcommunicatie.blendscan");
  g_autofree char *b = bs_test_example_path ("digicoaches.blendscan");
  g_autofree char *c = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *bad = bs_test_fixture_path ("out-of-range.blendscan");
  g_autofree char *xxe = bs_test_fixture_path ("xxe.blendscan");
  g_auto(BsTestRun) good = { 0 };
  g_auto(BsTestRun) mixed = { 0 };
  g_auto(BsTestRun) missing = { 0 };

  bs_test_run_cli (&good, "validate", framework, a, b, c, NULL);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_nonnull (strstr (good.out, "valid framework"));
  g_assert_nonnull (strstr (good.out, "valid assessment"));
  g_assert_cmpstr (good.err, ==, "");

  /* One bad file makes the whole run fail, but every file is reported. */
  bs_test_run_cli (&mixed, "validate", a, bad, xxe, b, NULL);
  g_assert_cmpint (mixed.status, ==, 1);
  g_assert_nonnull (strstr (mixed.err, "out-of-range.blendscan"));
  g_assert_nonnull (strstr (mixed.err, "xxe.blendscan"));
  g_assert_nonnull (strstr (mixed.out, "digicoaches.blendscan: valid"));

  bs_test_run_cli (&missing, "validate", "/no/such/file.blendscan", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "file.blendscan"));
}

/* N/A and "don't know" are answers without a score: every count of the
 * answered statements says them apart. */
static void
test_answered_counts (void)
{
  g_autofree char *path = bs_test_fixture_path ("answered-na-unknown.blendscan");
  g_auto(BsTestRun) validate = { 0 };
  g_auto(BsTestRun) csv = { 0 };
  g_auto(BsTestRun) json = { 0 };
  g_auto(BsTestRun) table = { 0 };
  g_auto(GStrv) lines = NULL;

  bs_test_run_cli (&validate, "validate", path, NULL);
  g_assert_cmpint (validate.status, ==, 0);
  g_assert_nonnull (strstr (validate.out, "valid assessment (5 of 20 statements answered: 2 scored, 2 N/A, "
                                          "1 don’t know)\n"));

  bs_test_run_cli (&csv, "score", path, "--format", "csv", "--lang", "en", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  lines = g_strsplit (csv.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "level,dimension_id,dimension_title,score,answered,total,not_applicable,unknown");
  g_assert_cmpstr (lines[1], ==, "course,flexibility,Flexibility,2.50,4,5,1,1");
  g_assert_cmpstr (lines[2], ==, "course,interaction,Interaction,,1,5,1,0");

  bs_test_run_cli (&json, "score", path, "--format", "json", "--lang", "en", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "\"id\": \"flexibility\", \"title\": \"Flexibility\", \"score\": 2.50, "
                                      "\"scored\": 2, \"answered\": 4, \"total\": 5, \"not_applicable\": 1, "
                                      "\"unknown\": 1 }"));
  g_assert_nonnull (strstr (json.out, "\"overall\": { \"score\": 2.50, \"scored\": 1, \"answered\": 5, "
                                      "\"total\": 20, \"not_applicable\": 2, \"unknown\": 1 }"));

  bs_test_run_cli (&table, "score", path, "--lang", "en", NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_nonnull (strstr (table.out, "Answered   N/A     ?\n"));
  g_assert_nonnull (strstr (table.out, "  Flexibility                             2.50        4/5     1     1\n"));
}

static void
test_score_csv (void)
{
  g_autofree char *b = bs_test_example_path ("digicoaches.blendscan");
  g_autofree char *minimal = bs_test_fixture_path ("valid-minimal.blendscan");
  g_auto(BsTestRun) csv = { 0 };
  g_auto(BsTestRun) sparse = { 0 };
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) sparse_lines = NULL;

  bs_test_run_cli (&csv, "score", b, "--format", "csv", "--lang", "en", NULL);
  g_assert_cmpint (csv.status, ==, 0);
  lines = g_strsplit (csv.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "level,dimension_id,dimension_title,score,answered,total,not_applicable,unknown");
  /* Eight institution dimensions, one row each, then the final newline. */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 8 + 1);
  g_assert_true (g_str_has_prefix (lines[1], "institution,strategy,Institutional strategy,"));
  g_assert_true (g_str_has_prefix (lines[3], "institution,sharing,Sharing and communities,"));

  /* Unanswered dimensions have an empty score, not 0. */
  bs_test_run_cli (&sparse, "score", minimal, "--format", "csv", "--lang", "nl", NULL);
  g_assert_cmpint (sparse.status, ==, 0);
  sparse_lines = g_strsplit (sparse.out, "\n", -1);
  g_assert_cmpstr (sparse_lines[1], ==, "course,flexibility,Flexibiliteit,3.00,1,5,0,0");
  g_assert_cmpstr (sparse_lines[2], ==, "course,interaction,Interactie,,0,5,0,0");
}

static void
test_score_json_and_table (void)
{
  g_autofree char *c = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *bad = bs_test_fixture_path ("duplicate-answer.blendscan");
  g_auto(BsTestRun) json = { 0 };
  g_auto(BsTestRun) table = { 0 };
  g_auto(BsTestRun) invalid = { 0 };

  bs_test_run_cli (&json, "score", c, "--format", "json", "--lang", "en", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "\"id\": \"programme\""));
  g_assert_nonnull (strstr (json.out, "\"id\": \"governance\""));
  g_assert_nonnull (strstr (json.out, "\"overall\""));
  {
    /* Counted from the framework the example was made with. */
    g_autoptr(BsAssessment) a = bs_assessment_load (c, NULL, NULL);
    g_autofree char *total = g_strdup_printf ("\"total\": %u", bs_framework_get_n_statements (bs_assessment_get_framework (a)));

    g_assert_nonnull (strstr (json.out, total));
  }

  bs_test_run_cli (&table, "score", c, "--lang", "nl", NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_nonnull (strstr (table.out, "Opleidingsniveau"));
  g_assert_nonnull (strstr (table.out, "Voorzieningen"));

  bs_test_run_cli (&invalid, "score", bad, NULL);
  g_assert_cmpint (invalid.status, ==, 1);
  g_assert_nonnull (strstr (invalid.err, "answered twice"));
  g_assert_cmpstr (invalid.out, ==, "");
}

/* An assessment made with version 1.0 scores exactly as it did before 2.0
 * came: the expected output was made by the version that had only 1.0
 * (with the columns not_applicable and unknown added since). */
static void
test_score_version_1_0 (void)
{
  g_autofree char *path = bs_test_fixture_path ("full-three-levels-1.0.blendscan");
  g_autofree char *expected_path = bs_test_fixture_path ("full-three-levels-1.0.score.csv");
  g_autofree char *expected = NULL;
  g_auto(BsTestRun) r = { 0 };

  g_assert_true (g_file_get_contents (expected_path, &expected, NULL, NULL));
  bs_test_run_cli (&r, "score", path, "--format", "csv", "--lang", "en", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, expected);
}

static void
test_custom_framework_option (void)
{
  g_autofree char *small = bs_test_fixture_path ("framework-small.xml");
  g_autofree char *a = bs_test_example_path ("marketingcommunicatie.blendscan");
  g_auto(BsTestRun) r = { 0 };

  /* An assessment checked against a framework it was not made with. */
  bs_test_run_cli (&r, "validate", "--framework", small, a, NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "blendscan-embed"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/help-and-version", test_help_and_version);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/usage-order", test_usage_order);
  g_test_add_func ("/cli/validate", test_validate);
  g_test_add_func ("/cli/answered-counts", test_answered_counts);
  g_test_add_func ("/cli/score/csv", test_score_csv);
  g_test_add_func ("/cli/score/json-and-table", test_score_json_and_table);
  g_test_add_func ("/cli/score/version-1.0", test_score_version_1_0);
  g_test_add_func ("/cli/framework-option", test_custom_framework_option);

  return g_test_run ();
}
