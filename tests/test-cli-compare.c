/* test-cli-compare.c: blendscan-cli compare, its three formats, languages and refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "bs-test-cli.h"
#include "bs-test-common.h"

typedef struct
{
  char *old_path;
  char *new_path;
  char *v1;
  char *v2;
} Small;

static void
small_init (Small *small)
{
  small->old_path = bs_test_fixture_path ("compare-small-old.blendscan");
  small->new_path = bs_test_fixture_path ("compare-small-new.blendscan");
  small->v1 = bs_test_fixture_path ("framework-small.xml");
  small->v2 = bs_test_fixture_path ("framework-small-0.2.xml");
}

static void
small_clear (Small *small)
{
  g_free (small->old_path);
  g_free (small->new_path);
  g_free (small->v1);
  g_free (small->v2);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Small, small_clear)

/* @first comes before @second in @text, and both are there. */
static void
assert_before (const char *text,
               const char *first,
               const char *second)
{
  const char *a = strstr (text, first);
  const char *b = strstr (text, second);

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  g_assert_cmpint (a - text, <, b - text);
}

/* The line of @text that starts with @prefix. */
static char *
line_starting (const char *text,
               const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strdup (g_strchomp (lines[i]));

  return NULL;
}

static void
test_table (void)
{
  g_auto(Small) small = { 0 };
  g_auto(BsTestRun) run = { 0 };
  g_autofree char *alpha = NULL;
  g_autofree char *gamma = NULL;
  const char *moved;

  small_init (&small);
  bs_test_run_cli (&run, "compare", small.old_path, small.new_path,
                   "--framework", small.v1, "--framework", small.v2, "--lang", "en", NULL);
  g_assert_cmpint (run.status, ==, 0);

  /* per dimension the old and new score and the change, with its sign */
  alpha = line_starting (run.out, "  Alpha ");
  g_assert_nonnull (alpha);
  g_assert_true (g_str_has_suffix (alpha, "1.50    3.00   +1.50"));
  gamma = line_starting (run.out, "  Gamma ");
  g_assert_true (g_str_has_suffix (gamma, "3.00    1.50   −1.50"));
  g_assert_nonnull (strstr (run.out, "  Level score "));

  /* moved: biggest first, ties in framework order, N/A and don't know after */
  moved = strstr (run.out, "Statements that moved");
  g_assert_nonnull (moved);
  assert_before (moved, "unit.alpha.1", "unit.gamma.2");
  assert_before (moved, "unit.gamma.2", "unit.beta.1");
  assert_before (moved, "unit.beta.1", "unit.beta.2");
  assert_before (moved, "unit.beta.2", "unit.gamma.1");
  g_assert_nonnull (strstr (moved, "+2  1 → 3"));
  g_assert_nonnull (strstr (moved, "−2  3 → 1"));
  g_assert_nonnull (strstr (moved, "N/A → 2"));
  g_assert_nonnull (strstr (moved, "don’t know → 2"));

  /* then what differs between the framework versions */
  assert_before (run.out, "Statements that moved", "Statements added");
  assert_before (run.out, "Statements added", "Statements removed");
  assert_before (run.out, "Statements removed", "Statements reworded");
  g_assert_nonnull (strstr (strstr (run.out, "Statements added"), "unit.gamma.3"));
  g_assert_nonnull (strstr (strstr (run.out, "Statements removed"), "unit.alpha.2"));
  g_assert_nonnull (strstr (strstr (run.out, "Statements reworded"), "unit.beta.1"));
  g_assert_nonnull (strstr (strstr (run.out, "Statements reworded"), "text"));

  /* the other version is said, on standard error */
  g_assert_nonnull (strstr (run.err, "version 0.1"));
  g_assert_nonnull (strstr (run.err, "version 0.2"));
}

static void
test_csv (void)
{
  g_auto(Small) small = { 0 };
  g_auto(BsTestRun) run = { 0 };
  g_auto(GStrv) lines = NULL;
  const char * const expected[] = {
    "kind,level,dimension,statement,title,old,new,change,moved,version,rewording",
    "level,unit,,,Unit,2.17,2.33,0.17,,,",
    "dimension,unit,alpha,,Alpha,1.50,3.00,1.50,,,",
    "dimension,unit,beta,,Beta,2.00,2.50,0.50,,,",
    "dimension,unit,gamma,,Gamma,3.00,1.50,-1.50,,,",
    "statement,unit,alpha,unit.alpha.1,Statement 1 of alpha,1,3,2.00,true,same,",
    "statement,unit,gamma,unit.gamma.2,Statement 2 of gamma,3,1,-2.00,true,same,",
    "statement,unit,beta,unit.beta.1,Statement 1 of beta,2,3,1.00,true,reworded,text",
    "statement,unit,beta,unit.beta.2,Statement 2 of beta,na,2,,true,same,",
    "statement,unit,gamma,unit.gamma.1,Statement 1 of gamma,unknown,2,,true,same,",
    "statement,unit,alpha,unit.alpha.2,Statement 2 of alpha,2,,,false,removed,",
    "statement,unit,gamma,unit.gamma.3,Statement 3 of gamma,,na,,false,added,",
    "",
    NULL
  };

  small_init (&small);
  bs_test_run_cli (&run, "compare", "--format", "csv", "--lang", "en", small.old_path, small.new_path,
                   "-f", small.v1, "-f", small.v2, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\r\n", -1);
  g_assert_cmpstrv (lines, expected);
}

static void
test_json (void)
{
  g_auto(Small) small = { 0 };
  g_auto(BsTestRun) run = { 0 };

  small_init (&small);
  bs_test_run_cli (&run, "compare", "--format", "json", "--lang", "en", small.old_path, small.new_path,
                   "-f", small.v1, "-f", small.v2, NULL);
  g_assert_cmpint (run.status, ==, 0);

  g_assert_nonnull (strstr (run.out, "\"framework\": { \"id\": \"test-small\", \"version\": \"0.1\" }"));
  g_assert_nonnull (strstr (run.out, "\"framework\": { \"id\": \"test-small\", \"version\": \"0.2\" }"));
  g_assert_nonnull (strstr (run.out, "\"warnings\": [\"The old assessment uses version 0.1"));
  g_assert_nonnull (strstr (run.out, "{ \"id\": \"unit\", \"title\": \"Unit\", \"old\": 2.17, \"new\": 2.33, \"change\": 0.17,"));
  g_assert_nonnull (strstr (run.out, "{ \"id\": \"gamma\", \"title\": \"Gamma\", \"old\": 3.00, \"new\": 1.50, \"change\": -1.50 }"));
  assert_before (run.out, "\"moved\": [", "\"id\": \"unit.alpha.1\"");
  assert_before (run.out, "\"id\": \"unit.alpha.1\"", "\"id\": \"unit.gamma.2\"");
  g_assert_nonnull (strstr (run.out, "\"id\": \"unit.beta.2\", \"dimension\": \"beta\", \"text\": \"Statement 2 of beta\", "
                                     "\"old\": \"na\", \"new\": 2, \"movement\": null, \"version\": \"same\""));
  g_assert_nonnull (strstr (run.out, "\"old\": \"unknown\", \"new\": 2, \"movement\": null"));
  assert_before (run.out, "\"added\": [", "\"id\": \"unit.gamma.3\"");
  assert_before (run.out, "\"removed\": [", "\"id\": \"unit.alpha.2\"");
  g_assert_nonnull (strstr (run.out, "\"version\": \"reworded\", \"rewording\": [\"text\"]"));
  g_assert_true (g_str_has_suffix (run.out, "  ]\n}\n"));
}

static void
test_lang_nl (void)
{
  g_auto(Small) small = { 0 };
  g_auto(BsTestRun) run = { 0 };
  g_auto(BsTestRun) csv = { 0 };

  small_init (&small);
  bs_test_run_cli (&run, "compare", "--lang", "nl", small.old_path, small.new_path,
                   "-f", small.v1, "-f", small.v2, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (strstr (run.out, "\nEenheid "), "\nEenheid "));
  g_assert_nonnull (strstr (run.out, "  Alpha (nl) "));
  g_assert_nonnull (strstr (run.out, "Stelling 1 van beta, anders verwoord"));

  bs_test_run_cli (&csv, "compare", "--format", "csv", "--lang", "nl", small.old_path, small.new_path,
                   "-f", small.v1, "-f", small.v2, NULL);
  g_assert_cmpint (csv.status, ==, 0);
  g_assert_nonnull (strstr (csv.out, "\r\ndimension,unit,gamma,,Gamma (nl),3.00,1.50,-1.50,,,\r\n"));
}

/* The default framework's 1.0 and 2.0, as installed: no --framework. */
static void
test_default_versions (void)
{
  g_autofree char *old_path = bs_test_fixture_path ("full-three-levels-1.0.blendscan");
  g_autofree char *new_path = bs_test_example_path ("full-three-levels.blendscan");
  g_auto(BsTestRun) run = { 0 };
  const char * const removed[] = {
    "course.flexibility.3", "course.design-process.5", "programme.design-process.5",
    "institution.strategy.3", "institution.governance.2", "institution.facilities.6", NULL
  };
  const char * const added[] = { "course.flexibility.6", "programme.experience.7", "institution.strategy.6", NULL };

  bs_test_run_cli (&run, "compare", "--format", "csv", old_path, new_path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; removed[i] != NULL; i++)
    {
      g_autofree char *needle = g_strdup_printf (",%s,", removed[i]);
      const char *line = strstr (run.out, needle);

      g_assert_nonnull (line);
      g_assert_true (g_str_has_prefix (strstr (line, ",false,"), ",false,removed,\r\n"));
    }
  for (guint i = 0; added[i] != NULL; i++)
    {
      g_autofree char *needle = g_strdup_printf (",%s,", added[i]);
      const char *line = strstr (run.out, needle);

      g_assert_nonnull (line);
      g_assert_true (g_str_has_prefix (strstr (line, ",false,"), ",false,added,\r\n"));
    }
  g_assert_nonnull (strstr (run.out, "\r\nlevel,institution,"));
}

/* Frameworks that are not versions of each other: a message naming both,
 * exit 1, nothing on standard output. */
static void
test_unrelated_refused (void)
{
  g_auto(Small) small = { 0 };
  g_autofree char *other = bs_test_example_path ("full-three-levels.blendscan");
  g_auto(BsTestRun) run = { 0 };

  small_init (&small);
  bs_test_run_cli (&run, "compare", "--format", "json", small.old_path, other, "-f", small.v1, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "compare-small-old.blendscan"));
  g_assert_nonnull (strstr (run.err, "full-three-levels.blendscan"));
  g_assert_nonnull (strstr (run.err, "(test-small)"));
  g_assert_nonnull (strstr (run.err, "(blendscan-embed)"));
  g_assert_nonnull (strstr (run.err, "not versions of the same framework"));
}

static void
test_bad_input (void)
{
  g_autofree char *good = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *malformed = bs_test_fixture_path ("malformed.blendscan");
  g_auto(Small) small = { 0 };
  g_auto(BsTestRun) one = { 0 };
  g_auto(BsTestRun) three = { 0 };
  g_auto(BsTestRun) bad = { 0 };
  g_auto(BsTestRun) format = { 0 };
  g_auto(BsTestRun) missing = { 0 };

  bs_test_run_cli (&one, "compare", good, NULL);
  g_assert_cmpint (one.status, ==, 2);
  g_assert_nonnull (strstr (one.err, "two assessment files"));
  bs_test_run_cli (&three, "compare", good, good, good, NULL);
  g_assert_cmpint (three.status, ==, 2);
  bs_test_run_cli (&format, "compare", good, good, "--format", "xml", NULL);
  g_assert_cmpint (format.status, ==, 2);

  bs_test_run_cli (&bad, "compare", malformed, good, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpstr (bad.out, ==, "");
  g_assert_nonnull (strstr (bad.err, "malformed.blendscan"));

  /* a framework version that is not installed, and not given */
  small_init (&small);
  bs_test_run_cli (&missing, "compare", small.old_path, small.new_path, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_cmpstr (missing.out, ==, "");
  g_assert_nonnull (strstr (missing.err, "test-small"));
}

/* The same assessment twice: nothing moved, nothing to note. */
static void
test_same (void)
{
  g_autofree char *path = bs_test_example_path ("full-three-levels.blendscan");
  g_auto(BsTestRun) run = { 0 };

  bs_test_run_cli (&run, "compare", "--lang", "en", path, path, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_nonnull (strstr (run.out, "No statement has another answer."));
  g_assert_null (strstr (run.out, "Statements that moved"));
  g_assert_null (strstr (run.out, "−"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/compare/table", test_table);
  g_test_add_func ("/cli/compare/csv", test_csv);
  g_test_add_func ("/cli/compare/json", test_json);
  g_test_add_func ("/cli/compare/lang-nl", test_lang_nl);
  g_test_add_func ("/cli/compare/default-versions", test_default_versions);
  g_test_add_func ("/cli/compare/unrelated", test_unrelated_refused);
  g_test_add_func ("/cli/compare/bad-input", test_bad_input);
  g_test_add_func ("/cli/compare/same", test_same);

  return g_test_run ();
}
