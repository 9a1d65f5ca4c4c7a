/* test-gaps.c: targets against scores: the gap per dimension and level, and the largest gaps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "blendscan-core.h"

/* The rules do not depend on the framework's content: pinned to version
 * 1.0, whose statement ids these tests name. */
static BsFramework *
framework (void)
{
  return bs_framework_get_builtin ("1.0");
}

static void
answer (BsAssessment *a,
        const char   *statement_id,
        int           value,
        guint         target)
{
  BsAnswer *answer = bs_assessment_get_answer (a, statement_id);

  bs_answer_set_value (answer, value);
  bs_answer_set_target (answer, target);
}

static const BsDimensionScores *
find (const BsLevelScores *scores,
      const char          *dimension_id)
{
  for (guint i = 0; i < scores->n_dimensions; i++)
    if (g_strcmp0 (bs_dimension_get_id (scores->dimensions[i].dimension), dimension_id) == 0)
      return &scores->dimensions[i];

  g_assert_not_reached ();
}

/* Target minus score; NAN where either is missing, negative above the target. */
static void
test_dimension_and_level (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (framework ());
  g_autoptr(BsLevelScores) scores = NULL;
  g_autoptr(BsLevelScores) empty = NULL;

  bs_assessment_set_levels (a, (const char * const[]) { "course", NULL });
  empty = bs_level_scores_new (a, "course", NULL);
  g_assert_true (isnan (bs_gaps_level (empty)));
  g_assert_true (isnan (bs_gaps_dimension (&empty->dimensions[0])));

  /* flexibility: score (1 + 3) / 2 = 2, target (4 + 3) / 2 = 3.5: gap 1.5 */
  answer (a, "course.flexibility.1", 1, 4);
  answer (a, "course.flexibility.2", 3, 3);
  /* interaction: a score, no target */
  answer (a, "course.interaction.1", 2, 0);
  /* design-process: a target, no score (N/A and "don't know" have none) */
  answer (a, "course.design-process.1", BS_VALUE_NOT_APPLICABLE, 4);
  answer (a, "course.design-process.2", BS_VALUE_UNKNOWN, 2);
  /* experience: above its target: gap -1 */
  answer (a, "course.experience.1", 4, 3);

  scores = bs_level_scores_new (a, "course", NULL);
  g_assert_cmpfloat_with_epsilon (bs_gaps_dimension (find (scores, "flexibility")), 1.5, 1e-9);
  g_assert_true (isnan (bs_gaps_dimension (find (scores, "interaction"))));
  g_assert_true (isnan (bs_gaps_dimension (find (scores, "design-process"))));
  g_assert_cmpfloat_with_epsilon (bs_gaps_dimension (find (scores, "experience")), -1, 1e-9);

  /* Level: mean target (3.5 + 3 + 3 [design-process: (4 + 2) / 2]) / 3
   * minus the level score (2 + 2 + 4) / 3. */
  g_assert_cmpfloat_with_epsilon (bs_gaps_level (scores), (9.5 / 3) - (8.0 / 3), 1e-9);
  g_assert_cmpfloat_with_epsilon (bs_gaps_level (scores), scores->target - scores->score.score, 1e-12);
}

/* The largest gaps: positive only, largest first, equal gaps in the
 * framework's order across levels, at most max, only included levels. */
static void
test_largest_dimensions (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (framework ());
  g_autoptr(GPtrArray) levels = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) no_levels = NULL;
  const char *expected[][2] = {
    { "course", "interaction" },            /* 3 */
    { "course", "flexibility" },            /* 1, course before programme */
    { "programme", "design-process" },      /* 1 */
    { "programme", "flexibility" },         /* 0.5 */
  };
  const double expected_gap[] = { 3, 1, 1, 0.5 };

  bs_assessment_set_levels (a, (const char * const[]) { "course", "programme", NULL });
  levels = bs_gaps_level_scores (a);
  g_assert_cmpuint (levels->len, ==, 2);
  g_assert_false (bs_gaps_any_target (levels));
  none = bs_gaps_largest_dimensions (levels, 10);
  g_assert_cmpuint (none->len, ==, 0);
  g_clear_pointer (&levels, g_ptr_array_unref);

  answer (a, "course.flexibility.1", 2, 3);
  answer (a, "course.interaction.1", 1, 4);
  answer (a, "course.design-process.1", 3, 3);         /* at its target: no gap */
  answer (a, "course.experience.1", 4, 2);             /* above: no gap */
  answer (a, "programme.flexibility.1", 2, 3);
  answer (a, "programme.flexibility.2", 3, 3);         /* 2.5 against 3 */
  answer (a, "programme.design-process.1", 2, 3);
  answer (a, "programme.experience.1", BS_VALUE_UNKNOWN, 4);  /* no score */
  /* An excluded level has no gaps, whatever its answers. */
  answer (a, "institution.strategy.1", 1, 4);

  levels = bs_gaps_level_scores (a);
  g_assert_true (bs_gaps_any_target (levels));
  gaps = bs_gaps_largest_dimensions (levels, 10);
  g_assert_cmpuint (gaps->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < gaps->len; i++)
    {
      const BsDimensionGap *gap = g_ptr_array_index (gaps, i);

      g_assert_cmpstr (bs_level_get_id (gap->level), ==, expected[i][0]);
      g_assert_cmpstr (bs_dimension_get_id (gap->dimension), ==, expected[i][1]);
      g_assert_cmpfloat_with_epsilon (gap->gap, expected_gap[i], 1e-9);
      g_assert_cmpfloat_with_epsilon (gap->target - gap->score, gap->gap, 1e-9);
    }

  two = bs_gaps_largest_dimensions (levels, 2);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpstr (bs_dimension_get_id (((BsDimensionGap *) g_ptr_array_index (two, 1))->dimension), ==, "flexibility");

  /* No included level: nothing at all. */
  bs_assessment_set_levels (a, (const char * const[]) { NULL });
  no_levels = bs_gaps_level_scores (a);
  g_assert_cmpuint (no_levels->len, ==, 0);
}

/* Statements: target minus value, stage answers only, largest first,
 * ties in framework order; N/A, "don't know", unanswered and at or above
 * target left out. */
static void
test_largest_statements (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (framework ());
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GPtrArray) one = NULL;
  const char *expected[] = { "course.interaction.1", "course.flexibility.1", "course.flexibility.3",
                             "programme.design-process.1" };
  const double expected_gap[] = { 3, 2, 2, 1 };

  bs_assessment_set_levels (a, (const char * const[]) { "course", "programme", NULL });
  none = bs_gaps_largest_statements (a, 10);
  g_assert_cmpuint (none->len, ==, 0);

  answer (a, "programme.design-process.1", 2, 3);
  answer (a, "course.flexibility.1", 1, 3);
  answer (a, "course.flexibility.2", 3, 3);                      /* at target */
  answer (a, "course.flexibility.3", 2, 4);
  answer (a, "course.flexibility.4", BS_VALUE_NOT_APPLICABLE, 4);
  answer (a, "course.flexibility.5", BS_VALUE_UNKNOWN, 4);
  answer (a, "course.interaction.1", 1, 4);
  answer (a, "course.interaction.2", BS_VALUE_NONE, 4);          /* unanswered */
  answer (a, "course.interaction.3", 4, 2);                      /* above */
  answer (a, "course.experience.1", 1, 0);                       /* no target */
  answer (a, "institution.strategy.1", 1, 4);                    /* excluded level */

  gaps = bs_gaps_largest_statements (a, 10);
  g_assert_cmpuint (gaps->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < gaps->len; i++)
    {
      const BsStatementGap *gap = g_ptr_array_index (gaps, i);

      g_assert_cmpstr (bs_statement_get_id (gap->statement), ==, expected[i]);
      g_assert_cmpfloat (gap->gap, ==, expected_gap[i]);
      g_assert_cmpfloat (gap->score + gap->gap, ==, gap->target);
    }

  one = bs_gaps_largest_statements (a, 1);
  g_assert_cmpuint (one->len, ==, 1);
  g_assert_cmpstr (bs_statement_get_id (((BsStatementGap *) g_ptr_array_index (one, 0))->statement), ==,
                   "course.interaction.1");
}

/* The report's next steps rank by the same list: their order is the
 * statement gaps' order with the statements without a next step left out. */
static void
test_next_steps_share_ranking (void)
{
  g_autoptr(BsFramework) fw = g_object_ref (bs_framework_get_builtin ("2.0"));
  g_autoptr(BsAssessment) a = bs_assessment_new (fw);
  GListModel *levels = bs_framework_get_levels (fw);
  g_autoptr(GPtrArray) gaps = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  guint s = 0, n = 0;

  bs_assessment_set_levels (a, (const char * const[]) { "course", "programme", "institution", NULL });
  /* Every third statement a gap of 1..3 so the ranking has ties. */
  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      GListModel *dimensions = bs_level_get_dimensions (level);

      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint i = 0; i < g_list_model_get_n_items (statements); i++, n++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);

              if (n % 3 == 0)
                answer (a, bs_statement_get_id (statement), 1, 2 + (n / 3) % 3);
            }
        }
    }

  gaps = bs_gaps_largest_statements (a, G_MAXUINT);
  steps = bs_pathway_largest_gaps (a, G_MAXUINT);
  g_assert_cmpuint (steps->len, >, 3);
  for (guint i = 0; i < gaps->len && s < steps->len; i++)
    {
      const BsStatementGap *gap = g_ptr_array_index (gaps, i);
      const BsPathwayStep *step = g_ptr_array_index (steps, s);

      if (step->statement == gap->statement)
        {
          g_assert_cmpfloat (step->gap, ==, gap->gap);
          s++;
        }
    }
  g_assert_cmpuint (s, ==, steps->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/gaps/dimension-and-level", test_dimension_and_level);
  g_test_add_func ("/gaps/largest/dimensions", test_largest_dimensions);
  g_test_add_func ("/gaps/largest/statements", test_largest_statements);
  g_test_add_func ("/gaps/largest/next-steps", test_next_steps_share_ranking);

  return g_test_run ();
}
