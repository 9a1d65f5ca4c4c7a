/* test-cycle.c: the cycle: baseline, carried-over notes and actions, dimension targets, next cycle
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-test-cli.h"
#include "bs-test-common.h"

#define OLD_FIXTURE "full-three-levels-1.0.blendscan"

static BsAssessment *
load_fixture (const char *name)
{
  g_autofree char *path = bs_test_fixture_path (name);
  g_autoptr(GError) error = NULL;
  BsAssessment *a = bs_assessment_load (path, NULL, &error);

  g_assert_no_error (error);
  return a;
}

static BsAssessment *
next_from_fixture (const char *today)
{
  g_autofree char *path = bs_test_fixture_path (OLD_FIXTURE);
  g_autoptr(BsAssessment) old = load_fixture (OLD_FIXTURE);
  BsFramework *v2 = bs_framework_get_builtin ("2.0");
  g_autoptr(GError) error = NULL;
  BsAssessment *next = bs_assessment_new_next_cycle (old, path, v2, today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (next);
  return next;
}

static BsAssessment *
reload (BsAssessment *a,
        GBytes      **out_bytes)
{
  g_autoptr(GBytes) bytes = bs_assessment_to_bytes (a);
  g_autoptr(GError) error = NULL;
  BsAssessment *again = bs_assessment_load_from_bytes (bytes, "again.blendscan", NULL, &error);

  if (again == NULL)
    g_error ("%s\n%.*s", error->message, (int) g_bytes_get_size (bytes), (const char *) g_bytes_get_data (bytes, NULL));
  if (out_bytes != NULL)
    *out_bytes = g_steal_pointer (&bytes);
  return again;
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *needle)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  return strstr (text, needle) != NULL;
}

/* Files without any of the cycle's elements are written exactly as before:
 * the fixture made with 1.0 opens and writes back byte for byte, in format 1. */
static void
test_old_file_unchanged (void)
{
  g_autofree char *path = bs_test_fixture_path (OLD_FIXTURE);
  g_autoptr(BsAssessment) a = load_fixture (OLD_FIXTURE);
  g_autoptr(GBytes) original = bs_test_read_bytes (path);
  g_autoptr(GBytes) written = bs_assessment_to_bytes (a);

  g_assert_true (g_bytes_equal (original, written));
  g_assert_true (bytes_contain (written, "format=\"1\""));
  g_assert_null (bs_assessment_get_baseline (a));
  g_assert_cmpuint (bs_assessment_count_carried_over (a), ==, 0);
}

/* A file with every new element is in the form Blendscan writes: it
 * loads and writes back byte for byte, in format 3. */
static void
test_cycle_file_stable (void)
{
  g_autofree char *path = bs_test_fixture_path ("cycle-small.blendscan");
  g_autoptr(BsAssessment) a = load_fixture ("cycle-small.blendscan");
  g_autoptr(GBytes) original = bs_test_read_bytes (path);
  g_autoptr(GBytes) written = bs_assessment_to_bytes (a);

  if (!g_bytes_equal (original, written))
    g_error ("cycle-small.blendscan changes when written again:\n%.*s",
             (int) g_bytes_get_size (written), (const char *) g_bytes_get_data (written, NULL));
}

/* Every new element written and read back, and written again the same. */
static void
test_round_trip (void)
{
  g_autoptr(BsAssessment) old = load_fixture (OLD_FIXTURE);
  BsFramework *v2 = bs_framework_get_builtin ("2.0");
  g_autoptr(BsAssessment) a = bs_assessment_new (v2);
  g_autoptr(BsAction) action = bs_action_new ();
  g_autoptr(BsAssessment) again = NULL;
  g_autoptr(BsAssessment) third = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes2 = NULL;
  g_autoptr(BsBaseline) baseline = NULL;
  const char *links[] = { "course.flexibility.1", "course.flexibility.2", NULL };
  BsAnswer *answer;
  BsAction *loaded;
  BsBaseline *b;
  double score, target, old_score;

  BsFramework *v1 = bs_framework_get_builtin ("1.0");
  g_autoptr(BsAssessment) same_framework = bs_assessment_new (v1);

  bs_assessment_set_title (a, "Cycle 2027");
  bs_assessment_set_dimension_target (a, "course", "flexibility", 4);
  answer = bs_assessment_get_answer (a, "course.flexibility.1");
  bs_answer_set_note (answer, "Kept from last year");
  bs_answer_set_note_carried_over (answer, TRUE);
  bs_answer_set_evidence (answer, "A link");
  bs_answer_set_evidence_carried_over (answer, TRUE);
  answer = bs_assessment_get_answer (a, "course.flexibility.2");
  bs_answer_set_note (answer, "Written this year");

  bs_action_set_description (action, "Do it");
  bs_action_set_level_id (action, "course");
  bs_action_set_dimension_id (action, "flexibility");
  bs_action_set_owner (action, "Ann");
  bs_action_set_due (action, "2027-01-31");
  bs_action_set_result (action, "Half done");
  bs_action_set_statement_ids (action, links);
  bs_action_change_status (action, BS_ACTION_IN_PROGRESS, "2026-09-01", "Started");
  bs_action_add_change (action, "2026-10-01", BS_ACTION_IN_PROGRESS, NULL);
  bs_action_set_carried_over (action, TRUE, "Cycle 2026", "2026-02-10");
  bs_assessment_add_action (a, action);

  baseline = bs_baseline_new_from_assessment (old, "/nowhere/old.blendscan");
  bs_assessment_set_baseline (a, baseline);

  again = reload (a, &bytes);
  g_assert_true (bytes_contain (bytes, "format=\"3\""));
  g_assert_cmpuint (bs_assessment_get_dimension_target (again, "course", "flexibility"), ==, 4);
  answer = bs_assessment_lookup_answer (again, "course.flexibility.1");
  g_assert_true (bs_answer_get_note_carried_over (answer));
  g_assert_true (bs_answer_get_evidence_carried_over (answer));
  answer = bs_assessment_lookup_answer (again, "course.flexibility.2");
  g_assert_false (bs_answer_get_note_carried_over (answer));
  g_assert_cmpuint (bs_assessment_count_carried_over (again), ==, 1);

  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_actions (again)), ==, 1);
  loaded = g_list_model_get_item (bs_assessment_get_actions (again), 0);
  g_object_unref (loaded);
  g_assert_cmpstr (bs_action_get_result (loaded), ==, "Half done");
  g_assert_cmpstrv (bs_action_get_statement_ids (loaded), links);
  g_assert_cmpuint (bs_action_get_n_changes (loaded), ==, 2);
  g_assert_cmpstr (bs_action_get_change (loaded, 0)->date, ==, "2026-09-01");
  g_assert_cmpint (bs_action_get_change (loaded, 0)->status, ==, BS_ACTION_IN_PROGRESS);
  g_assert_cmpstr (bs_action_get_change (loaded, 0)->note, ==, "Started");
  g_assert_null (bs_action_get_change (loaded, 1)->note);
  g_assert_true (bs_action_get_carried_over (loaded));
  g_assert_cmpstr (bs_action_get_carried_from_title (loaded), ==, "Cycle 2026");
  g_assert_cmpstr (bs_action_get_carried_from_date (loaded), ==, "2026-02-10");
  g_assert_cmpint (bs_action_get_status (loaded), ==, BS_ACTION_IN_PROGRESS);

  b = bs_assessment_get_baseline (again);
  g_assert_nonnull (b);
  g_assert_cmpstr (bs_baseline_get_absolute_path (b), ==, "/nowhere/old.blendscan");
  g_assert_cmpstr (bs_baseline_get_framework_id (b), ==, "blendscan-embed");
  g_assert_cmpstr (bs_baseline_get_framework_version (b), ==, "1.0");
  g_assert_cmpstr (bs_baseline_get_title (b), ==, bs_assessment_get_title (old));
  g_assert_cmpstr (bs_baseline_get_date (b), ==, bs_assessment_get_date (old));
  g_assert_cmpuint (g_strv_length ((char **) bs_baseline_get_levels (b)), ==, 3);
  g_assert_true (bs_baseline_get_dimension_score (b, "course", "flexibility", &score, &target));
  {
    BsScore s;

    bs_score_dimension (old, bs_framework_lookup_dimension (v1, "course", "flexibility"), &s);
    old_score = s.score;
  }
  g_assert_cmpfloat_with_epsilon (score, old_score, 0.0006);
  g_assert_false (isnan (target));
  g_assert_true (bs_baseline_get_level_score (b, "institution", &score, NULL));
  g_assert_false (isnan (score));
  g_assert_false (bs_baseline_get_dimension_score (b, "course", "no-such", &score, NULL));
  g_assert_true (isnan (score));
  /* A statement the new version removed: its answer and note are in the copy. */
  g_assert_nonnull (bs_baseline_lookup_answer (b, "course.flexibility.3"));
  g_assert_nonnull (bs_answer_get_note (bs_baseline_lookup_answer (b, "course.flexibility.3")));
  g_assert_cmpint (bs_answer_get_value (bs_baseline_lookup_answer (b, "course.flexibility.3")), ==,
                   bs_answer_get_value (bs_assessment_lookup_answer (old, "course.flexibility.3")));
  g_assert_cmpuint (g_list_model_get_n_items (bs_baseline_get_actions (b)), ==,
                    g_list_model_get_n_items (bs_assessment_get_actions (old)));

  third = reload (again, &bytes2);
  g_assert_true (g_bytes_equal (bytes, bytes2));

  /* Without any of them the same model is format 1 again. */
  bs_assessment_set_baseline (again, NULL);
  bs_assessment_set_dimension_target (again, "course", "flexibility", 0);
  bs_assessment_confirm_all_carried_over (again);
  bs_assessment_remove_action (again, 0);
  g_clear_pointer (&bytes2, g_bytes_unref);
  bytes2 = bs_assessment_to_bytes (again);
  g_assert_true (bytes_contain (bytes2, "format=\"1\""));
  g_assert_false (bytes_contain (bytes2, "last-cycle"));

  (void) same_framework;
}

/* A dimension's own target wins over its statements' mean, in the scores
 * everything shows (BsLevelScores' target). */
static void
test_dimension_target (void)
{
  g_autoptr(BsAssessment) a = load_fixture (OLD_FIXTURE);
  g_autoptr(BsLevelScores) before = bs_level_scores_new (a, "course", NULL);
  g_autoptr(BsLevelScores) after = NULL;
  BsDimension *flex = bs_framework_lookup_dimension (bs_assessment_get_framework (a), "course", "flexibility");
  guint i;

  for (i = 0; i < before->n_dimensions; i++)
    if (before->dimensions[i].dimension == flex)
      break;
  g_assert_cmpuint (i, <, before->n_dimensions);
  g_assert_cmpfloat_with_epsilon (before->dimensions[i].target,
                                  bs_score_dimension_target (a, flex), 1e-9);
  g_assert_cmpfloat (before->dimensions[i].target, !=, 1.0);

  bs_assessment_set_dimension_target (a, "course", "flexibility", 1);
  after = bs_level_scores_new (a, "course", NULL);
  g_assert_cmpfloat (after->dimensions[i].target, ==, 1.0);
  g_assert_cmpfloat (bs_score_dimension_target (a, flex), ==, 1.0);
  /* The level's target is the mean of its dimensions' targets, with it. */
  g_assert_cmpfloat (after->target, <, before->target);

  bs_assessment_set_dimension_target (a, "course", "flexibility", 0);
  g_assert_cmpfloat_with_epsilon (bs_score_dimension_target (a, flex), before->dimensions[i].target, 1e-9);
}

typedef struct
{
  const char *body;
  int         code;
  int         line;
  const char *words;
} BadCase;

#define HEAD \
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" \
  "<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"3\">\n" \
  "  <framework id=\"blendscan-embed\" version=\"2.0\"/>\n" \
  "  <title>T</title>\n" \
  "  <levels>\n" \
  "    <level id=\"course\"/>\n" \
  "  </levels>\n"
/* The body starts at line 8. */

#define ACTION_OPEN "<actions>\n<action level=\"course\" dimension=\"flexibility\" status=\"planned\">\n<description>d</description>\n"
#define BASELINE_OPEN "<baseline>\n<framework id=\"blendscan-embed\" version=\"1.0\"/>\n<title>Old</title>\n"

static const BadCase bad_cases[] = {
  { "<dimensions>\n<dimension level=\"course\" id=\"flexibility\" target=\"5\"/>\n</dimensions>\n",
    BS_FORMAT_ERROR_OUT_OF_RANGE, 9, "target 5" },
  { "<dimensions>\n<dimension level=\"course\" id=\"flexibility\" target=\"0\"/>\n</dimensions>\n",
    BS_FORMAT_ERROR_OUT_OF_RANGE, 9, "target 0" },
  { "<dimensions>\n<dimension level=\"course\" id=\"flexibility\" target=\"high\"/>\n</dimensions>\n",
    BS_FORMAT_ERROR_SCHEMA, 9, "follow" },
  { "<answers>\n<answer statement=\"course.flexibility.1\" value=\"2\">\n<note from=\"yesterday\">x</note>\n</answer>\n</answers>\n",
    BS_FORMAT_ERROR_SCHEMA, 10, "follow" },
  { "<answers>\n<answer statement=\"course.flexibility.1\" value=\"2\">\n<evidence from=\"\">x</evidence>\n</answer>\n</answers>\n",
    BS_FORMAT_ERROR_SCHEMA, 10, "follow" },
  { ACTION_OPEN "<link statement=\"course.nothing.1\"/>\n</action>\n</actions>\n",
    BS_FORMAT_ERROR_UNKNOWN_ID, 11, "course.nothing.1" },
  { ACTION_OPEN "<link statement=\"course.interaction.1\"/>\n</action>\n</actions>\n",
    BS_FORMAT_ERROR_INVALID_VALUE, 11, "another dimension" },
  { ACTION_OPEN "<link statement=\"course.flexibility.1\"/>\n<link statement=\"course.flexibility.1\"/>\n</action>\n</actions>\n",
    BS_FORMAT_ERROR_DUPLICATE, 12, "twice" },
  { ACTION_OPEN "<result>r</result>\n<result>again</result>\n</action>\n</actions>\n",
    BS_FORMAT_ERROR_SCHEMA, 12, "follow" },
  { ACTION_OPEN "<history>\n<change date=\"2026-13-01\" status=\"done\"/>\n</history>\n</action>\n</actions>\n",
    BS_FORMAT_ERROR_INVALID_VALUE, 12, "2026-13-01" },
  { ACTION_OPEN "<history>\n<change date=\"2026-01-01\" status=\"finished\"/>\n</history>\n</action>\n</actions>\n",
    BS_FORMAT_ERROR_SCHEMA, 12, "follow" },
  { ACTION_OPEN "<history>\n<change status=\"done\"/>\n</history>\n</action>\n</actions>\n",
    BS_FORMAT_ERROR_SCHEMA, 12, "follow" },
  { ACTION_OPEN "<carried-over date=\"last year\"/>\n</action>\n</actions>\n",
    BS_FORMAT_ERROR_INVALID_VALUE, 11, "last year" },
  { "<baseline>\n<framework id=\"other\" version=\"1.0\"/>\n<title>Old</title>\n</baseline>\n",
    BS_FORMAT_ERROR_INVALID_VALUE, 9, "“other”" },
  { BASELINE_OPEN "<level id=\"course\" score=\"7\"/>\n</baseline>\n",
    BS_FORMAT_ERROR_OUT_OF_RANGE, 11, "score" },
  { BASELINE_OPEN "<level id=\"course\" target=\"0.5\"/>\n</baseline>\n",
    BS_FORMAT_ERROR_OUT_OF_RANGE, 11, "target" },
  { BASELINE_OPEN "<level id=\"course\">\n<dimension id=\"flexibility\" score=\"abc\"/>\n</level>\n</baseline>\n",
    BS_FORMAT_ERROR_SCHEMA, 12, "follow" },
  { BASELINE_OPEN "<level id=\"course\">\n<dimension id=\"flexibility\" score=\"4.5\"/>\n</level>\n</baseline>\n",
    BS_FORMAT_ERROR_OUT_OF_RANGE, 12, "course/flexibility" },
  { BASELINE_OPEN "<level id=\"course\"/>\n<level id=\"course\"/>\n</baseline>\n",
    BS_FORMAT_ERROR_DUPLICATE, 12, "twice" },
  { BASELINE_OPEN "<level id=\"course\">\n<dimension id=\"flexibility\"/>\n<dimension id=\"flexibility\"/>\n</level>\n</baseline>\n",
    BS_FORMAT_ERROR_DUPLICATE, 13, "twice" },
  { BASELINE_OPEN "<answer statement=\"course.flexibility.3\" value=\"9\"/>\n</baseline>\n",
    BS_FORMAT_ERROR_OUT_OF_RANGE, 11, "course.flexibility.3" },
  { BASELINE_OPEN "<answer statement=\"a.b\" value=\"2\"/>\n<answer statement=\"a.b\" value=\"3\"/>\n</baseline>\n",
    BS_FORMAT_ERROR_DUPLICATE, 12, "twice" },
  { BASELINE_OPEN "<date>2026-02-30</date>\n</baseline>\n",
    BS_FORMAT_ERROR_INVALID_VALUE, 11, "2026-02-30" },
  { "<baseline path=\"/abs/old.blendscan\">\n<framework id=\"blendscan-embed\" version=\"1.0\"/>\n<title>Old</title>\n</baseline>\n",
    BS_FORMAT_ERROR_INVALID_VALUE, 8, "relative" },
  { "<baseline absolute-path=\"old.blendscan\">\n<framework id=\"blendscan-embed\" version=\"1.0\"/>\n<title>Old</title>\n</baseline>\n",
    BS_FORMAT_ERROR_INVALID_VALUE, 8, "absolute" },
  { BASELINE_OPEN "<action status=\"done\" due=\"someday\">\n<description>d</description>\n</action>\n</baseline>\n",
    BS_FORMAT_ERROR_INVALID_VALUE, 11, "someday" },
  { BASELINE_OPEN "<action status=\"finished\">\n<description>d</description>\n</action>\n</baseline>\n",
    BS_FORMAT_ERROR_SCHEMA, 11, "follow" },
  { "<baseline>\n<title>Old</title>\n</baseline>\n",
    BS_FORMAT_ERROR_SCHEMA, 9, "follow" },
};

/* Every bad value of the new elements is refused with the file, the line
 * and what is wrong. */
static void
test_bad_values (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *text = g_strconcat (HEAD, bad_cases[i].body, "</assessment>\n", NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(BsAssessment) a = bs_assessment_load_from_bytes (bytes, "bad.blendscan", NULL, &error);
      g_autofree char *line = g_strdup_printf ("line %d:", bad_cases[i].line);

      g_test_message ("case %u: %s", i, error ? error->message : "(loaded)");
      g_assert_null (a);
      g_assert_error (error, BS_FORMAT_ERROR, bad_cases[i].code);
      g_assert_nonnull (strstr (error->message, "bad.blendscan"));
      if (strstr (error->message, line) == NULL || strstr (error->message, bad_cases[i].words) == NULL)
        g_error ("case %u: expected %s and “%s” in: %s", i, line, bad_cases[i].words, error->message);
    }

  /* The same shapes with good values load. */
  {
    const char *good = HEAD
      "<dimensions>\n<dimension level=\"course\" id=\"flexibility\" target=\"4\"/>\n</dimensions>\n"
      ACTION_OPEN "<link statement=\"course.flexibility.1\"/>\n<history>\n<change date=\"2026-01-01\" status=\"done\">ok</change>\n</history>\n<carried-over/>\n</action>\n</actions>\n"
      BASELINE_OPEN "<level id=\"course\" score=\"2.5\"/>\n<answer statement=\"gone.1\" value=\"na\"/>\n</baseline>\n"
      "</assessment>\n";
    g_autoptr(GBytes) bytes = g_bytes_new_static (good, strlen (good));
    g_autoptr(GError) error = NULL;
    g_autoptr(BsAssessment) a = bs_assessment_load_from_bytes (bytes, "good.blendscan", NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (bs_assessment_get_baseline (a));
    g_assert_cmpint (bs_answer_get_value (bs_baseline_lookup_answer (bs_assessment_get_baseline (a), "gone.1")), ==, BS_VALUE_NOT_APPLICABLE);
  }
}

static guint
count_open (GListModel *actions)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) a = g_list_model_get_item (actions, i);

      n += bs_action_is_open (a);
    }
  return n;
}

/* From the 1.0 fixture to the built-in 2.0. */
static void
test_next_cycle (void)
{
  g_autoptr(BsAssessment) old = load_fixture (OLD_FIXTURE);
  g_autoptr(BsAssessment) next = next_from_fixture ("2027-03-01");
  g_autoptr(BsAssessment) again = NULL;
  BsFramework *framework = bs_assessment_get_framework (next);
  GListModel *statements_actions = bs_assessment_get_actions (next);
  BsBaseline *baseline = bs_assessment_get_baseline (next);
  GListModel *old_actions = bs_assessment_get_actions (old);
  guint n_notes = 0;

  g_assert_cmpstr (bs_framework_get_version (framework), ==, "2.0");
  g_assert_cmpstr (bs_assessment_get_date (next), ==, "2027-03-01");
  /* 2026-02-10 to 2027-03-01: the academic year in the title moves on. */
  g_assert_nonnull (strstr (bs_assessment_get_title (old), "2025-2026"));
  g_assert_nonnull (strstr (bs_assessment_get_title (next), "2026-2027"));
  g_assert_cmpstr (bs_assessment_get_unit (next), ==, bs_assessment_get_unit (old));
  g_assert_cmpstr (bs_assessment_get_unit_level (next), ==, bs_assessment_get_unit_level (old));
  g_assert_cmpstr (bs_assessment_get_institution (next), ==, bs_assessment_get_institution (old));
  g_assert_cmpstrv (bs_assessment_get_levels (next), bs_assessment_get_levels (old));
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_participants (next)), ==,
                    g_list_model_get_n_items (bs_assessment_get_participants (old)));
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_participants (next)), >, 0);

  /* Answers empty; notes carried over and marked where the statement is still there. */
  {
    GListModel *levels = bs_framework_get_levels (framework);

    for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
      {
        g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
        GListModel *dims = bs_level_get_dimensions (level);

        for (guint j = 0; j < g_list_model_get_n_items (dims); j++)
          {
            g_autoptr(BsDimension) dim = g_list_model_get_item (dims, j);
            GListModel *statements = bs_dimension_get_statements (dim);

            for (guint k = 0; k < g_list_model_get_n_items (statements); k++)
              {
                g_autoptr(BsStatement) s = g_list_model_get_item (statements, k);
                const char *id = bs_statement_get_id (s);
                BsAnswer *now = bs_assessment_lookup_answer (next, id);
                BsAnswer *then = bs_assessment_lookup_answer (old, id);

                g_assert_true (now == NULL || bs_answer_get_value (now) == BS_VALUE_NONE);
                if (then != NULL && bs_answer_get_note (then) != NULL)
                  {
                    g_assert_nonnull (now);
                    g_assert_cmpstr (bs_answer_get_note (now), ==, bs_answer_get_note (then));
                    g_assert_true (bs_answer_get_note_carried_over (now));
                    n_notes++;
                  }
                if (then != NULL && bs_answer_get_evidence (then) != NULL)
                  {
                    g_assert_cmpstr (bs_answer_get_evidence (now), ==, bs_answer_get_evidence (then));
                    g_assert_true (bs_answer_get_evidence_carried_over (now));
                  }
              }
          }
      }
  }
  g_assert_cmpuint (n_notes, >, 20);

  /* A statement 2.0 removed: its note is not carried, but kept in the baseline. */
  g_assert_nonnull (bs_answer_get_note (bs_assessment_lookup_answer (old, "course.flexibility.3")));
  g_assert_null (bs_framework_lookup_statement (framework, "course.flexibility.3"));
  g_assert_null (bs_assessment_lookup_answer (next, "course.flexibility.3"));
  g_assert_cmpstr (bs_answer_get_note (bs_baseline_lookup_answer (baseline, "course.flexibility.3")), ==,
                   bs_answer_get_note (bs_assessment_lookup_answer (old, "course.flexibility.3")));

  /* Open actions carried over, done ones only in the baseline. */
  g_assert_cmpuint (count_open (old_actions), <, g_list_model_get_n_items (old_actions));
  g_assert_cmpuint (g_list_model_get_n_items (statements_actions), ==, count_open (old_actions));
  for (guint i = 0; i < g_list_model_get_n_items (statements_actions); i++)
    {
      g_autoptr(BsAction) a = g_list_model_get_item (statements_actions, i);

      g_assert_true (bs_action_is_open (a));
      g_assert_true (bs_action_get_carried_over (a));
      g_assert_cmpstr (bs_action_get_carried_from_title (a), ==, bs_assessment_get_title (old));
      g_assert_cmpstr (bs_action_get_carried_from_date (a), ==, bs_assessment_get_date (old));
    }
  g_assert_cmpuint (g_list_model_get_n_items (bs_baseline_get_actions (baseline)), ==,
                    g_list_model_get_n_items (old_actions));

  /* The baseline names the old file and holds its scores. */
  g_assert_nonnull (bs_baseline_get_absolute_path (baseline));
  g_assert_true (g_str_has_suffix (bs_baseline_get_absolute_path (baseline), OLD_FIXTURE));
  g_assert_cmpstr (bs_baseline_get_framework_version (baseline), ==, "1.0");

  /* Saved and read back the same. */
  again = reload (next, NULL);
  g_assert_cmpuint (bs_assessment_count_carried_over (again), ==, bs_assessment_count_carried_over (next));
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_actions (again)), ==, count_open (old_actions));
}

/* Carrying actions: status, history and links kept; links to removed
 * statements dropped, the dimension kept. */
static void
test_next_cycle_actions (void)
{
  g_autoptr(BsAssessment) old = load_fixture (OLD_FIXTURE);
  BsFramework *v2 = bs_framework_get_builtin ("2.0");
  g_autoptr(BsAction) action = bs_action_new ();
  g_autoptr(BsAction) done = bs_action_new ();
  g_autoptr(BsAssessment) next = NULL;
  g_autoptr(GError) error = NULL;
  const char *links[] = { "course.flexibility.1", "course.flexibility.3", NULL };
  const char *kept[] = { "course.flexibility.1", NULL };
  GListModel *actions;
  BsAction *carried = NULL;

  bs_action_set_description (action, "Linked");
  bs_action_set_level_id (action, "course");
  bs_action_set_dimension_id (action, "flexibility");
  bs_action_set_statement_ids (action, links);
  bs_action_change_status (action, BS_ACTION_IN_PROGRESS, "2026-03-01", "Begun");
  bs_action_set_result (action, "Some");
  bs_assessment_add_action (old, action);
  bs_action_set_description (done, "Finished");
  bs_action_set_status (done, BS_ACTION_DROPPED);
  bs_assessment_add_action (old, done);

  next = bs_assessment_new_next_cycle (old, NULL, v2, "2027-03-01", &error);
  g_assert_no_error (error);
  actions = bs_assessment_get_actions (next);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) a = g_list_model_get_item (actions, i);

      g_assert_cmpstr (bs_action_get_description (a), !=, "Finished");
      if (g_strcmp0 (bs_action_get_description (a), "Linked") == 0)
        carried = a;
    }
  g_assert_nonnull (carried);
  g_assert_cmpint (bs_action_get_status (carried), ==, BS_ACTION_IN_PROGRESS);
  g_assert_cmpstr (bs_action_get_dimension_id (carried), ==, "flexibility");
  g_assert_cmpstrv (bs_action_get_statement_ids (carried), kept);
  g_assert_cmpuint (bs_action_get_n_changes (carried), ==, 1);
  g_assert_cmpstr (bs_action_get_change (carried, 0)->note, ==, "Begun");
  g_assert_cmpstr (bs_action_get_result (carried), ==, "Some");
  g_assert_null (bs_baseline_get_absolute_path (bs_assessment_get_baseline (next)));

  /* A different framework is refused. */
  {
    g_autofree char *path = bs_test_fixture_path ("framework-small.xml");
    g_autoptr(BsFramework) other = bs_framework_new_from_file (path, &error);
    g_autoptr(BsAssessment) none = NULL;

    g_assert_no_error (error);
    none = bs_assessment_new_next_cycle (old, NULL, other, "2027-03-01", &error);
    g_assert_null (none);
    g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND);
  }
}

static void
test_title (void)
{
  struct { const char *title, *then, *now, *expected; } cases[] = {
    { "Zelfevaluatie 2024-2025", "2025-03-12", "2026-03-10", "Zelfevaluatie 2025-2026" },
    { "Scan 2025", "2025-01-01", "2027-01-01", "Scan 2027" },
    { "Scan 2025", NULL, "2027-01-01", "Scan 2025" },
    { "Scan 2025", "2025-01-01", "2025-12-31", "Scan 2025" },
    { "Blended scan", "2025-01-01", "2026-01-01", "Blended scan" },
    { "Room 12345 in 2025", "2025-01-01", "2026-01-01", "Room 12345 in 2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *title = bs_next_cycle_title (cases[i].title, cases[i].then, cases[i].now);

      g_assert_cmpstr (title, ==, cases[i].expected);
    }
}

static void
count_changes_cb (BsAssessment *assessment,
                  guint        *count)
{
  (*count)++;
}

/* Editing a carried-over note clears its mark; confirming clears both.
 * Each is a change to save. */
static void
test_carried_over_marks (void)
{
  g_autoptr(BsAssessment) next = next_from_fixture ("2027-03-01");
  BsAnswer *answer = bs_assessment_lookup_answer (next, "course.flexibility.1");
  guint before = bs_assessment_count_carried_over (next);
  guint changes = 0;
  g_autoptr(BsAction) action = NULL;
  const char *links[] = { "course.flexibility.1", NULL };

  g_signal_connect (next, "changed", G_CALLBACK (count_changes_cb), &changes);

  g_assert_true (bs_answer_get_note_carried_over (answer));
  g_assert_true (bs_answer_get_evidence_carried_over (answer));

  bs_answer_set_note (answer, bs_answer_get_note (answer));
  g_assert_true (bs_answer_get_note_carried_over (answer));
  bs_answer_set_note (answer, "Rewritten this year");
  g_assert_false (bs_answer_get_note_carried_over (answer));
  g_assert_true (bs_answer_get_evidence_carried_over (answer));
  g_assert_true (bs_answer_is_carried_over (answer));
  changes = 0;
  bs_answer_confirm_carried_over (answer);
  g_assert_false (bs_answer_is_carried_over (answer));
  g_assert_cmpuint (changes, >, 0);
  g_assert_cmpuint (bs_assessment_count_carried_over (next), ==, before - 1);

  /* An action's links, history and result are changes too. */
  action = g_list_model_get_item (bs_assessment_get_actions (next), 0);
  changes = 0;
  bs_action_set_statement_ids (action, NULL);
  bs_action_set_statement_ids (action, NULL);
  g_assert_cmpuint (changes, ==, 0);
  bs_action_set_statement_ids (action, links);
  g_assert_cmpuint (changes, ==, 1);
  bs_action_change_status (action, BS_ACTION_DONE, "2027-04-01", "Finished");
  g_assert_cmpuint (changes, >=, 3);
  changes = 0;
  bs_action_set_result (action, "It worked");
  g_assert_cmpuint (changes, ==, 1);
  g_assert_cmpint (bs_action_get_status (action), ==, BS_ACTION_DONE);
  g_assert_cmpuint (bs_action_get_n_changes (action), ==, 1);

  /* An empty note is never marked. */
  answer = bs_assessment_get_answer (next, "course.flexibility.2");
  bs_answer_set_note (answer, NULL);
  bs_answer_set_note_carried_over (answer, TRUE);
  g_assert_false (bs_answer_get_note_carried_over (answer));

  bs_assessment_confirm_all_carried_over (next);
  g_assert_cmpuint (bs_assessment_count_carried_over (next), ==, 0);
}

static BsAction *
find_action (BsAssessment *a,
             const char   *level,
             const char   *dimension)
{
  GListModel *actions = bs_assessment_get_actions (a);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);

      if (g_strcmp0 (bs_action_get_level_id (action), level) == 0 &&
          g_strcmp0 (bs_action_get_dimension_id (action), dimension) == 0)
        return action;
    }
  return NULL;
}

/* Whether a carried-over action's scores moved: by its dimension, or by
 * the statements it is linked to. */
static void
test_score_move (void)
{
  g_autoptr(BsAssessment) old = load_fixture (OLD_FIXTURE);
  g_autoptr(BsAssessment) next = next_from_fixture ("2027-03-01");
  BsAction *action = find_action (next, "course", "interaction");
  BsDimension *dim = bs_framework_lookup_dimension (bs_assessment_get_framework (next), "course", "interaction");
  GListModel *statements = bs_dimension_get_statements (dim);
  g_autoptr(BsAction) unlinked = bs_action_new ();
  const char *links[] = { "course.interaction.1", NULL };
  double then, now;
  int old_value = bs_answer_get_value (bs_assessment_lookup_answer (old, "course.interaction.1"));

  g_assert_nonnull (action);
  g_assert_cmpint (bs_action_get_score_move (next, action, &then, &now), ==, BS_SCORE_MOVE_UNKNOWN);
  g_assert_false (isnan (then));
  g_assert_true (isnan (now));

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(BsStatement) s = g_list_model_get_item (statements, i);

      bs_assessment_set_value (next, bs_statement_get_id (s), 4);
    }
  g_assert_cmpint (bs_action_get_score_move (next, action, &then, &now), ==, BS_SCORE_MOVE_UP);
  g_assert_cmpfloat (now, ==, 4.0);
  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(BsStatement) s = g_list_model_get_item (statements, i);

      bs_assessment_set_value (next, bs_statement_get_id (s), 1);
    }
  g_assert_cmpint (bs_action_get_score_move (next, action, NULL, NULL), ==, BS_SCORE_MOVE_DOWN);

  /* Linked to one statement: that statement decides. */
  g_assert_cmpint (old_value, >, 0);
  bs_action_set_statement_ids (action, links);
  bs_assessment_set_value (next, "course.interaction.1", old_value);
  g_assert_cmpint (bs_action_get_score_move (next, action, &then, &now), ==, BS_SCORE_MOVE_SAME);
  g_assert_cmpfloat (then, ==, old_value);

  /* No dimension, no links: unknown. */
  g_assert_cmpint (bs_action_get_score_move (next, unlinked, NULL, NULL), ==, BS_SCORE_MOVE_UNKNOWN);
  /* No baseline: unknown. */
  g_assert_cmpint (bs_action_get_score_move (old, action, NULL, NULL), ==, BS_SCORE_MOVE_UNKNOWN);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GBytes) bytes = bs_test_read_bytes (from);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (to, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

/* The old file moved away or deleted: the baseline's scores are still
 * there, and the radar's previous series comes from them. */
static void
test_baseline_file_moved (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *fixture = bs_test_fixture_path (OLD_FIXTURE);
  g_autofree char *old_path = g_build_filename (dir, "2026", "old.blendscan", NULL);
  g_autofree char *old_dir = g_path_get_dirname (old_path);
  g_autofree char *new_path = g_build_filename (dir, "2027", "new.blendscan", NULL);
  g_autofree char *new_dir = g_path_get_dirname (new_path);
  g_autofree char *moved_dir = g_build_filename (dir, "archive", NULL);
  g_autofree char *moved_old = g_build_filename (moved_dir, "2026", NULL);
  g_autofree char *moved_new = g_build_filename (moved_dir, "2027", NULL);
  g_autofree char *moved_new_path = g_build_filename (moved_new, "new.blendscan", NULL);
  g_autoptr(BsAssessment) old = NULL;
  g_autoptr(BsAssessment) next = NULL;
  g_autoptr(BsAssessment) reloaded = NULL;
  BsFramework *v2 = bs_framework_get_builtin ("2.0");
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;
  GListModel *levels;

  g_assert_cmpint (g_mkdir_with_parents (old_dir, 0700), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (new_dir, 0700), ==, 0);
  copy_file (fixture, old_path);
  old = bs_assessment_load (old_path, NULL, &error);
  g_assert_no_error (error);
  next = bs_assessment_new_next_cycle (old, old_path, v2, "2027-03-01", &error);
  g_assert_no_error (error);
  g_assert_true (bs_assessment_save (next, new_path, &error));
  g_assert_no_error (error);

  reloaded = bs_assessment_load (new_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_baseline_get_path (bs_assessment_get_baseline (reloaded)), ==, "../2026/old.blendscan");
  g_assert_cmpstr (bs_baseline_get_absolute_path (bs_assessment_get_baseline (reloaded)), ==, old_path);
  found = bs_baseline_find_file (bs_assessment_get_baseline (reloaded), new_path);
  g_assert_cmpstr (found, ==, old_path);
  g_clear_pointer (&found, g_free);
  g_clear_object (&reloaded);

  /* Both folders moved together: the relative path finds the old file. */
  g_assert_cmpint (g_mkdir_with_parents (moved_dir, 0700), ==, 0);
  g_assert_cmpint (g_rename (old_dir, moved_old), ==, 0);
  g_assert_cmpint (g_rename (new_dir, moved_new), ==, 0);
  reloaded = bs_assessment_load (moved_new_path, NULL, &error);
  g_assert_no_error (error);
  found = bs_baseline_find_file (bs_assessment_get_baseline (reloaded), moved_new_path);
  g_assert_nonnull (found);
  g_assert_true (g_str_has_prefix (found, moved_old));
  g_clear_pointer (&found, g_free);
  g_clear_object (&reloaded);

  /* The old file deleted: nothing to find, the scores remain. */
  {
    g_autofree char *gone = g_build_filename (moved_old, "old.blendscan", NULL);

    g_assert_cmpint (g_unlink (gone), ==, 0);
  }
  reloaded = bs_assessment_load (moved_new_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (bs_baseline_find_file (bs_assessment_get_baseline (reloaded), moved_new_path));

  levels = bs_framework_get_levels (v2);
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      const char *level_id = bs_level_get_id (level);
      g_autoptr(BsLevelScores) from_file = bs_level_scores_new (next, level_id, old);
      g_autoptr(BsLevelScores) embedded = bs_level_scores_new (reloaded, level_id, NULL);
      g_autofree double *a = bs_level_scores_series (from_file, BS_SCORE_SERIES_PREVIOUS);
      g_autofree double *b = bs_level_scores_series (embedded, BS_SCORE_SERIES_PREVIOUS);

      g_assert_true (embedded->has_previous);
      g_assert_cmpint (embedded->has_previous, ==, from_file->has_previous);
      for (guint j = 0; j < embedded->n_dimensions; j++)
        {
          g_assert_cmpint (isnan (a[j]), ==, isnan (b[j]));
          if (!isnan (a[j]))
            g_assert_cmpfloat_with_epsilon (a[j], b[j], 0.0006);
        }
    }

  /* The statement card's last cycle: value and note. */
  {
    BsBaseline *baseline = bs_assessment_get_baseline (reloaded);
    BsAnswer *then = bs_baseline_lookup_answer (baseline, "course.flexibility.1");
    BsAnswer *orig = bs_assessment_lookup_answer (old, "course.flexibility.1");

    g_assert_cmpint (bs_answer_get_value (then), ==, bs_answer_get_value (orig));
    g_assert_cmpstr (bs_answer_get_note (then), ==, bs_answer_get_note (orig));
  }
}

/* blendscan-cli next: writes the new cycle, refuses its input as output. */
static void
test_cli_next (void)
{
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *fixture = bs_test_fixture_path (OLD_FIXTURE);
  g_autofree char *old_path = g_build_filename (dir, "old.blendscan", NULL);
  g_autofree char *new_path = g_build_filename (dir, "new.blendscan", NULL);
  g_autofree char *fw = bs_test_fixture_path ("framework-small.xml");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(BsAssessment) next = NULL;
  g_autoptr(GError) error = NULL;

  copy_file (fixture, old_path);
  before = bs_test_read_bytes (old_path);

  {
    g_auto(BsTestRun) run = { 0 };

    bs_test_run_cli (&run, "next", old_path, "-o", old_path, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "old.blendscan"));
    after = bs_test_read_bytes (old_path);
    g_assert_true (g_bytes_equal (before, after));
  }
  {
    g_auto(BsTestRun) run = { 0 };

    bs_test_run_cli (&run, "next", old_path, NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(BsTestRun) run = { 0 };

    bs_test_run_cli (&run, "next", old_path, "-o", new_path, "--date", "2027-02-30", NULL);
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, "2027-02-30"));
    g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(BsTestRun) run = { 0 };

    bs_test_run_cli (&run, "next", old_path, "-o", new_path, "--framework", fw, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "old.blendscan"));
    g_assert_false (g_file_test (new_path, G_FILE_TEST_EXISTS));
  }
  {
    g_auto(BsTestRun) run = { 0 };

    bs_test_run_cli (&run, "next", old_path, "-o", new_path, "--date", "2027-03-01", NULL);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "new.blendscan"));
  }
  next = bs_assessment_load (new_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_assessment_get_date (next), ==, "2027-03-01");
  g_assert_cmpstr (bs_framework_get_version (bs_assessment_get_framework (next)), ==, "2.0");
  g_assert_cmpstr (bs_baseline_get_path (bs_assessment_get_baseline (next)), ==, "old.blendscan");
  g_assert_cmpuint (bs_assessment_count_carried_over (next), >, 0);
  {
    g_auto(BsTestRun) run = { 0 };

    /* An existing output needs --force. */
    bs_test_run_cli (&run, "next", old_path, "-o", new_path, NULL);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "--force"));
  }
  {
    g_auto(BsTestRun) run = { 0 };

    bs_test_run_cli (&run, "next", old_path, "-o", new_path, "--force", "--date", "2027-03-02", NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
  {
    g_auto(BsTestRun) run = { 0 };

    bs_test_run_cli (&run, "validate", new_path, NULL);
    g_assert_cmpint (run.status, ==, 0);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cycle/format/old-file-unchanged", test_old_file_unchanged);
  g_test_add_func ("/cycle/format/round-trip", test_round_trip);
  g_test_add_func ("/cycle/format/stable", test_cycle_file_stable);
  g_test_add_func ("/cycle/format/bad-values", test_bad_values);
  g_test_add_func ("/cycle/dimension-target", test_dimension_target);
  g_test_add_func ("/cycle/next/from-1.0-to-2.0", test_next_cycle);
  g_test_add_func ("/cycle/next/actions", test_next_cycle_actions);
  g_test_add_func ("/cycle/next/title", test_title);
  g_test_add_func ("/cycle/carried-over/marks", test_carried_over_marks);
  g_test_add_func ("/cycle/action/score-move", test_score_move);
  g_test_add_func ("/cycle/baseline/file-moved", test_baseline_file_moved);
  g_test_add_func ("/cycle/cli/next", test_cli_next);

  return g_test_run ();
}
