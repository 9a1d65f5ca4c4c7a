/* test-score.c: scores and completion, with N/A and "don't know"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "blendscan-core.h"

static BsDimension *
dim (const char *level,
     const char *id)
{
  return bs_framework_lookup_dimension (bs_framework_get_default (), level, id);
}

static void
test_empty (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  BsScore s;

  bs_score_dimension (a, dim ("course", "flexibility"), &s);
  g_assert_false (bs_score_has_score (&s));
  g_assert_cmpuint (s.answered, ==, 0);
  g_assert_cmpuint (s.total, ==, 5);

  bs_score_assessment (a, &s);
  g_assert_false (bs_score_has_score (&s));
  g_assert_cmpuint (s.total, ==, bs_framework_get_n_statements (bs_framework_get_default ()));
}

static void
test_dimension_mean_excludes_na_and_unknown (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  BsScore s;

  bs_assessment_set_value (a, "course.flexibility.1", 1);
  bs_assessment_set_value (a, "course.flexibility.2", 4);
  bs_assessment_set_value (a, "course.flexibility.3", BS_VALUE_NOT_APPLICABLE);
  bs_assessment_set_value (a, "course.flexibility.4", BS_VALUE_UNKNOWN);
  /* A note alone is not an answer. */
  bs_answer_set_note (bs_assessment_get_answer (a, "course.flexibility.5"), "later");

  bs_score_dimension (a, dim ("course", "flexibility"), &s);
  g_assert_true (bs_score_has_score (&s));
  g_assert_cmpfloat_with_epsilon (s.score, 2.5, 1e-9);
  g_assert_cmpuint (s.scored, ==, 2);
  g_assert_cmpuint (s.answered, ==, 4);
  g_assert_cmpuint (s.total, ==, 5);
}

static void
test_all_not_applicable (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  BsScore s;

  for (guint i = 1; i <= 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("course.flexibility.%u", i);

      bs_assessment_set_value (a, id, BS_VALUE_NOT_APPLICABLE);
    }

  bs_score_dimension (a, dim ("course", "flexibility"), &s);
  g_assert_false (bs_score_has_score (&s));
  g_assert_cmpuint (s.answered, ==, 5);

  /* …and the level then has no score either, not a zero. */
  bs_score_level (a, bs_framework_lookup_level (bs_framework_get_default (), "course"), &s);
  g_assert_false (bs_score_has_score (&s));
  g_assert_cmpuint (s.answered, ==, 5);
}

static void
test_level_is_mean_of_dimensions (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  BsScore s;

  /* flexibility: 4 and 2 → 3; interaction: 1 → 1; others unanswered.
   * Mean of dimensions is 2, whereas the mean of statements would be 2.33. */
  bs_assessment_set_value (a, "course.flexibility.1", 4);
  bs_assessment_set_value (a, "course.flexibility.2", 2);
  bs_assessment_set_value (a, "course.interaction.1", 1);

  bs_score_level (a, bs_framework_lookup_level (bs_framework_get_default (), "course"), &s);
  g_assert_cmpfloat_with_epsilon (s.score, 2.0, 1e-9);
  g_assert_cmpuint (s.scored, ==, 2);
  g_assert_cmpuint (s.answered, ==, 3);
  g_assert_cmpuint (s.total, ==, 20);
}

static void
test_assessment_counts_included_levels_only (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  const char *levels[] = { "course", NULL };
  BsScore s;

  bs_assessment_set_levels (a, levels);
  bs_assessment_set_value (a, "course.flexibility.1", 3);
  bs_assessment_set_value (a, "institution.finances.1", 1);

  bs_score_assessment (a, &s);
  g_assert_cmpuint (s.total, ==, 20);
  g_assert_cmpuint (s.answered, ==, 1);
  g_assert_cmpfloat_with_epsilon (s.score, 3.0, 1e-9);
}

static void
test_changing_answer_changes_score (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  BsScore s;

  bs_assessment_set_value (a, "institution.finances.1", 2);
  bs_assessment_set_value (a, "institution.finances.1", BS_VALUE_NONE);
  bs_score_dimension (a, dim ("institution", "finances"), &s);
  g_assert_false (bs_score_has_score (&s));
  g_assert_cmpuint (s.answered, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/score/empty", test_empty);
  g_test_add_func ("/score/dimension/excludes-na-unknown", test_dimension_mean_excludes_na_and_unknown);
  g_test_add_func ("/score/dimension/all-not-applicable", test_all_not_applicable);
  g_test_add_func ("/score/level/mean-of-dimensions", test_level_is_mean_of_dimensions);
  g_test_add_func ("/score/assessment/included-levels", test_assessment_counts_included_levels_only);
  g_test_add_func ("/score/cleared-answer", test_changing_answer_changes_score);

  return g_test_run ();
}
