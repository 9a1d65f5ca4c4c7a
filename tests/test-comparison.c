/* test-comparison.c: comparing two assessments, across framework versions too
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "blendscan-core.h"
#include "bs-test-common.h"

static BsFramework *
load_framework (const char *name)
{
  g_autofree char *path = bs_test_fixture_path (name);
  g_autoptr(GError) error = NULL;
  BsFramework *framework = bs_framework_new_from_file (path, &error);

  g_assert_no_error (error);
  return framework;
}

static BsAssessment *
load_assessment (const char  *path,
                 BsFramework *framework)
{
  g_autoptr(GError) error = NULL;
  BsAssessment *assessment = bs_assessment_load (path, framework, &error);

  g_assert_no_error (error);
  return assessment;
}

/* tests/fixtures/compare-small-old.blendscan (test-small 0.1) against
 * compare-small-new.blendscan (0.2, which removes unit.alpha.2, adds
 * unit.gamma.3 and rewords unit.beta.1 in Dutch only). */
static BsComparison *
small_comparison (void)
{
  g_autoptr(BsFramework) v1 = load_framework ("framework-small.xml");
  g_autoptr(BsFramework) v2 = load_framework ("framework-small-0.2.xml");
  g_autofree char *old_path = bs_test_fixture_path ("compare-small-old.blendscan");
  g_autofree char *new_path = bs_test_fixture_path ("compare-small-new.blendscan");
  g_autoptr(BsAssessment) old_a = load_assessment (old_path, v1);
  g_autoptr(BsAssessment) new_a = load_assessment (new_path, v2);
  g_autoptr(GError) error = NULL;
  BsComparison *comparison = bs_comparison_new (old_a, new_a, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static GPtrArray *
ids_of (GPtrArray *statements)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < statements->len; i++)
    g_ptr_array_add (ids, (gpointer) ((BsStatementComparison *) g_ptr_array_index (statements, i))->id);
  g_ptr_array_add (ids, NULL);
  return ids;
}

static void
assert_ids (GPtrArray          *statements,
            const char * const *expected)
{
  g_autoptr(GPtrArray) ids = ids_of (statements);

  g_assert_cmpstrv ((const char * const *) ids->pdata, expected);
}

/* Each side scored against its own version with the usual means. */
static void
test_scores (void)
{
  g_autoptr(BsComparison) c = small_comparison ();
  const BsLevelComparison *level;
  const BsDimensionComparison *d;

  g_assert_cmpuint (bs_comparison_get_n_levels (c), ==, 1);
  level = bs_comparison_get_level (c, 0);
  g_assert_cmpstr (level->id, ==, "unit");
  g_assert_true (level == bs_comparison_lookup_level (c, "unit"));
  g_assert_null (bs_comparison_lookup_level (c, "course"));
  g_assert_cmpuint (level->n_dimensions, ==, 3);

  /* alpha: 1 and 2 → 1.5; 3 alone (alpha.2 removed) → 3 */
  d = &level->dimensions[0];
  g_assert_cmpstr (d->id, ==, "alpha");
  g_assert_cmpfloat_with_epsilon (d->old_score.score, 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (d->new_score.score, 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (d->change, 1.5, 1e-9);
  g_assert_cmpuint (d->old_score.total, ==, 2);
  g_assert_cmpuint (d->new_score.total, ==, 1);

  /* beta: 2 and N/A → 2; 3 and 2 → 2.5 */
  d = bs_comparison_lookup_dimension (c, "unit", "beta");
  g_assert_nonnull (d);
  g_assert_cmpfloat_with_epsilon (d->change, 0.5, 1e-9);

  /* gamma: "don't know" and 3 → 3; 2, 1 and N/A → 1.5 */
  d = bs_comparison_lookup_dimension (c, "unit", "gamma");
  g_assert_cmpfloat_with_epsilon (d->old_score.score, 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (d->new_score.score, 1.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (d->change, -1.5, 1e-9);

  /* the level: the mean of its dimensions, as bs_score_level() has it */
  {
    BsScore expected;

    bs_score_level (bs_comparison_get_old (c), level->old_level, &expected);
    g_assert_true (bs_score_equal (&expected, &level->old_score));
    bs_score_level (bs_comparison_get_new (c), level->new_level, &expected);
    g_assert_true (bs_score_equal (&expected, &level->new_score));
  }
  g_assert_cmpfloat_with_epsilon (level->old_score.score, (1.5 + 2 + 3) / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (level->new_score.score, (3 + 2.5 + 1.5) / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (level->change, (7.0 - 6.5) / 3, 1e-9);
}

/* No score on either side: no difference, not 0. */
static void
test_change_without_score (void)
{
  BsFramework *framework = bs_framework_get_builtin ("2.0");
  g_autoptr(BsAssessment) old_a = bs_assessment_new (framework);
  g_autoptr(BsAssessment) new_a = bs_assessment_new (framework);
  g_autoptr(BsComparison) c = NULL;
  const BsDimensionComparison *d;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) added = NULL;

  bs_assessment_set_value (new_a, "course.flexibility.1", 3);
  c = bs_comparison_new (old_a, new_a, &error);
  g_assert_no_error (error);

  d = bs_comparison_lookup_dimension (c, "course", "flexibility");
  g_assert_nonnull (d);
  g_assert_false (bs_score_has_score (&d->old_score));
  g_assert_cmpfloat_with_epsilon (d->new_score.score, 3.0, 1e-9);
  g_assert_true (isnan (d->change));
  g_assert_true (isnan (bs_comparison_lookup_level (c, "course")->change));

  d = bs_comparison_lookup_dimension (c, "course", "interaction");
  g_assert_true (isnan (d->change));

  /* the same framework version, the same unit and levels: nothing to warn */
  g_assert_cmpint (bs_comparison_get_warning_flags (c), ==, BS_COMPARISON_WARNING_NONE);
  g_assert_cmpuint (g_strv_length ((GStrv) bs_comparison_get_warnings (c)), ==, 0);
  added = bs_comparison_list_version (c, BS_STATEMENT_VERSION_ADDED);
  g_assert_cmpuint (added->len, ==, 0);
}

/* Biggest movement first, either way, ties in framework order; the
 * changes from N/A and "don't know" after them. */
static void
test_moved_sorted (void)
{
  g_autoptr(BsComparison) c = small_comparison ();
  g_autoptr(GPtrArray) moved = bs_comparison_list_moved (c, NULL);
  g_autoptr(GPtrArray) in_unit = bs_comparison_list_moved (c, "unit");
  g_autoptr(GPtrArray) in_course = bs_comparison_list_moved (c, "course");
  const char * const expected[] = {
    "unit.alpha.1",   /* 1 → 3 */
    "unit.gamma.2",   /* 3 → 1: as big, later in the framework */
    "unit.beta.1",    /* 2 → 3 */
    "unit.beta.2",    /* N/A → 2 */
    "unit.gamma.1",   /* don't know → 2 */
    NULL
  };
  const BsStatementComparison *s;

  assert_ids (moved, expected);
  assert_ids (in_unit, expected);
  g_assert_cmpuint (in_course->len, ==, 0);

  s = g_ptr_array_index (moved, 0);
  g_assert_cmpfloat_with_epsilon (s->movement, 2, 1e-9);
  g_assert_cmpint (s->old_answer.value, ==, 1);
  g_assert_cmpint (s->new_answer.value, ==, 3);

  s = g_ptr_array_index (moved, 1);
  g_assert_cmpfloat_with_epsilon (s->movement, -2, 1e-9);

  s = bs_comparison_lookup_statement (c, "unit.beta.2");
  g_assert_true (s->moved);
  g_assert_true (isnan (s->movement));
  g_assert_cmpint (s->old_answer.value, ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_false (s->old_answer.has_score);
  g_assert_cmpint (s->new_answer.value, ==, 2);

  s = bs_comparison_lookup_statement (c, "unit.gamma.1");
  g_assert_true (s->moved);
  g_assert_true (isnan (s->movement));
  g_assert_cmpint (s->old_answer.value, ==, BS_VALUE_UNKNOWN);

  /* added and removed statements cannot move: they are listed apart */
  g_assert_false (bs_comparison_lookup_statement (c, "unit.alpha.2")->moved);
  g_assert_false (bs_comparison_lookup_statement (c, "unit.gamma.3")->moved);
}

/* A stage to N/A, "don't know" or no answer, and between N/A and "don't
 * know", are movements as well; the same answer is not. */
static void
test_moved_not_applicable_unknown (void)
{
  BsFramework *framework = bs_framework_get_builtin ("2.0");
  g_autoptr(BsAssessment) old_a = bs_assessment_new (framework);
  g_autoptr(BsAssessment) new_a = bs_assessment_new (framework);
  g_autoptr(BsComparison) c = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  const BsStatementComparison *s;
  const char * const expected[] = {
    "course.flexibility.5",
    "course.flexibility.1",
    "course.flexibility.2",
    "course.flexibility.4",
    "course.flexibility.6",
    NULL
  };

  bs_assessment_set_value (old_a, "course.flexibility.1", 2);
  bs_assessment_set_value (new_a, "course.flexibility.1", BS_VALUE_NOT_APPLICABLE);
  bs_assessment_set_value (old_a, "course.flexibility.2", 3);
  bs_assessment_set_value (new_a, "course.flexibility.2", BS_VALUE_UNKNOWN);
  bs_assessment_set_value (old_a, "course.flexibility.6", 4);
  /* course.flexibility.6 unanswered in the new one */
  bs_assessment_set_value (old_a, "course.flexibility.4", BS_VALUE_NOT_APPLICABLE);
  bs_assessment_set_value (new_a, "course.flexibility.4", BS_VALUE_UNKNOWN);
  bs_assessment_set_value (old_a, "course.flexibility.5", 1);
  bs_assessment_set_value (new_a, "course.flexibility.5", 2);
  bs_assessment_set_value (old_a, "course.interaction.1", BS_VALUE_UNKNOWN);
  bs_assessment_set_value (new_a, "course.interaction.1", BS_VALUE_UNKNOWN);
  bs_assessment_set_value (old_a, "course.interaction.2", 2);
  bs_assessment_set_value (new_a, "course.interaction.2", 2);

  c = bs_comparison_new (old_a, new_a, NULL);
  moved = bs_comparison_list_moved (c, NULL);
  assert_ids (moved, expected);

  s = bs_comparison_lookup_statement (c, "course.flexibility.6");
  g_assert_cmpint (s->old_answer.value, ==, 4);
  g_assert_cmpint (s->new_answer.value, ==, BS_VALUE_NONE);
  g_assert_false (s->new_answer.answered);
  g_assert_true (isnan (s->movement));

  s = bs_comparison_lookup_statement (c, "course.interaction.1");
  g_assert_false (s->moved);
  s = bs_comparison_lookup_statement (c, "course.interaction.2");
  g_assert_false (s->moved);
  g_assert_cmpfloat (s->movement, ==, 0);
  g_assert_cmpint (s->version, ==, BS_STATEMENT_VERSION_SAME);
}

/* Statements compare by id across versions: added, removed and reworded
 * are listed, none dropped. */
static void
test_versions_small (void)
{
  g_autoptr(BsComparison) c = small_comparison ();
  g_autoptr(GPtrArray) added = bs_comparison_list_version (c, BS_STATEMENT_VERSION_ADDED);
  g_autoptr(GPtrArray) removed = bs_comparison_list_version (c, BS_STATEMENT_VERSION_REMOVED);
  g_autoptr(GPtrArray) reworded = bs_comparison_list_version (c, BS_STATEMENT_VERSION_REWORDED);
  GPtrArray *all = bs_comparison_get_statements (c);
  const char * const all_ids[] = {
    "unit.alpha.1", "unit.alpha.2", "unit.beta.1", "unit.beta.2",
    "unit.gamma.1", "unit.gamma.2", "unit.gamma.3", NULL
  };
  const BsStatementComparison *s;

  assert_ids (all, all_ids);
  assert_ids (added, (const char * const[]) { "unit.gamma.3", NULL });
  assert_ids (removed, (const char * const[]) { "unit.alpha.2", NULL });
  assert_ids (reworded, (const char * const[]) { "unit.beta.1", NULL });

  s = g_ptr_array_index (added, 0);
  g_assert_null (s->old_statement);
  g_assert_nonnull (s->new_statement);
  g_assert_cmpint (s->new_answer.value, ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpint (s->old_answer.value, ==, BS_VALUE_NONE);
  g_assert_cmpstr (s->dimension_id, ==, "gamma");

  s = g_ptr_array_index (removed, 0);
  g_assert_nonnull (s->old_statement);
  g_assert_null (s->new_statement);
  g_assert_cmpint (s->old_answer.value, ==, 2);
  g_assert_cmpstr (s->dimension_id, ==, "alpha");

  /* reworded in Dutch only: English alone would not see it */
  s = g_ptr_array_index (reworded, 0);
  g_assert_cmpint (s->rewording, ==, BS_STATEMENT_REWORDING_TEXT);
  g_assert_true (s->moved);

  g_assert_cmpstr (bs_statement_version_to_string (BS_STATEMENT_VERSION_REWORDED), ==, "reworded");

  g_assert_cmpint (bs_comparison_get_warning_flags (c), ==, BS_COMPARISON_WARNING_VERSION);
  g_assert_cmpuint (g_strv_length ((GStrv) bs_comparison_get_warnings (c)), ==, 1);
  g_assert_nonnull (strstr (bs_comparison_get_warnings (c)[0], "0.1"));
  g_assert_nonnull (strstr (bs_comparison_get_warnings (c)[0], "0.2"));
}

/* A changed rubric descriptor or dimension is a rewording too. */
static void
test_reworded_descriptors (void)
{
  g_autofree char *path = bs_test_fixture_path ("framework-small.xml");
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  g_autoptr(BsFramework) v1 = load_framework ("framework-small.xml");
  g_autoptr(BsFramework) v2 = NULL;
  g_autoptr(BsAssessment) old_a = NULL;
  g_autoptr(BsAssessment) new_a = NULL;
  g_autoptr(BsComparison) c = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *descriptors =
    "<descriptor stage=\"1\"><text xml:lang=\"en\">A</text><text xml:lang=\"nl\">A</text></descriptor>"
    "<descriptor stage=\"2\"><text xml:lang=\"en\">B</text><text xml:lang=\"nl\">B</text></descriptor>"
    "<descriptor stage=\"3\"><text xml:lang=\"en\">C</text><text xml:lang=\"nl\">C</text></descriptor></statement>";
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) reworded = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) removed = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  /* version 0.3: unit.alpha.1 gets descriptors */
  parts = g_strsplit (text, "Stelling 1 van alpha</text></statement>", 2);
  changed = g_strconcat (parts[0], "Stelling 1 van alpha</text>", descriptors, parts[1], NULL);
  g_clear_pointer (&parts, g_strfreev);
  parts = g_strsplit (changed, "version=\"0.1\"", 2);
  g_free (changed);
  changed = g_strjoinv ("version=\"0.3\"", parts);
  bytes = g_bytes_new (changed, strlen (changed));
  v2 = bs_framework_new_from_bytes (bytes, "framework-small-0.3.xml", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bs_statement_get_n_descriptors (bs_framework_lookup_statement (v2, "unit.alpha.1")), ==, 3);

  old_a = bs_assessment_new (v1);
  new_a = bs_assessment_new (v2);
  c = bs_comparison_new (old_a, new_a, &error);
  g_assert_no_error (error);
  reworded = bs_comparison_list_version (c, BS_STATEMENT_VERSION_REWORDED);
  added = bs_comparison_list_version (c, BS_STATEMENT_VERSION_ADDED);
  removed = bs_comparison_list_version (c, BS_STATEMENT_VERSION_REMOVED);
  assert_ids (reworded, (const char * const[]) { "unit.alpha.1", NULL });
  g_assert_cmpint (bs_comparison_lookup_statement (c, "unit.alpha.1")->rewording, ==,
                   BS_STATEMENT_REWORDING_DESCRIPTORS);
  g_assert_cmpuint (added->len, ==, 0);
  g_assert_cmpuint (removed->len, ==, 0);
}

/* The shipped default framework: 1.0 against 2.0. */
static void
test_versions_default (void)
{
  g_autofree char *old_path = bs_test_fixture_path ("full-three-levels-1.0.blendscan");
  g_autofree char *new_path = bs_test_example_path ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) old_a = load_assessment (old_path, NULL);
  g_autoptr(BsAssessment) new_a = load_assessment (new_path, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsComparison) c = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(GPtrArray) reworded = NULL;
  const char * const expected_removed[] = {
    "course.flexibility.3", "course.design-process.5", "programme.design-process.5",
    "institution.strategy.3", "institution.governance.2", "institution.facilities.6", NULL
  };
  const char * const expected_added[] = {
    "course.design-process.6", "course.experience.6", "course.experience.7", "course.flexibility.6",
    "course.interaction.6", "institution.facilities.7", "institution.facilities.8",
    "institution.finances.6", "institution.governance.6", "institution.governance.7",
    "institution.professional-development.6", "institution.quality-assurance.6",
    "institution.strategy.6", "programme.design-process.6", "programme.design-process.7",
    "programme.experience.6", "programme.experience.7", NULL
  };
  guint n_old, n_new, n_both = 0;

  g_assert_cmpstr (bs_framework_get_version (bs_assessment_get_framework (old_a)), ==, "1.0");
  g_assert_cmpstr (bs_framework_get_version (bs_assessment_get_framework (new_a)), ==, "2.0");

  c = bs_comparison_new (old_a, new_a, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bs_comparison_get_n_levels (c), ==, 3);
  g_assert_true (bs_comparison_get_warning_flags (c) & BS_COMPARISON_WARNING_VERSION);

  added = bs_comparison_list_version (c, BS_STATEMENT_VERSION_ADDED);
  removed = bs_comparison_list_version (c, BS_STATEMENT_VERSION_REMOVED);
  g_assert_cmpuint (removed->len, ==, g_strv_length ((GStrv) expected_removed));
  g_assert_cmpuint (added->len, ==, g_strv_length ((GStrv) expected_added));
  for (guint i = 0; expected_removed[i] != NULL; i++)
    {
      const BsStatementComparison *s = bs_comparison_lookup_statement (c, expected_removed[i]);

      g_assert_nonnull (s);
      g_assert_cmpint (s->version, ==, BS_STATEMENT_VERSION_REMOVED);
      g_assert_null (s->new_statement);
    }
  for (guint i = 0; expected_added[i] != NULL; i++)
    {
      const BsStatementComparison *s = bs_comparison_lookup_statement (c, expected_added[i]);

      g_assert_nonnull (s);
      g_assert_cmpint (s->version, ==, BS_STATEMENT_VERSION_ADDED);
      g_assert_null (s->old_statement);
    }

  /* none silently dropped: every statement of either version is listed
   * once (the example includes every level) */
  n_old = bs_framework_get_n_statements (bs_assessment_get_framework (old_a));
  n_new = bs_framework_get_n_statements (bs_assessment_get_framework (new_a));
  for (guint i = 0; i < bs_comparison_get_statements (c)->len; i++)
    {
      const BsStatementComparison *s = g_ptr_array_index (bs_comparison_get_statements (c), i);

      if (s->old_statement != NULL && s->new_statement != NULL)
        n_both++;
    }
  g_assert_cmpuint (bs_comparison_get_statements (c)->len, ==, n_old + n_new - n_both);
  g_assert_cmpuint (n_old - n_both, ==, removed->len);
  g_assert_cmpuint (n_new - n_both, ==, added->len);

  /* the 2.0 wording differs for many kept statements; all are listed */
  reworded = bs_comparison_list_version (c, BS_STATEMENT_VERSION_REWORDED);
  g_assert_cmpuint (reworded->len, >, 0);

  /* moved: sorted by size of the movement */
  moved = bs_comparison_list_moved (c, NULL);
  g_assert_cmpuint (moved->len, >, 0);
  for (guint i = 1; i < moved->len; i++)
    {
      const BsStatementComparison *a = g_ptr_array_index (moved, i - 1);
      const BsStatementComparison *b = g_ptr_array_index (moved, i);

      if (!isnan (b->movement))
        {
          g_assert_false (isnan (a->movement));
          g_assert_cmpfloat (fabs (a->movement), >=, fabs (b->movement));
        }
    }
}

/* Frameworks that are not versions of each other are refused, naming both. */
static void
test_unrelated_refused (void)
{
  g_autoptr(BsFramework) small = load_framework ("framework-small.xml");
  g_autoptr(BsAssessment) old_a = bs_assessment_new (bs_framework_get_builtin ("2.0"));
  g_autoptr(BsAssessment) new_a = bs_assessment_new (small);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsComparison) c = NULL;

  c = bs_comparison_new (old_a, new_a, &error);
  g_assert_null (c);
  g_assert_error (error, BS_COMPARISON_ERROR, BS_COMPARISON_ERROR_UNRELATED);
  g_assert_nonnull (strstr (error->message, "test-small"));
  g_assert_nonnull (strstr (error->message, "Small test framework"));
  g_assert_nonnull (strstr (error->message, BS_DEFAULT_FRAMEWORK_ID));
}

/* Another unit or other levels: compared, and said. */
static void
test_warnings_unit_levels (void)
{
  BsFramework *framework = bs_framework_get_builtin ("2.0");
  g_autoptr(BsAssessment) old_a = bs_assessment_new (framework);
  g_autoptr(BsAssessment) new_a = bs_assessment_new (framework);
  g_autoptr(BsComparison) c = NULL;
  const char * const old_levels[] = { "course", "programme", NULL };
  const char * const new_levels[] = { "programme", "institution", NULL };
  const char * const *warnings;

  bs_assessment_set_unit (old_a, "Communicatie");
  bs_assessment_set_unit (new_a, "Communicatie en Media");
  bs_assessment_set_levels (old_a, old_levels);
  bs_assessment_set_levels (new_a, new_levels);

  c = bs_comparison_new (old_a, new_a, NULL);
  g_assert_nonnull (c);
  g_assert_cmpint (bs_comparison_get_warning_flags (c), ==,
                   BS_COMPARISON_WARNING_UNIT | BS_COMPARISON_WARNING_LEVELS);
  g_assert_cmpuint (bs_comparison_get_n_levels (c), ==, 1);
  g_assert_cmpstr (bs_comparison_get_level (c, 0)->id, ==, "programme");

  warnings = bs_comparison_get_warnings (c);
  g_assert_cmpuint (g_strv_length ((GStrv) warnings), ==, 3);
  g_assert_nonnull (strstr (warnings[0], "Communicatie en Media"));
  g_assert_nonnull (strstr (warnings[1], "Course"));
  g_assert_nonnull (strstr (warnings[2], "Institution"));

  /* statements only of the compared level */
  for (guint i = 0; i < bs_comparison_get_statements (c)->len; i++)
    g_assert_cmpstr (((BsStatementComparison *) g_ptr_array_index (bs_comparison_get_statements (c), i))->level_id,
                     ==, "programme");
}

/* A team's statements compare by the team's score: the agreed answer or
 * the respondents' mean (bs_score_statement()). */
static void
test_team (void)
{
  g_autofree char *path = bs_test_example_path ("team-bedrijfskunde.blendscan");
  g_autoptr(BsAssessment) team = load_assessment (path, NULL);
  g_autoptr(BsAssessment) again = load_assessment (path, NULL);
  g_autoptr(BsAssessment) empty = bs_assessment_new (bs_assessment_get_framework (team));
  g_autoptr(BsComparison) same = NULL;
  g_autoptr(BsComparison) from_empty = NULL;
  g_autoptr(GPtrArray) moved = NULL;
  guint n_means = 0;

  g_assert_true (bs_assessment_is_team (team));
  bs_assessment_set_levels (empty, bs_assessment_get_levels (team));
  bs_assessment_set_unit (empty, bs_assessment_get_unit (team));

  same = bs_comparison_new (team, again, NULL);
  moved = bs_comparison_list_moved (same, NULL);
  g_assert_cmpuint (moved->len, ==, 0);
  for (guint i = 0; i < bs_comparison_get_n_levels (same); i++)
    {
      const BsLevelComparison *level = bs_comparison_get_level (same, i);

      for (guint j = 0; j < level->n_dimensions; j++)
        if (bs_score_has_score (&level->dimensions[j].new_score))
          g_assert_cmpfloat (level->dimensions[j].change, ==, 0);
    }
  g_clear_pointer (&moved, g_ptr_array_unref);

  from_empty = bs_comparison_new (empty, team, NULL);
  g_assert_cmpint (bs_comparison_get_warning_flags (from_empty), ==, BS_COMPARISON_WARNING_NONE);
  moved = bs_comparison_list_moved (from_empty, NULL);
  g_assert_cmpuint (moved->len, >, 0);
  for (guint i = 0; i < moved->len; i++)
    {
      const BsStatementComparison *s = g_ptr_array_index (moved, i);
      BsStatementScore expected;

      bs_score_statement (team, s->id, &expected);
      g_assert_cmpint (s->new_answer.source, ==, expected.source);
      g_assert_cmpint (s->old_answer.value, ==, BS_VALUE_NONE);
      g_assert_true (isnan (s->movement));
      if (s->new_answer.source == BS_SCORE_SOURCE_RESPONDENTS && s->new_answer.has_score)
        {
          g_assert_cmpfloat (s->new_answer.score, ==, expected.score);
          n_means++;
        }
    }
  g_assert_cmpuint (n_means, >, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* Titles in the warnings are the English ones. */
  g_setenv ("LANGUAGE", "en", TRUE);

  g_test_add_func ("/comparison/scores", test_scores);
  g_test_add_func ("/comparison/change-without-score", test_change_without_score);
  g_test_add_func ("/comparison/moved/sorted", test_moved_sorted);
  g_test_add_func ("/comparison/moved/not-applicable-unknown", test_moved_not_applicable_unknown);
  g_test_add_func ("/comparison/versions/small", test_versions_small);
  g_test_add_func ("/comparison/versions/descriptors", test_reworded_descriptors);
  g_test_add_func ("/comparison/versions/default-1.0-2.0", test_versions_default);
  g_test_add_func ("/comparison/unrelated", test_unrelated_refused);
  g_test_add_func ("/comparison/warnings/unit-levels", test_warnings_unit_levels);
  g_test_add_func ("/comparison/team", test_team);

  return g_test_run ();
}
