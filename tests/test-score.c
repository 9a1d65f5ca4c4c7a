/* test-score.c: scores and completion, with N/A and "don't know"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "blendscan-core.h"


/* The scoring rules do not depend on the framework's content: pinned to
 * version 1.0, whose statements these tests name. */
static BsFramework *
scoring_framework (void)
{
  return bs_framework_get_builtin ("1.0");
}

static BsDimension *
dim (const char *level,
     const char *id)
{
  return bs_framework_lookup_dimension (scoring_framework (), level, id);
}

static void
test_empty (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
  BsScore s;

  bs_score_dimension (a, dim ("course", "flexibility"), &s);
  g_assert_false (bs_score_has_score (&s));
  g_assert_cmpuint (s.answered, ==, 0);
  g_assert_cmpuint (s.total, ==, 5);

  bs_score_assessment (a, &s);
  g_assert_false (bs_score_has_score (&s));
  g_assert_cmpuint (s.total, ==, bs_framework_get_n_statements (scoring_framework ()));
}

static void
test_dimension_mean_excludes_na_and_unknown (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
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
  g_assert_cmpuint (s.not_applicable, ==, 1);
  g_assert_cmpuint (s.unknown, ==, 1);
  g_assert_cmpuint (bs_score_n_scored_statements (&s), ==, 2);
}

/* "4 of 5 answered" alone would hide that the score rests on fewer
 * answers: the counts go up to the level and the assessment, and the text
 * says them apart. */
static void
test_answered_counts (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
  BsLevel *course = bs_framework_lookup_level (scoring_framework (), "course");
  g_autofree char *none_text = NULL;
  g_autofree char *dimension_text = NULL;
  g_autofree char *level_text = NULL;
  g_autofree char *scored_text = NULL;
  BsScore s;

  bs_score_dimension (a, dim ("course", "flexibility"), &s);
  none_text = bs_score_answered_text (&s);
  g_assert_cmpstr (none_text, ==, "0 of 5 answered");

  bs_assessment_set_value (a, "course.flexibility.1", 3);
  bs_assessment_set_value (a, "course.flexibility.2", 2);
  bs_assessment_set_value (a, "course.flexibility.3", 4);
  bs_assessment_set_value (a, "course.flexibility.4", BS_VALUE_NOT_APPLICABLE);
  bs_assessment_set_value (a, "course.interaction.1", BS_VALUE_UNKNOWN);
  bs_assessment_set_value (a, "course.interaction.2", BS_VALUE_NOT_APPLICABLE);

  bs_score_dimension (a, dim ("course", "flexibility"), &s);
  dimension_text = bs_score_answered_text (&s);
  g_assert_cmpstr (dimension_text, ==, "4 of 5 answered (3 scored, 1 N/A)");

  bs_score_level (a, course, &s);
  g_assert_cmpuint (s.answered, ==, 6);
  g_assert_cmpuint (s.not_applicable, ==, 2);
  g_assert_cmpuint (s.unknown, ==, 1);
  /* a level's scored counts dimensions; its statements with a score: */
  g_assert_cmpuint (s.scored, ==, 1);
  g_assert_cmpuint (bs_score_n_scored_statements (&s), ==, 3);
  level_text = bs_score_answered_text (&s);
  g_assert_cmpstr (level_text, ==, "6 of 20 answered (3 scored, 2 N/A, 1 don’t know)");

  bs_score_assessment (a, &s);
  g_assert_cmpuint (s.not_applicable, ==, 2);
  g_assert_cmpuint (s.unknown, ==, 1);

  scored_text = bs_score_format_counts (5, 0, 0);
  g_assert_cmpstr (scored_text, ==, "5 scored");
}

static void
test_all_not_applicable (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
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
  bs_score_level (a, bs_framework_lookup_level (scoring_framework (), "course"), &s);
  g_assert_false (bs_score_has_score (&s));
  g_assert_cmpuint (s.answered, ==, 5);
}

static void
test_level_is_mean_of_dimensions (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
  BsScore s;

  /* flexibility: 4 and 2 → 3; interaction: 1 → 1; others unanswered.
   * Mean of dimensions is 2, whereas the mean of statements would be 2.33. */
  bs_assessment_set_value (a, "course.flexibility.1", 4);
  bs_assessment_set_value (a, "course.flexibility.2", 2);
  bs_assessment_set_value (a, "course.interaction.1", 1);

  bs_score_level (a, bs_framework_lookup_level (scoring_framework (), "course"), &s);
  g_assert_cmpfloat_with_epsilon (s.score, 2.0, 1e-9);
  g_assert_cmpuint (s.scored, ==, 2);
  g_assert_cmpuint (s.answered, ==, 3);
  g_assert_cmpuint (s.total, ==, 20);
}

static void
test_assessment_counts_included_levels_only (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
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
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
  BsScore s;

  bs_assessment_set_value (a, "institution.finances.1", 2);
  bs_assessment_set_value (a, "institution.finances.1", BS_VALUE_NONE);
  bs_score_dimension (a, dim ("institution", "finances"), &s);
  g_assert_false (bs_score_has_score (&s));
  g_assert_cmpuint (s.answered, ==, 0);
}

static void
test_dimension_target (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());

  g_assert_true (isnan (bs_score_dimension_target (a, dim ("course", "flexibility"))));

  /* The mean of the statements with a target, whatever their score. */
  bs_answer_set_target (bs_assessment_get_answer (a, "course.flexibility.1"), 4);
  bs_answer_set_target (bs_assessment_get_answer (a, "course.flexibility.3"), 3);
  bs_assessment_set_value (a, "course.flexibility.2", BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpfloat_with_epsilon (bs_score_dimension_target (a, dim ("course", "flexibility")), 3.5, 1e-9);
}

/* An earlier assessment on another version of the framework: another
 * order, a dimension left out, one added. */
static BsAssessment *
make_previous (void)
{
  static const char xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<framework xmlns=\"urn:x-blendscan:framework\" format=\"1\" id=\"blendscan-embed\" version=\"0.9\">"
    "<title xml:lang=\"en\">Old</title><title xml:lang=\"nl\">Oud</title><scale>"
    "<stage value=\"1\" id=\"s1\"><name xml:lang=\"en\">One</name><name xml:lang=\"nl\">Een</name></stage>"
    "<stage value=\"2\" id=\"s2\"><name xml:lang=\"en\">Two</name><name xml:lang=\"nl\">Twee</name></stage>"
    "<stage value=\"3\" id=\"s3\"><name xml:lang=\"en\">Three</name><name xml:lang=\"nl\">Drie</name></stage>"
    "<stage value=\"4\" id=\"s4\"><name xml:lang=\"en\">Four</name><name xml:lang=\"nl\">Vier</name></stage>"
    "</scale><level id=\"course\"><title xml:lang=\"en\">Course</title><title xml:lang=\"nl\">Cursus</title>"
    "<dimension id=\"interaction\"><title xml:lang=\"en\">I</title><title xml:lang=\"nl\">I</title>"
    "<statement id=\"course.interaction.1\"><text xml:lang=\"en\">S</text><text xml:lang=\"nl\">S</text></statement>"
    "</dimension>"
    "<dimension id=\"retired\"><title xml:lang=\"en\">R</title><title xml:lang=\"nl\">R</title>"
    "<statement id=\"course.retired.1\"><text xml:lang=\"en\">S</text><text xml:lang=\"nl\">S</text></statement>"
    "</dimension>"
    "<dimension id=\"flexibility\"><title xml:lang=\"en\">F</title><title xml:lang=\"nl\">F</title>"
    "<statement id=\"course.flexibility.1\"><text xml:lang=\"en\">S</text><text xml:lang=\"nl\">S</text></statement>"
    "<statement id=\"course.flexibility.2\"><text xml:lang=\"en\">S</text><text xml:lang=\"nl\">S</text></statement>"
    "</dimension>"
    "</level></framework>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (xml, sizeof xml - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsFramework) framework = bs_framework_new_from_bytes (bytes, "old.xml", &error);
  const char *levels[] = { "course", NULL };
  BsAssessment *previous;

  g_assert_no_error (error);
  previous = bs_assessment_new (framework);
  bs_assessment_set_levels (previous, levels);
  bs_assessment_set_value (previous, "course.interaction.1", 2);
  bs_assessment_set_value (previous, "course.retired.1", 1);
  bs_assessment_set_value (previous, "course.flexibility.1", 4);
  bs_assessment_set_value (previous, "course.flexibility.2", 3);

  return previous;
}

static void
test_matching_dimension (void)
{
  g_autoptr(BsAssessment) previous = make_previous ();
  BsScore s;

  g_assert_true (bs_score_matching_dimension (previous, "course", "flexibility", &s));
  g_assert_cmpfloat_with_epsilon (s.score, 3.5, 1e-9);
  g_assert_cmpuint (s.total, ==, 2);

  s.scored = 7;
  g_assert_false (bs_score_matching_dimension (previous, "course", "design-process", &s));
  g_assert_false (bs_score_has_score (&s));
  g_assert_false (bs_score_matching_dimension (previous, "institution", "strategy", &s));
}

static void
test_level_scores (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
  g_autoptr(BsAssessment) previous = make_previous ();
  g_autoptr(BsLevelScores) scores = NULL;
  g_autofree double *current = NULL;
  g_autofree double *target = NULL;
  g_autofree double *earlier = NULL;
  BsScore level;

  bs_assessment_set_value (a, "course.flexibility.1", 2);
  bs_assessment_set_value (a, "course.interaction.1", 3);
  bs_assessment_set_value (a, "course.interaction.2", 4);
  bs_answer_set_target (bs_assessment_get_answer (a, "course.flexibility.1"), 4);
  bs_answer_set_target (bs_assessment_get_answer (a, "course.interaction.1"), 3);
  bs_answer_set_target (bs_assessment_get_answer (a, "course.interaction.2"), 2);

  scores = bs_level_scores_new (a, "course", previous);
  g_assert_cmpuint (scores->n_dimensions, ==, 4);
  g_assert_cmpstr (bs_level_get_id (scores->level), ==, "course");
  /* The framework's order, not the previous assessment's. */
  g_assert_cmpstr (bs_dimension_get_id (scores->dimensions[0].dimension), ==, "flexibility");
  g_assert_cmpstr (bs_dimension_get_id (scores->dimensions[1].dimension), ==, "interaction");

  g_assert_cmpfloat_with_epsilon (scores->dimensions[0].score.score, 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores->dimensions[1].score.score, 3.5, 1e-9);
  g_assert_false (bs_score_has_score (&scores->dimensions[2].score));
  bs_score_level (a, bs_framework_lookup_level (scoring_framework (), "course"), &level);
  g_assert_cmpfloat_with_epsilon (scores->score.score, level.score, 1e-12);
  g_assert_cmpuint (scores->score.answered, ==, level.answered);

  /* Flexibility 4, interaction (3 + 2) / 2: the level's target is the
   * mean over the dimensions with one, not over the statements. */
  g_assert_cmpfloat_with_epsilon (scores->dimensions[0].target, 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores->dimensions[1].target, 2.5, 1e-9);
  g_assert_true (isnan (scores->dimensions[2].target));
  g_assert_cmpfloat_with_epsilon (scores->target, 3.25, 1e-9);

  g_assert_true (scores->has_previous);
  g_assert_cmpfloat_with_epsilon (scores->dimensions[0].previous, 3.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores->dimensions[1].previous, 2, 1e-9);
  g_assert_true (isnan (scores->dimensions[2].previous));

  current = bs_level_scores_series (scores, BS_SCORE_SERIES_CURRENT);
  target = bs_level_scores_series (scores, BS_SCORE_SERIES_TARGET);
  earlier = bs_level_scores_series (scores, BS_SCORE_SERIES_PREVIOUS);
  g_assert_cmpfloat_with_epsilon (current[1], 3.5, 1e-9);
  g_assert_true (isnan (current[3]));
  g_assert_cmpfloat_with_epsilon (target[0], 4, 1e-9);
  g_assert_cmpfloat_with_epsilon (earlier[0], 3.5, 1e-9);
  g_assert_true (isnan (earlier[3]));
}

static void
test_level_scores_without_previous (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
  g_autoptr(BsAssessment) previous = make_previous ();
  g_autoptr(BsAssessment) blank = bs_assessment_new (scoring_framework ());
  g_autoptr(BsLevelScores) none = bs_level_scores_new (a, "course", NULL);
  g_autoptr(BsLevelScores) unscored = bs_level_scores_new (a, "course", blank);
  g_autoptr(BsLevelScores) left_out = NULL;
  const char *levels[] = { "programme", NULL };

  g_assert_false (none->has_previous);
  g_assert_true (isnan (none->dimensions[0].previous));
  g_assert_true (isnan (none->target));
  g_assert_false (unscored->has_previous);

  /* A level the previous assessment left out has no earlier scores, even
   * where its framework has them. */
  bs_assessment_set_levels (previous, levels);
  left_out = bs_level_scores_new (a, "course", previous);
  g_assert_false (left_out->has_previous);
  g_assert_true (isnan (left_out->dimensions[0].previous));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* A watch notifies when its own dimension's or level's score or progress
 * changes, and only then: not for a note, not for another dimension, not
 * for the same stage chosen again. */
static void
test_watch (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (scoring_framework ());
  BsLevel *course = bs_framework_lookup_level (scoring_framework (), "course");
  g_autoptr(BsScoreWatch) flexibility = bs_score_watch_new_dimension (a, dim ("course", "flexibility"));
  g_autoptr(BsScoreWatch) other = NULL;
  g_autoptr(BsScoreWatch) level = bs_score_watch_new_level (a, course);
  g_autoptr(BsScore) copy = NULL;
  guint n_flexibility = 0, n_other = 0, n_level = 0;
  BsDimension *second;

  second = g_list_model_get_item (bs_level_get_dimensions (course), 1);
  g_object_unref (second);
  g_assert_true (second != dim ("course", "flexibility"));
  other = bs_score_watch_new_dimension (a, second);

  g_signal_connect (flexibility, "notify::score", G_CALLBACK (count_cb), &n_flexibility);
  g_signal_connect (other, "notify::score", G_CALLBACK (count_cb), &n_other);
  g_signal_connect (level, "notify::score", G_CALLBACK (count_cb), &n_level);
  g_assert_cmpuint (bs_score_watch_get_score (flexibility)->total, ==, 5);
  g_assert_cmpuint (bs_score_watch_get_score (flexibility)->answered, ==, 0);

  /* Typing a note rescores nothing. */
  bs_answer_set_note (bs_assessment_get_answer (a, "course.flexibility.1"), "n");
  bs_answer_set_note (bs_assessment_get_answer (a, "course.flexibility.1"), "no");
  bs_answer_set_target (bs_assessment_get_answer (a, "course.flexibility.1"), 3);
  g_assert_cmpuint (n_flexibility + n_other + n_level, ==, 0);

  bs_assessment_set_value (a, "course.flexibility.1", 3);
  g_assert_cmpuint (n_flexibility, ==, 1);
  g_assert_cmpuint (n_other, ==, 0);
  g_assert_cmpuint (n_level, ==, 1);
  g_assert_cmpuint (bs_score_watch_get_score (flexibility)->answered, ==, 1);
  g_assert_cmpfloat (bs_score_watch_get_score (flexibility)->score, ==, 3.0);
  g_assert_cmpfloat (bs_score_watch_get_score (level)->score, ==, 3.0);

  /* The property carries the same, as a boxed copy. */
  g_object_get (flexibility, "score", &copy, NULL);
  g_assert_true (bs_score_equal (copy, bs_score_watch_get_score (flexibility)));

  /* Another statement of the dimension with the same mean: the progress
   * changed, so it notifies; the same stage again does not. */
  bs_assessment_set_value (a, "course.flexibility.2", 3);
  g_assert_cmpuint (n_flexibility, ==, 2);
  bs_assessment_set_value (a, "course.flexibility.2", 3);
  g_assert_cmpuint (n_flexibility, ==, 2);
  g_assert_cmpuint (n_other, ==, 0);

  /* N/A is progress without a score. */
  bs_assessment_set_value (a, "course.flexibility.3", BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpuint (n_flexibility, ==, 3);
  g_assert_cmpuint (bs_score_watch_get_score (flexibility)->answered, ==, 3);
  g_assert_cmpuint (bs_score_watch_get_score (flexibility)->scored, ==, 2);

  /* Another level's statement reaches none of them. */
  bs_assessment_set_value (a, "programme.flexibility.1", 2);
  g_assert_cmpuint (n_flexibility, ==, 3);
  g_assert_cmpuint (n_other, ==, 0);
  g_assert_cmpuint (n_level, ==, 3);
}

static void
test_score_boxed (void)
{
  BsScore s = { 2.5, 2, 3, 5 };
  BsScore t = s;
  g_autoptr(BsScore) copy = bs_score_copy (&s);

  g_assert_true (G_TYPE_IS_BOXED (BS_TYPE_SCORE));
  g_assert_true (bs_score_equal (copy, &s));
  t.answered = 4;
  g_assert_false (bs_score_equal (&t, &s));
  t = s;
  t.score = 3;
  g_assert_false (bs_score_equal (&t, &s));
  /* N/A turned into "don't know" changes what every view says */
  t = s;
  t.not_applicable = 1;
  g_assert_false (bs_score_equal (&t, &s));
  t.not_applicable = 0;
  t.unknown = 1;
  g_assert_false (bs_score_equal (&t, &s));
  t = s;
  /* without a score, the mean means nothing */
  s.scored = t.scored = 0;
  g_assert_true (bs_score_equal (&t, &s));
}

static BsFramework *
framework_2_0 (void)
{
  return g_object_ref (bs_framework_get_builtin ("2.0"));
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

/* The id of the @n-th statement of the @d-th dimension of the course
 * level: the test does not depend on the framework's ids. */
static const char *
nth_statement (BsFramework *framework,
               guint        d,
               guint        n)
{
  GListModel *dimensions = bs_level_get_dimensions (bs_framework_lookup_level (framework, "course"));
  g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
  g_autoptr(BsStatement) statement = g_list_model_get_item (bs_dimension_get_statements (dimension), n);

  return bs_statement_get_id (statement);
}

/* The report's next steps: the statements furthest below their target,
 * largest gap first, equal gaps in the framework's order; none without a
 * score, at or above the target, or without a next step. */
static void
test_pathway_largest_gaps (void)
{
  g_autoptr(BsFramework) framework = framework_2_0 ();
  g_autoptr(BsAssessment) a = bs_assessment_new (framework);
  g_autoptr(BsAssessment) old = bs_assessment_new (scoring_framework ());
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) without_steps = NULL;
  const char *f1 = nth_statement (framework, 0, 0), *f2 = nth_statement (framework, 0, 1);
  const char *f3 = nth_statement (framework, 0, 2), *i3 = nth_statement (framework, 1, 2);
  const char *expected[] = { f1, f3, i3, f2 };
  const guint from[] = { 1, 1, 2, 2 };
  const double gap[] = { 3, 2, 2, 1 };

  bs_assessment_set_levels (a, (const char * const[]) { "course", NULL });
  none = bs_pathway_largest_gaps (a, 10);
  g_assert_cmpuint (none->len, ==, 0);

  answer (a, f1, 1, 4);
  answer (a, f2, 2, 3);
  answer (a, f3, 1, 3);
  answer (a, nth_statement (framework, 0, 3), 3, 3);
  answer (a, nth_statement (framework, 0, 4), BS_VALUE_NOT_APPLICABLE, 4);
  answer (a, nth_statement (framework, 1, 0), 4, 0);
  answer (a, nth_statement (framework, 1, 1), BS_VALUE_NONE, 4);
  answer (a, i3, 2, 4);
  answer (a, nth_statement (framework, 1, 3), BS_VALUE_UNKNOWN, 2);

  steps = bs_pathway_largest_gaps (a, 10);
  g_assert_cmpuint (steps->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < steps->len; i++)
    {
      const BsPathwayStep *step = g_ptr_array_index (steps, i);

      g_assert_cmpstr (bs_statement_get_id (step->statement), ==, expected[i]);
      g_assert_cmpuint (step->from, ==, from[i]);
      g_assert_cmpfloat (step->gap, ==, gap[i]);
      g_assert_cmpfloat (step->score + step->gap, ==, step->target);
      g_assert_nonnull (bs_statement_get_next_step (step->statement, step->from, "nl"));
    }

  two = bs_pathway_largest_gaps (a, 2);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpstr (bs_statement_get_id (((BsPathwayStep *) g_ptr_array_index (two, 1))->statement), ==, f3);

  /* 1.0 gives no next steps: nothing to list, whatever the targets. */
  answer (old, "course.flexibility.1", 1, 4);
  without_steps = bs_pathway_largest_gaps (old, 10);
  g_assert_cmpuint (without_steps->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/score/empty", test_empty);
  g_test_add_func ("/score/dimension/excludes-na-unknown", test_dimension_mean_excludes_na_and_unknown);
  g_test_add_func ("/score/dimension/all-not-applicable", test_all_not_applicable);
  g_test_add_func ("/score/answered-counts", test_answered_counts);
  g_test_add_func ("/score/pathway/largest-gaps", test_pathway_largest_gaps);
  g_test_add_func ("/score/level/mean-of-dimensions", test_level_is_mean_of_dimensions);
  g_test_add_func ("/score/assessment/included-levels", test_assessment_counts_included_levels_only);
  g_test_add_func ("/score/cleared-answer", test_changing_answer_changes_score);
  g_test_add_func ("/score/dimension/target", test_dimension_target);
  g_test_add_func ("/score/dimension/matching", test_matching_dimension);
  g_test_add_func ("/score/level-scores/series", test_level_scores);
  g_test_add_func ("/score/level-scores/without-previous", test_level_scores_without_previous);
  g_test_add_func ("/score/watch", test_watch);
  g_test_add_func ("/score/boxed", test_score_boxed);

  return g_test_run ();
}
