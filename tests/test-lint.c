/* test-lint.c: the authoring rules of docs/framework-authoring.md, checked
 * by bs_framework_lint_file() and `blendscan-cli validate --lint`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "blendscan-core.h"
#include "bs-test-cli.h"
#include "bs-test-common.h"

typedef struct
{
  const char *fixture;
  BsLintRule  rule;
  guint       n;            /* findings, all of @rule */
  const char *first;        /* a part of the first finding, formatted */
} LintCase;

static GPtrArray *
lint_fixture (const char *name)
{
  g_autofree char *path = bs_test_fixture_path (name);
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = bs_framework_lint_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (findings);
  return findings;
}

static void
test_clean (void)
{
  g_autoptr(GPtrArray) findings = lint_fixture ("framework-lint-clean.xml");

  g_assert_cmpuint (findings->len, ==, 0);
}

/* Each fixture breaks one rule: only that rule's warnings, naming the
 * file, the line, the statement, the text and the rule. */
static void
test_rule (gconstpointer data)
{
  const LintCase *c = data;
  g_autoptr(GPtrArray) findings = lint_fixture (c->fixture);
  g_autofree char *line = NULL;

  g_assert_cmpuint (findings->len, ==, c->n);
  for (guint i = 0; i < findings->len; i++)
    {
      BsLintFinding *f = g_ptr_array_index (findings, i);

      g_assert_cmpint (f->rule, ==, c->rule);
      g_assert_cmpint (f->line, >, 0);
      g_assert_true (g_str_has_prefix (f->statement_id, "course.feedback."));
      if (i > 0)
        g_assert_cmpint (f->line, >=, ((BsLintFinding *) g_ptr_array_index (findings, i - 1))->line);
    }

  line = bs_lint_finding_format (g_ptr_array_index (findings, 0), c->fixture);
  if (strstr (line, c->first) == NULL)
    g_error ("“%s” lacks “%s”", line, c->first);
}

static void
test_invalid_framework (void)
{
  g_autofree char *path = bs_test_fixture_path ("framework-next-step-twice.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = bs_framework_lint_file (path, &error);

  g_assert_null (findings);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE);
}

/* How far version 1.0 is from the rules: no next steps at all (rule 1),
 * and evaluation at stage 3 (rule 5). Version 1.0 stays as it is. */
static void
test_version_1_0 (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", "default.xml", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = bs_framework_lint_file (path, &error);
  guint n_complete = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    if (((BsLintFinding *) g_ptr_array_index (findings, i))->rule == BS_LINT_RULE_COMPLETE)
      n_complete++;
  g_assert_cmpuint (n_complete, ==, 3 * bs_framework_get_n_statements (bs_framework_get_builtin ("1.0")));
}

/* The shipped 2.0 follows the rules: a warning fails the suite. */
static void
test_shipped_2_0 (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  path = g_test_build_filename (G_TEST_DIST, "..", "data", "frameworks", "default-2.0.xml", NULL);
  findings = bs_framework_lint_file (path, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *line = bs_lint_finding_format (g_ptr_array_index (findings, i), "default-2.0.xml");

      g_test_message ("%s", line);
    }
  g_assert_cmpuint (findings->len, ==, 0);
}

/* validate --lint: 0 clean, 3 warnings, 1 an invalid file (which outweighs
 * warnings); the warnings on standard output. */
static void
test_cli (void)
{
  g_autofree char *clean = bs_test_fixture_path ("framework-lint-clean.xml");
  g_autofree char *vague = bs_test_fixture_path ("framework-lint-vague.xml");
  g_autofree char *bad = bs_test_fixture_path ("framework-next-step-twice.xml");
  g_autofree char *example = bs_test_fixture_path ("full-three-levels-1.0.blendscan");
  g_auto(BsTestRun) ok = { 0 };
  g_auto(BsTestRun) warned = { 0 };
  g_auto(BsTestRun) invalid = { 0 };
  g_auto(BsTestRun) plain = { 0 };

  bs_test_run_cli (&ok, "validate", "--lint", clean, example, NULL);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_nonnull (strstr (ok.out, "framework-lint-clean.xml: 0 warnings"));

  bs_test_run_cli (&warned, "validate", "--lint", clean, vague, NULL);
  g_assert_cmpint (warned.status, ==, 3);
  g_assert_nonnull (strstr (warned.out, "framework-lint-vague.xml”, line 21: warning: statement “course.feedback.1” (statement text, English): “sufficient” is vague"));
  g_assert_nonnull (strstr (warned.out, "(rule 4, observable words)"));
  g_assert_nonnull (strstr (warned.out, "framework-lint-vague.xml: 1 warning\n"));

  bs_test_run_cli (&invalid, "validate", "--lint", vague, bad, NULL);
  g_assert_cmpint (invalid.status, ==, 1);
  g_assert_nonnull (strstr (invalid.err, "two next steps"));

  /* Without --lint, a valid framework is valid. */
  bs_test_run_cli (&plain, "validate", vague, NULL);
  g_assert_cmpint (plain.status, ==, 0);
  g_assert_null (strstr (plain.out, "warning"));
}

int
main (int   argc,
      char *argv[])
{
  static const LintCase cases[] = {
    { "framework-lint-complete.xml", BS_LINT_RULE_COMPLETE, 3,
      "line 20: warning: statement “course.feedback.1” (next step from stage 3): there is no next step from stage 3 to stage 4 (rule 1, complete)" },
    { "framework-lint-negation.xml", BS_LINT_RULE_NEGATION, 1,
      "line 24: warning: statement “course.feedback.1” (stage 1, English): the descriptor only says what is not there" },
    { "framework-lint-stem.xml", BS_LINT_RULE_STEM, 1,
      "line 53: warning: statement “course.feedback.2” (statement text, English): the same first five words as statement “course.feedback.1” (line 21)" },
    { "framework-lint-vague.xml", BS_LINT_RULE_VAGUE, 1,
      "line 21: warning: statement “course.feedback.1” (statement text, English): “sufficient” is vague" },
    { "framework-lint-stage-words.xml", BS_LINT_RULE_STAGE_WORDS, 1,
      "line 28: warning: statement “course.feedback.1” (stage 2, English): none of the key terms of stage 2 is used" },
    { "framework-lint-evaluation.xml", BS_LINT_RULE_STAGE_WORDS, 1,
      "line 65: warning: statement “course.feedback.2” (stage 3, Dutch): it speaks of evaluation, which belongs to stage 4 (rule 5, stage words)" },
  };

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lint/clean", test_clean);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/lint/rule/%s", cases[i].fixture);

      g_test_add_data_func (name, &cases[i], test_rule);
    }
  g_test_add_func ("/lint/invalid-framework", test_invalid_framework);
  g_test_add_func ("/lint/version-1.0", test_version_1_0);
  g_test_add_func ("/lint/shipped-2.0", test_shipped_2_0);
  g_test_add_func ("/lint/cli", test_cli);

  return g_test_run ();
}
