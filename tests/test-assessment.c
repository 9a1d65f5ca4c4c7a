/* test-assessment.c: the assessment model, round trips and saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "blendscan-core.h"
#include "bs-test-common.h"

static const char * const examples[] = {
  "marketingcommunicatie.blendscan",
  "digicoaches.blendscan",
  "full-three-levels.blendscan",
  "full-three-levels-2024-2025.blendscan",
  "team-bedrijfskunde.blendscan",
};

static void
count_changes_cb (BsAssessment *assessment,
                  guint        *count)
{
  (*count)++;
}

/* The shipped examples are in the form Blendscan writes, so loading and
 * writing one gives back exactly its bytes: the format is stable. */
static void
test_examples_are_stable (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = bs_test_example_path (examples[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(BsAssessment) a = bs_assessment_load (path, NULL, &error);
      g_autoptr(GBytes) original = NULL;
      g_autoptr(GBytes) written = NULL;

      g_assert_no_error (error);
      original = bs_test_read_bytes (path);
      written = bs_assessment_to_bytes (a);
      if (!g_bytes_equal (original, written))
        g_error ("%s changes when written again:\n%.*s", examples[i],
                 (int) g_bytes_get_size (written), (const char *) g_bytes_get_data (written, NULL));
    }
}

static gboolean
is_filled (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return TRUE;
  return FALSE;
}

/* "Nobody could judge it" is "don't know", never a blank: every answer is a
 * stage of the framework's scale, N/A or don't know. */
static void
assert_answered (const char *example,
                 const char *who,
                 BsAnswer   *answer,
                 const char *statement_id,
                 guint       n_stages)
{
  int value = answer != NULL ? bs_answer_get_value (answer) : BS_VALUE_NONE;

  if (value == BS_VALUE_NOT_APPLICABLE || value == BS_VALUE_UNKNOWN)
    return;
  if (value < 1 || (guint) value > n_stages)
    g_error ("%s: %s has no answer to %s", example, who, statement_id);
}

/* The shipped examples show the default framework as it is now: each one
 * uses version 2.0 and answers every statement of the levels it includes
 * (in a team file, every respondent does); the full example gives a note
 * and evidence with every institution-level answer. */
static void
test_examples_are_complete (void)
{
  BsFramework *framework = bs_framework_get_builtin ("2.0");

  g_assert_nonnull (framework);
  g_assert_true (framework == bs_framework_get_default ());

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *path = bs_test_example_path (examples[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(BsAssessment) a = bs_assessment_load (path, NULL, &error);
      GListModel *levels = bs_framework_get_levels (framework);
      GListModel *respondents;
      gboolean full = g_str_has_prefix (examples[i], "full-three-levels");
      guint n_stages = bs_framework_get_n_stages (framework);
      guint n_levels = 0;
      guint n_checked = 0;

      g_assert_no_error (error);
      g_assert_cmpstr (bs_assessment_get_framework_version (a), ==, "2.0");
      g_assert_true (bs_assessment_get_framework (a) == framework);
      respondents = bs_team_get_respondents (bs_assessment_get_team (a));

      for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
        {
          g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
          GListModel *dimensions = bs_level_get_dimensions (level);
          gboolean institution = g_str_equal (bs_level_get_id (level), "institution");

          if (!bs_assessment_includes_level (a, bs_level_get_id (level)))
            continue;
          n_levels++;

          for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
            {
              g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
              GListModel *statements = bs_dimension_get_statements (dimension);

              for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
                {
                  g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
                  const char *id = bs_statement_get_id (statement);

                  n_checked++;
                  if (g_list_model_get_n_items (respondents) > 0)
                    {
                      for (guint r = 0; r < g_list_model_get_n_items (respondents); r++)
                        {
                          g_autoptr(BsRespondent) respondent = g_list_model_get_item (respondents, r);

                          assert_answered (examples[i], bs_respondent_get_name (respondent),
                                           bs_respondent_lookup_answer (respondent, id), id, n_stages);
                        }
                    }
                  else
                    {
                      BsAnswer *answer = bs_assessment_lookup_answer (a, id);

                      assert_answered (examples[i], "the assessment", answer, id, n_stages);
                      if (full && institution && (!is_filled (bs_answer_get_note (answer)) ||
                                                  !is_filled (bs_answer_get_evidence (answer))))
                        g_error ("%s: the answer to %s lacks a note or evidence", examples[i], id);
                    }
                }
            }
        }
      g_assert_cmpuint (n_levels, >, 0);
      g_assert_cmpuint (n_checked, >, 0);
      if (full)
        g_assert_cmpuint (n_levels, ==, 3);
    }
}

/* An assessment made with version 1.0 of the default framework opens with
 * 1.0, not the newest, and is written back exactly as it was. */
static void
test_version_1_0_fixture (void)
{
  g_autofree char *path = bs_test_fixture_path ("full-three-levels-1.0.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load (path, NULL, &error);
  g_autoptr(GBytes) original = NULL;
  g_autoptr(GBytes) written = NULL;
  BsFramework *framework;

  g_assert_no_error (error);
  framework = bs_assessment_get_framework (a);
  g_assert_true (framework == bs_framework_get_builtin ("1.0"));
  g_assert_cmpstr (bs_framework_get_version (framework), ==, "1.0");
  g_assert_cmpstr (bs_assessment_get_framework_version (a), ==, "1.0");
  /* 1.0's own scale, as it was printed. */
  g_assert_cmpstr (bs_stage_get_name_text (bs_framework_get_stage (framework, 4), "en"), ==, "Leading");

  original = bs_test_read_bytes (path);
  written = bs_assessment_to_bytes (a);
  g_assert_true (g_bytes_equal (original, written));
}

/* A new assessment uses the newest version. */
static void
test_new_uses_newest (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  g_autoptr(GBytes) bytes = bs_assessment_to_bytes (a);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(BsAssessment) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (bs_assessment_get_framework_version (a), ==, "2.0");
  g_assert_nonnull (strstr (text, "<framework id=\"blendscan-embed\" version=\"2.0\"/>"));

  again = bs_assessment_load_from_bytes (bytes, "new.blendscan", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (bs_assessment_get_framework (again) == bs_framework_get_default ());
}

static void
test_example_contents (void)
{
  g_autofree char *path = bs_test_example_path ("marketingcommunicatie.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load (path, NULL, &error);
  g_autoptr(GBytes) bytes = NULL;
  BsScore total;

  g_assert_no_error (error);
  g_assert_true (bs_assessment_includes_level (a, "course"));
  g_assert_false (bs_assessment_includes_level (a, "institution"));
  g_assert_nonnull (strstr (bs_assessment_get_title (a), "Marketingcommunicatie"));
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_participants (a)), >, 1);
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_actions (a)), >=, 4);
  g_assert_nonnull (bs_assessment_get_reflection (a, "environments.use"));

  bs_score_assessment (a, &total);
  g_assert_cmpuint (total.answered, ==, total.total);

  /* The blend profile has no model yet; it must survive a save untouched. */
  bytes = bs_assessment_to_bytes (a);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "<blend-profile>"));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "Kennisclips"));
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "<blend-profile xmlns"));
}

/* The full example is the second cycle: last year's assessment is its
 * baseline, by a path beside it and by the copy in the file, and the actions
 * it carried over say where they came from. */
static void
test_example_baseline (void)
{
  g_autofree char *path = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *old_path = bs_test_example_path ("full-three-levels-2024-2025.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) a = bs_assessment_load (path, NULL, &error);
  g_autoptr(BsAssessment) old = NULL;
  g_autofree char *found = NULL;
  g_autofree char *found_canonical = NULL;
  g_autofree char *old_canonical = NULL;
  BsBaseline *baseline;
  GListModel *actions;
  guint n_carried = 0;
  guint n_old_open = 0;
  guint n_old_done = 0;
  double score, target;

  g_assert_no_error (error);
  baseline = bs_assessment_get_baseline (a);
  g_assert_nonnull (baseline);
  g_assert_cmpstr (bs_baseline_get_path (baseline), ==, "full-three-levels-2024-2025.blendscan");
  /* A shipped file holds no path of the machine it was made on. */
  g_assert_null (bs_baseline_get_absolute_path (baseline));
  found = bs_baseline_find_file (baseline, path);
  g_assert_nonnull (found);
  found_canonical = g_canonicalize_filename (found, NULL);
  old_canonical = g_canonicalize_filename (old_path, NULL);
  g_assert_cmpstr (found_canonical, ==, old_canonical);

  old = bs_assessment_load (old_path, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (bs_assessment_get_baseline (old));
  g_assert_cmpstr (bs_baseline_get_title (baseline), ==, bs_assessment_get_title (old));
  g_assert_cmpstr (bs_baseline_get_date (baseline), ==, bs_assessment_get_date (old));
  g_assert_cmpstr (bs_assessment_get_unit (old), ==, bs_assessment_get_unit (a));

  /* The embedded scores are the old file's scores, and the levels moved. */
  for (guint i = 0; i < 3; i++)
    {
      const char *level = (const char *[]) { "course", "programme", "institution" }[i];
      g_autoptr(BsLevelScores) then = bs_level_scores_new (old, level, NULL);
      g_autoptr(BsLevelScores) now = bs_level_scores_new (a, level, NULL);

      g_assert_true (bs_baseline_get_level_score (baseline, level, &score, &target));
      g_assert_cmpfloat_with_epsilon (score, then->score.score, 0.001);
      g_assert_cmpfloat (now->score.score, >, score);
    }

  actions = bs_baseline_get_actions (baseline);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);

      if (bs_action_is_open (action))
        n_old_open++;
      else if (bs_action_get_status (action) == BS_ACTION_DONE)
        n_old_done++;
    }
  g_assert_cmpuint (n_old_open, >=, 3);
  g_assert_cmpuint (n_old_done, >=, 1);

  actions = bs_assessment_get_actions (a);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) action = g_list_model_get_item (actions, i);

      if (!bs_action_get_carried_over (action))
        continue;
      n_carried++;
      g_assert_cmpstr (bs_action_get_carried_from_title (action), ==, bs_assessment_get_title (old));
      g_assert_cmpuint (bs_action_get_n_changes (action), >=, 2);
      g_assert_nonnull (bs_action_get_statement_ids (action)[0]);
    }
  g_assert_cmpuint (n_carried, ==, 3);
}

static BsAssessment *
make_assessment (void)
{
  BsAssessment *a = bs_assessment_new (bs_framework_get_default ());
  const char *levels[] = { "course", "programme", NULL };
  g_autoptr(BsAction) action = bs_action_new ();
  BsAnswer *answer;
  BsDimensionNotes *notes;

  bs_assessment_set_title (a, "Zelfevaluatie <test> & \"quotes\"");
  bs_assessment_set_institution (a, "Hogeschool Test");
  bs_assessment_set_unit (a, "Bachelor Testkunde");
  bs_assessment_set_unit_level (a, "programme");
  bs_assessment_set_levels (a, levels);
  bs_assessment_set_date (a, "2026-11-25");
  bs_assessment_set_facilitator (a, "Anne de Vries");
  bs_assessment_add_participant (a, "Bram Jansen", "Docent");
  bs_assessment_add_participant (a, "Chris Öztürk", NULL);

  bs_assessment_set_value (a, "course.flexibility.1", 3);
  bs_assessment_set_value (a, "course.flexibility.2", BS_VALUE_NOT_APPLICABLE);
  bs_assessment_set_value (a, "course.flexibility.5", BS_VALUE_UNKNOWN);
  answer = bs_assessment_get_answer (a, "programme.experience.1");
  bs_answer_set_value (answer, 1);
  bs_answer_set_target (answer, 3);
  bs_answer_set_note (answer, "Regel één\nRegel twee met ë en &");
  bs_answer_set_evidence (answer, "https://intranet.example.nl/oer?jaar=2026&versie=2");

  notes = bs_assessment_get_dimension_notes (a, "course", "interaction");
  bs_dimension_notes_set_summary (notes, "Samenvatting");
  bs_dimension_notes_set_improvements (notes, "Meer peerfeedback");

  bs_action_set_description (action, "Rooster aanpassen");
  bs_action_set_level_id (action, "programme");
  bs_action_set_dimension_id (action, "flexibility");
  bs_action_set_owner (action, "Opleidingsmanager");
  bs_action_set_due (action, "2027-02-01");
  bs_action_set_status (action, BS_ACTION_IN_PROGRESS);
  bs_assessment_add_action (a, action);

  bs_assessment_set_reflection (a, "environments.more", "De beroepspraktijk.");

  return a;
}

static void
test_round_trip (void)
{
  g_autoptr(BsAssessment) a = make_assessment ();
  g_autoptr(BsAssessment) b = NULL;
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "round trip.blendscan", NULL);
  g_autofree char *path2 = g_build_filename (dir, "again.blendscan", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAction) action = NULL;
  g_autoptr(BsParticipant) participant = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  BsAnswer *answer;
  BsDimensionNotes *notes;

  g_assert_true (bs_assessment_save (a, path, &error));
  g_assert_no_error (error);

  b = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (bs_assessment_get_title (b), ==, "Zelfevaluatie <test> & \"quotes\"");
  g_assert_cmpstr (bs_assessment_get_institution (b), ==, "Hogeschool Test");
  g_assert_cmpstr (bs_assessment_get_unit (b), ==, "Bachelor Testkunde");
  g_assert_cmpstr (bs_assessment_get_unit_level (b), ==, "programme");
  g_assert_cmpstr (bs_assessment_get_date (b), ==, "2026-11-25");
  g_assert_cmpstr (bs_assessment_get_facilitator (b), ==, "Anne de Vries");
  g_assert_true (bs_assessment_includes_level (b, "course"));
  g_assert_true (bs_assessment_includes_level (b, "programme"));
  g_assert_false (bs_assessment_includes_level (b, "institution"));

  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_participants (b)), ==, 2);
  participant = g_list_model_get_item (bs_assessment_get_participants (b), 1);
  g_assert_cmpstr (bs_participant_get_name (participant), ==, "Chris Öztürk");
  g_assert_null (bs_participant_get_role (participant));

  g_assert_cmpint (bs_answer_get_value (bs_assessment_lookup_answer (b, "course.flexibility.1")), ==, 3);
  g_assert_cmpint (bs_answer_get_value (bs_assessment_lookup_answer (b, "course.flexibility.2")), ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpint (bs_answer_get_value (bs_assessment_lookup_answer (b, "course.flexibility.5")), ==, BS_VALUE_UNKNOWN);
  g_assert_null (bs_assessment_lookup_answer (b, "course.flexibility.4"));
  answer = bs_assessment_lookup_answer (b, "programme.experience.1");
  g_assert_cmpint (bs_answer_get_value (answer), ==, 1);
  g_assert_cmpuint (bs_answer_get_target (answer), ==, 3);
  g_assert_cmpstr (bs_answer_get_note (answer), ==, "Regel één\nRegel twee met ë en &");
  g_assert_cmpstr (bs_answer_get_evidence (answer), ==, "https://intranet.example.nl/oer?jaar=2026&versie=2");

  notes = bs_assessment_get_dimension_notes (b, "course", "interaction");
  g_assert_cmpstr (bs_dimension_notes_get_summary (notes), ==, "Samenvatting");
  g_assert_null (bs_dimension_notes_get_strengths (notes));
  g_assert_cmpstr (bs_dimension_notes_get_improvements (notes), ==, "Meer peerfeedback");

  action = g_list_model_get_item (bs_assessment_get_actions (b), 0);
  g_assert_cmpstr (bs_action_get_description (action), ==, "Rooster aanpassen");
  g_assert_cmpstr (bs_action_get_dimension_id (action), ==, "flexibility");
  g_assert_cmpstr (bs_action_get_due (action), ==, "2027-02-01");
  g_assert_cmpint (bs_action_get_status (action), ==, BS_ACTION_IN_PROGRESS);

  g_assert_cmpstr (bs_assessment_get_reflection (b, "environments.more"), ==, "De beroepspraktijk.");

  /* Nothing changed: the same bytes. */
  g_assert_true (bs_assessment_save (b, path2, &error));
  first = bs_test_read_bytes (path);
  second = bs_test_read_bytes (path2);
  g_assert_true (g_bytes_equal (first, second));

  g_unlink (path);
  g_unlink (path2);
  g_rmdir (dir);
}

static void
test_save_backup_and_unchanged (void)
{
  g_autoptr(BsAssessment) a = make_assessment ();
  g_autofree char *dir = bs_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "a.blendscan", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) v1 = NULL;
  g_autoptr(GBytes) b1 = NULL;
  GStatBuf before, after;

  g_assert_true (bs_assessment_save (a, path, &error));
  g_assert_no_error (error);
  v1 = bs_test_read_bytes (path);

  /* Saving unchanged content writes nothing at all. */
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_assert_true (bs_assessment_save (a, path, &error));
  g_assert_cmpint (g_stat (path, &after), ==, 0);
  g_assert_cmpuint (before.st_ino, ==, after.st_ino);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  /* A real change replaces the file and keeps the previous one. */
  bs_assessment_set_value (a, "course.interaction.1", 4);
  g_assert_true (bs_assessment_save (a, path, &error));
  g_assert_no_error (error);
  b1 = bs_test_read_bytes (backup);
  g_assert_true (g_bytes_equal (v1, b1));

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* Runs as an unprivileged user in a subprocess, since root may write to a
 * read-only folder and the test would prove nothing. */
static void
test_failed_save_keeps_original (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  if (g_test_subprocess ())
    {
      g_autoptr(BsAssessment) a = NULL;
      g_autoptr(GError) error = NULL;

      if (getuid () == 0)
        g_assert_true (setgid (65534) == 0 && setuid (65534) == 0);

      a = bs_assessment_load (g_getenv ("BS_TEST_PATH"), NULL, &error);
      g_assert_no_error (error);
      bs_assessment_set_title (a, "Changed in a read-only folder");
      g_assert_false (bs_assessment_save (a, g_getenv ("BS_TEST_PATH"), &error));
      g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "ro.blendscan"));
      g_assert_nonnull (strstr (error->message, "not changed"));
      g_print ("%s\n", error->message);
      return;
    }

  dir = bs_test_make_tmpdir ();
  path = g_build_filename (dir, "ro.blendscan", NULL);
  {
    g_autoptr(BsAssessment) a = make_assessment ();
    g_autoptr(GError) error = NULL;

    g_assert_true (bs_assessment_save (a, path, &error));
  }
  before = bs_test_read_bytes (path);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_setenv ("BS_TEST_PATH", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*Could not save*");

  after = bs_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, ==, 1);

  g_chmod (dir, 0755);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_changed_signal (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  g_autoptr(BsAction) action = bs_action_new ();
  guint count = 0;

  g_signal_connect (a, "changed", G_CALLBACK (count_changes_cb), &count);

  bs_assessment_set_value (a, "course.flexibility.1", 2);
  g_assert_cmpuint (count, ==, 1);
  bs_assessment_set_value (a, "course.flexibility.1", 2);
  g_assert_cmpuint (count, ==, 1);
  bs_answer_set_note (bs_assessment_get_answer (a, "course.flexibility.1"), "x");
  g_assert_cmpuint (count, ==, 2);
  bs_assessment_set_title (a, "T");
  bs_assessment_set_title (a, "T");
  g_assert_cmpuint (count, ==, 3);
  bs_assessment_add_action (a, action);
  g_assert_cmpuint (count, ==, 4);
  bs_action_set_owner (action, "Ann");
  g_assert_cmpuint (count, ==, 5);
  bs_dimension_notes_set_strengths (bs_assessment_get_dimension_notes (a, "course", "experience"), "s");
  g_assert_cmpuint (count, ==, 6);
  bs_assessment_set_reflection (a, "environments.use", "r");
  bs_assessment_set_reflection (a, "environments.use", "r");
  g_assert_cmpuint (count, ==, 7);
}

static void
answer_changed_cb (BsAssessment *assessment,
                   BsAnswer     *answer,
                   GString      *log)
{
  g_string_append_printf (log, "%s;", bs_answer_get_statement_id (answer));
}

static void
reflection_changed_cb (BsAssessment *assessment,
                       const char   *question_id,
                       GString      *log)
{
  g_string_append_printf (log, "%s;", question_id);
}

/* ::answer-changed is detailed by the answer's property, so that a score
 * listens to the stages without hearing every keystroke in a note. */
static void
test_answer_changed_signal (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  g_autoptr(GString) values = g_string_new (NULL);
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GString) reflections = g_string_new (NULL);

  g_signal_connect (a, "answer-changed::value", G_CALLBACK (answer_changed_cb), values);
  g_signal_connect (a, "answer-changed", G_CALLBACK (answer_changed_cb), all);
  g_signal_connect (a, "reflection-changed", G_CALLBACK (reflection_changed_cb), reflections);

  bs_answer_set_note (bs_assessment_get_answer (a, "course.flexibility.1"), "x");
  bs_assessment_set_value (a, "course.flexibility.2", 2);
  bs_assessment_set_value (a, "course.flexibility.2", 2);
  bs_answer_set_target (bs_assessment_get_answer (a, "course.flexibility.5"), 4);
  g_assert_cmpstr (values->str, ==, "course.flexibility.2;");
  g_assert_cmpstr (all->str, ==, "course.flexibility.1;course.flexibility.2;course.flexibility.5;");

  bs_assessment_set_reflection (a, "environments.use", "r");
  bs_assessment_set_reflection (a, "environments.use", "r");
  bs_assessment_set_reflection (a, "environments.use", NULL);
  g_assert_cmpstr (reflections->str, ==, "environments.use;environments.use;");
}

static void
count_changed_cb (gpointer  object,
                  guint    *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* The owner hears of an answer's changes through a hook, not a handler
 * (bs-answer-private.h): it must respect frozen notification, and an
 * answer someone still holds (a widget, the undo history) must stay usable
 * after its assessment or respondent is gone. */
static void
test_answer_watch (void)
{
  BsAssessment *a = bs_assessment_new (bs_framework_get_default ());
  g_autoptr(BsAnswer) kept = NULL;
  g_autoptr(BsAnswer) kept_respondent = NULL;
  BsRespondent *r;
  guint count = 0, notified = 0;

  g_signal_connect (a, "changed", G_CALLBACK (count_changed_cb), &count);
  kept = g_object_ref (bs_assessment_get_answer (a, "course.flexibility.1"));
  g_signal_connect (kept, "notify", G_CALLBACK (count_notify_cb), &notified);

  g_object_freeze_notify (G_OBJECT (kept));
  bs_answer_set_value (kept, 2);
  bs_answer_set_note (kept, "x");
  g_assert_cmpuint (count, ==, 0);
  g_object_thaw_notify (G_OBJECT (kept));
  g_assert_cmpuint (count, ==, 2);
  g_assert_cmpuint (notified, ==, 2);

  r = bs_respondent_new ("r001", "Ada", BS_ROLE_TEACHER);
  g_assert_true (bs_team_add_respondent (bs_assessment_get_team (a), r, NULL));
  kept_respondent = g_object_ref (bs_respondent_get_answer (r, "course.flexibility.1"));
  bs_answer_set_value (kept_respondent, 3);
  g_assert_cmpuint (count, ==, 4); /* the respondent, then the team's own changes */
  g_object_unref (r);

  g_object_unref (a);
  bs_answer_set_value (kept, 3);
  bs_answer_set_value (kept_respondent, 1);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpint (bs_answer_get_value (kept_respondent), ==, 1);
}

static void
test_levels_follow_framework_order (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  const char *given[] = { "institution", "course", NULL };
  const char * const *levels;

  g_assert_cmpuint (g_strv_length ((char **) bs_assessment_get_levels (a)), ==, 3);
  bs_assessment_set_levels (a, given);
  levels = bs_assessment_get_levels (a);
  g_assert_cmpstr (levels[0], ==, "course");
  g_assert_cmpstr (levels[1], ==, "institution");
  g_assert_null (levels[2]);
}

static void
test_actions_reorder (void)
{
  g_autoptr(BsAssessment) a = bs_assessment_new (bs_framework_get_default ());
  GListModel *actions = bs_assessment_get_actions (a);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(BsAction) action = bs_action_new ();
      g_autofree char *d = g_strdup_printf ("A%u", i);

      bs_action_set_description (action, d);
      bs_assessment_add_action (a, action);
    }

  bs_assessment_move_action (a, 0, 2);
  {
    g_autoptr(BsAction) first = g_list_model_get_item (actions, 0);
    g_autoptr(BsAction) last = g_list_model_get_item (actions, 2);

    g_assert_cmpstr (bs_action_get_description (first), ==, "A1");
    g_assert_cmpstr (bs_action_get_description (last), ==, "A0");
  }
  bs_assessment_remove_action (a, 1);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/assessment/examples/stable", test_examples_are_stable);
  g_test_add_func ("/assessment/examples/contents", test_example_contents);
  g_test_add_func ("/assessment/examples/complete", test_examples_are_complete);
  g_test_add_func ("/assessment/examples/baseline", test_example_baseline);
  g_test_add_func ("/assessment/framework-version/1.0-fixture", test_version_1_0_fixture);
  g_test_add_func ("/assessment/framework-version/new-uses-newest", test_new_uses_newest);
  g_test_add_func ("/assessment/round-trip", test_round_trip);
  g_test_add_func ("/assessment/save/backup-and-unchanged", test_save_backup_and_unchanged);
  g_test_add_func ("/assessment/save/read-only-folder", test_failed_save_keeps_original);
  g_test_add_func ("/assessment/changed-signal", test_changed_signal);
  g_test_add_func ("/assessment/answer-changed-signal", test_answer_changed_signal);
  g_test_add_func ("/assessment/answer-watch", test_answer_watch);
  g_test_add_func ("/assessment/levels/framework-order", test_levels_follow_framework_order);
  g_test_add_func ("/assessment/actions/reorder", test_actions_reorder);

  return g_test_run ();
}
