/* test-app-logic.c: the app's display logic, undo stack and recovery copies, without widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <math.h>

#include <locale.h>
#include <math.h>
#include <string.h>

#include <gdk/gdk.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <utime.h>
#include <string.h>

#include "bs-date-format.h"
#include "bs-display.h"
#include "bs-file-stamp.h"
#include "bs-recovery.h"
#include "bs-report-strings.h"
#include "bs-undo-stack.h"
#include "bs-test-common.h"

static BsAssessment *
new_assessment (void)
{
  BsAssessment *assessment = bs_assessment_new (bs_framework_get_default ());

  bs_assessment_set_title (assessment, "Test");
  bs_assessment_set_levels (assessment, (const char * const []) { "course", NULL });

  return assessment;
}

static const char *
first_statement_id (BsAssessment *assessment,
                    guint         n)
{
  BsLevel *level = bs_framework_lookup_level (bs_assessment_get_framework (assessment), "course");
  g_autoptr(BsDimension) dimension = g_list_model_get_item (bs_level_get_dimensions (level), 0);
  g_autoptr(BsStatement) statement = g_list_model_get_item (bs_dimension_get_statements (dimension), n);

  return bs_statement_get_id (statement);
}

static void
test_progress_text (void)
{
  g_autofree char *a = bs_display_progress_text (3, 5);
  g_autofree char *b = bs_display_progress_text (0, 0);

  g_assert_cmpstr (a, ==, "3/5");
  g_assert_cmpstr (b, ==, "0/0");
}

static void
test_score_text (void)
{
  BsScore none = { 0, 0, 2, 5 };
  BsScore some = { 2.25, 4, 4, 5 };
  g_autofree char *a = bs_display_score_text (&none);
  g_autofree char *b = bs_display_score_text (&some);

  g_assert_cmpstr (a, ==, "–");
  g_assert_cmpstr (b, ==, "2.2");
}

/* The sidebar's short count keeps N/A and "don't know" apart from the
 * answers with a score. */
static void
test_score_progress_text (void)
{
  BsScore all_scored = { 2.5, 4, 4, 5 };
  BsScore some = { 2.5, 3, 5, 5 };
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  a = bs_display_score_progress_text (&all_scored);
  g_assert_cmpstr (a, ==, "4/5");
  some.not_applicable = 1;
  b = bs_display_score_progress_text (&some);
  g_assert_cmpstr (b, ==, "5/5 · 1 N/A");
  some.unknown = 1;
  c = bs_display_score_progress_text (&some);
  g_assert_cmpstr (c, ==, "5/5 · 1 N/A · 1 ?");
}

/* Which next step a card shows: from the chosen stage, from the first
 * while none is chosen, none from the top or without a stage. */
static void
test_next_step_from (void)
{
  g_assert_cmpuint (bs_display_next_step_from (BS_VALUE_NONE, 4), ==, 1);
  for (int v = 1; v <= 3; v++)
    g_assert_cmpuint (bs_display_next_step_from (v, 4), ==, (guint) v);
  g_assert_cmpuint (bs_display_next_step_from (4, 4), ==, 0);
  g_assert_cmpuint (bs_display_next_step_from (BS_VALUE_NOT_APPLICABLE, 4), ==, 0);
  g_assert_cmpuint (bs_display_next_step_from (BS_VALUE_UNKNOWN, 4), ==, 0);
  /* a scale of one stage has nowhere to go */
  g_assert_cmpuint (bs_display_next_step_from (BS_VALUE_NONE, 1), ==, 0);
}

/* A gap always has its sign (a real minus), one decimal in the
 * interface's language, and says the same as the report's. */
static void
test_gap_text (void)
{
  const double gaps[] = { 1.25, -0.5, 0.0, 0.04, 3 };
  const char *en[] = { "+1.2", "−0.5", "0.0", "0.0", "+3.0" };
  const char *nl[] = { "+1,2", "−0,5", "0,0", "0,0", "+3,0" };
  g_autofree char *none = bs_display_gap_text (NAN);

  g_assert_cmpstr (none, ==, "–");
  for (guint l = 0; l < 2; l++)
    {
      g_setenv ("LANGUAGE", l == 0 ? "en" : "nl", TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (gaps); i++)
        {
          g_autofree char *text = bs_display_gap_text (gaps[i]);
          g_autofree char *report = _bs_report_format_signed (gaps[i], l == 0 ? "en" : "nl");

          g_assert_cmpstr (text, ==, l == 0 ? en[i] : nl[i]);
          g_assert_cmpstr (text, ==, report);
        }
    }
  g_setenv ("LANGUAGE", "en", TRUE);
}

/* Numbers in the interface's language, by the rule the render library's
 * Dutch report follows: a decimal comma in Dutch, whatever LC_NUMERIC
 * says, so the app and its report never disagree. */
static void
test_decimal_language (void)
{
  BsScore some = { 2.4, 4, 4, 5 };
  g_autofree char *previous = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autofree char *nl = NULL;
  g_autofree char *nl_report = NULL;
  g_autofree char *nl_two = NULL;
  g_autofree char *en = NULL;
  g_autofree char *en_report = NULL;

  g_setenv ("LANGUAGE", "nl", TRUE);
  g_assert_cmpstr (bs_default_language (), ==, "nl");
  nl = bs_display_score_text (&some);
  nl_report = _bs_report_format_score (some.score, "nl");
  nl_two = bs_display_decimal (2.45, 2);
  g_assert_cmpstr (nl, ==, "2,4");
  g_assert_cmpstr (nl, ==, nl_report);
  g_assert_cmpstr (nl_two, ==, "2,45");

  g_setenv ("LANGUAGE", "en", TRUE);
  en = bs_display_score_text (&some);
  en_report = _bs_report_format_score (some.score, "en");
  g_assert_cmpstr (en, ==, "2.4");
  g_assert_cmpstr (en, ==, en_report);

  /* A Dutch locale (LC_ALL=nl_NL.UTF-8, printf's "%.1f" gives "2,4"):
   * the language still decides. */
  if (setlocale (LC_NUMERIC, "nl_NL.UTF-8") != NULL)
    {
      g_autofree char *en_in_nl = bs_display_score_text (&some);
      g_autofree char *nl_in_nl = NULL;

      g_assert_cmpstr (en_in_nl, ==, "2.4");
      g_setenv ("LANGUAGE", "nl", TRUE);
      nl_in_nl = bs_display_score_text (&some);
      g_assert_cmpstr (nl_in_nl, ==, "2,4");
      setlocale (LC_NUMERIC, previous);
    }
  else
    g_test_message ("no nl_NL.UTF-8 locale: LC_NUMERIC not tried");

  g_unsetenv ("LANGUAGE");
}

static void
test_buttons (void)
{
  for (int v = 1; v <= 4; v++)
    {
      g_assert_cmpint (bs_display_button_for_value (v, 4), ==, v - 1);
      g_assert_cmpint (bs_display_value_for_button (v - 1, 4), ==, v);
    }

  g_assert_cmpint (bs_display_button_for_value (BS_VALUE_NOT_APPLICABLE, 4), ==, 4);
  g_assert_cmpint (bs_display_button_for_value (BS_VALUE_UNKNOWN, 4), ==, 5);
  g_assert_cmpint (bs_display_button_for_value (BS_VALUE_NONE, 4), ==, -1);
  g_assert_cmpint (bs_display_button_for_value (5, 4), ==, -1);
  g_assert_cmpint (bs_display_value_for_button (4, 4), ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpint (bs_display_value_for_button (5, 4), ==, BS_VALUE_UNKNOWN);
  g_assert_cmpint (bs_display_value_for_button (6, 4), ==, BS_VALUE_NONE);
  g_assert_cmpint (bs_display_value_for_button (-1, 4), ==, BS_VALUE_NONE);
}

static void
test_keys (void)
{
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_1, 4), ==, 1);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_4, 4), ==, 4);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_KP_2, 4), ==, 2);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_5, 4), ==, BS_VALUE_NONE);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_5, 5), ==, 5);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_0, 4), ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_n, 4), ==, BS_VALUE_NOT_APPLICABLE);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_d, 4), ==, BS_VALUE_UNKNOWN);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_a, 4), ==, BS_VALUE_NONE);
  g_assert_cmpint (bs_display_value_for_key (GDK_KEY_Up, 4), ==, BS_VALUE_NONE);
}

static void
test_titles (void)
{
  g_autofree char *clean = bs_display_title ("Scan", FALSE);
  g_autofree char *dirty = bs_display_title ("Scan", TRUE);
  g_autofree char *untitled = bs_display_title (NULL, FALSE);
  g_autofree char *sub_saved = bs_display_subtitle ("/tmp/a/scan.blendscan", FALSE);
  g_autofree char *sub_dirty = bs_display_subtitle ("/tmp/a/scan.blendscan", TRUE);
  g_autofree char *sub_new = bs_display_subtitle (NULL, TRUE);

  g_assert_cmpstr (clean, ==, "Scan");
  g_assert_cmpstr (dirty, ==, "• Scan");
  g_assert_cmpstr (untitled, ==, "Untitled Assessment");
  g_assert_cmpstr (sub_saved, ==, "scan.blendscan");
  g_assert_true (g_str_has_prefix (sub_dirty, "scan.blendscan"));
  g_assert_true (strstr (sub_dirty, "unsaved") != NULL);
  g_assert_cmpstr (sub_new, ==, "Not saved");
}

static void
test_dates (void)
{
  g_assert_true (bs_display_is_iso_date ("2026-11-25"));
  g_assert_true (bs_display_is_iso_date ("2024-02-29"));
  g_assert_false (bs_display_is_iso_date ("2025-02-29"));
  g_assert_false (bs_display_is_iso_date ("2026-13-01"));
  g_assert_false (bs_display_is_iso_date ("25-11-2026"));
  g_assert_false (bs_display_is_iso_date ("2026-1-5"));
  g_assert_false (bs_display_is_iso_date ("2026-11-25x"));
  g_assert_false (bs_display_is_iso_date (""));
}

/* The statement an undo (or redo) changed back, or "" for none. */
static const char *
undo (BsUndoStack *stack)
{
  const char *id = NULL;
  int position = 0;

  if (!bs_undo_stack_undo (stack, &id, &position))
    return "";
  g_assert_cmpint (position, ==, -1);
  return id;
}

static const char *
redo (BsUndoStack *stack)
{
  const char *id = NULL;
  int position = 0;

  if (!bs_undo_stack_redo (stack, &id, &position))
    return "";
  g_assert_cmpint (position, ==, -1);
  return id;
}

/* Respondents added in one group leave and come back together; an answer
 * given before them is a step of its own, and stays. */
static void
test_undo_respondents (void)
{
  g_autoptr(BsAssessment) assessment = new_assessment ();
  g_autoptr(BsUndoStack) stack = bs_undo_stack_new (assessment);
  BsTeam *team = bs_assessment_get_team (assessment);
  const char *a = first_statement_id (assessment, 0);
  g_autoptr(BsRespondent) anna = bs_respondent_new ("r-anna", "Anna", "teacher");
  g_autoptr(BsRespondent) bert = bs_respondent_new ("r-bert", "Bert", "student");
  BsRespondent *both[] = { anna, bert };

  bs_assessment_set_value (assessment, a, 2);
  bs_undo_stack_begin_group (stack);
  g_assert_true (bs_team_add_respondents (team, both, 2, NULL, NULL));
  bs_undo_stack_end_group (stack);
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, 2);

  g_assert_true (bs_undo_stack_undo (stack, NULL, NULL));
  g_assert_true (bs_undo_stack_get_changed_team (stack));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, 0);
  g_assert_false (bs_assessment_is_team (assessment));
  g_assert_cmpint (bs_answer_get_value (bs_assessment_get_answer (assessment, a)), ==, 2);

  g_assert_true (bs_undo_stack_redo (stack, NULL, NULL));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, 2);
  g_assert_true (bs_team_lookup_respondent (team, "r-anna") == anna);

  /* A removal outside a group is a step of its own. */
  bs_team_remove_respondent (team, 0);
  g_assert_true (bs_undo_stack_undo (stack, NULL, NULL));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, 2);
  g_assert_true (bs_undo_stack_undo (stack, NULL, NULL));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, 0);
  g_assert_true (bs_undo_stack_undo (stack, NULL, NULL));
  g_assert_false (bs_undo_stack_get_changed_team (stack));
  g_assert_cmpint (bs_answer_get_value (bs_assessment_get_answer (assessment, a)), ==, BS_VALUE_NONE);
}

static void
test_undo_redo (void)
{
  g_autoptr(BsAssessment) assessment = new_assessment ();
  g_autoptr(BsUndoStack) stack = bs_undo_stack_new (assessment);
  const char *a = first_statement_id (assessment, 0);
  const char *b = first_statement_id (assessment, 1);
  BsAnswer *answer_a = bs_assessment_get_answer (assessment, a);

  g_assert_false (bs_undo_stack_get_can_undo (stack));
  g_assert_false (bs_undo_stack_get_can_redo (stack));
  g_assert_cmpstr (undo (stack), ==, "");

  bs_assessment_set_value (assessment, a, 2);
  bs_assessment_set_value (assessment, a, 3);
  bs_assessment_set_value (assessment, b, BS_VALUE_NOT_APPLICABLE);
  g_assert_true (bs_undo_stack_get_can_undo (stack));

  g_assert_cmpstr (undo (stack), ==, b);
  g_assert_cmpint (bs_answer_get_value (bs_assessment_get_answer (assessment, b)), ==, BS_VALUE_NONE);
  g_assert_cmpstr (undo (stack), ==, a);
  g_assert_cmpint (bs_answer_get_value (answer_a), ==, 2);
  g_assert_true (bs_undo_stack_get_can_redo (stack));

  g_assert_cmpstr (redo (stack), ==, a);
  g_assert_cmpint (bs_answer_get_value (answer_a), ==, 3);

  /* a new change drops what could be redone */
  bs_assessment_set_value (assessment, a, 1);
  g_assert_false (bs_undo_stack_get_can_redo (stack));
  g_assert_cmpstr (undo (stack), ==, a);
  g_assert_cmpint (bs_answer_get_value (answer_a), ==, 3);
  g_assert_cmpstr (undo (stack), ==, a);
  g_assert_cmpstr (undo (stack), ==, a);
  g_assert_cmpint (bs_answer_get_value (answer_a), ==, BS_VALUE_NONE);
  g_assert_false (bs_undo_stack_get_can_undo (stack));

  /* notes are not answer values: not recorded */
  bs_answer_set_note (answer_a, "x");
  g_assert_false (bs_undo_stack_get_can_undo (stack));

  bs_undo_stack_clear (stack);
  g_assert_false (bs_undo_stack_get_can_redo (stack));
}


static BsAction *
new_action (const char *description,
            const char *due)
{
  BsAction *action = bs_action_new ();

  bs_action_set_description (action, description);
  bs_action_set_owner (action, "Ann");
  bs_action_set_due (action, due);
  bs_action_set_level_id (action, "course");
  bs_action_set_dimension_id (action, "flexibility");
  bs_action_set_status (action, BS_ACTION_IN_PROGRESS);

  return action;
}

static const char *
nth_description (BsAssessment *assessment,
                 guint         n)
{
  g_autoptr(BsAction) action = g_list_model_get_item (bs_assessment_get_actions (assessment), n);

  return action != NULL ? bs_action_get_description (action) : NULL;
}

/* Undo takes the action plan back step by step: an edit, a move, a
 * deletion and an addition, each to its place with all its fields. */
/* A team's agreed stage is undone like an answer; its rationale is text,
 * edited in place, and not recorded. Watching makes empty agreed answers
 * for every statement, which must not change the file. */
static void
test_undo_agreed (void)
{
  g_autofree char *path = bs_test_example_path ("team-bedrijfskunde.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = bs_assessment_load (path, NULL, &error);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(BsUndoStack) stack = NULL;
  const char *id = "programme.flexibility.6";
  BsTeam *team;
  BsAgreedAnswer *agreed;
  int was;

  g_assert_no_error (error);
  team = bs_assessment_get_team (assessment);
  before = bs_assessment_to_bytes (assessment);
  stack = bs_undo_stack_new (assessment);
  after = bs_assessment_to_bytes (assessment);
  g_assert_true (g_bytes_equal (before, after));

  agreed = bs_team_get_agreed (team, id);
  was = bs_agreed_answer_get_value (agreed);
  g_assert_cmpint (was, !=, 1);
  bs_team_set_agreed_value (team, id, 1);
  bs_team_set_agreed_value (team, id, BS_VALUE_NOT_APPLICABLE);
  bs_agreed_answer_set_rationale (agreed, "Besproken");

  g_assert_cmpstr (undo (stack), ==, id);
  g_assert_cmpint (bs_agreed_answer_get_value (agreed), ==, 1);
  g_assert_cmpstr (undo (stack), ==, id);
  g_assert_cmpint (bs_agreed_answer_get_value (agreed), ==, was);
  g_assert_false (bs_undo_stack_get_can_undo (stack));
  g_assert_cmpstr (bs_agreed_answer_get_rationale (agreed), ==, "Besproken");

  g_assert_cmpstr (redo (stack), ==, id);
  g_assert_cmpint (bs_agreed_answer_get_value (agreed), ==, 1);

  /* cleared is a change too, and undone */
  bs_team_set_agreed_value (team, id, BS_VALUE_NONE);
  g_assert_false (bs_undo_stack_get_can_redo (stack));
  g_assert_cmpstr (undo (stack), ==, id);
  g_assert_cmpint (bs_agreed_answer_get_value (agreed), ==, 1);
}

static void
test_undo_actions (void)
{
  g_autoptr(BsAssessment) assessment = new_assessment ();
  g_autoptr(BsAction) a = new_action ("A", "2027-01-01");
  g_autoptr(BsAction) b = new_action ("B", "2027-02-01");
  g_autoptr(BsAction) c = new_action ("C", "2027-03-01");
  g_autoptr(BsUndoStack) stack = NULL;
  GListModel *actions = bs_assessment_get_actions (assessment);
  const char *id = "x";
  int position = -2;

  bs_assessment_add_action (assessment, a);
  bs_assessment_add_action (assessment, b);
  bs_assessment_add_action (assessment, c);
  stack = bs_undo_stack_new (assessment);

  /* typing is one step; a dimension (level, then dimension) is one step */
  bs_action_set_description (b, "B1");
  bs_action_set_description (b, "B12");
  bs_action_set_level_id (b, "programme");
  bs_action_set_dimension_id (b, "curriculum");
  bs_action_set_status (b, BS_ACTION_DONE);
  bs_assessment_move_action (assessment, 0, 2);          /* B12 C A */
  bs_assessment_remove_action (assessment, 1);           /* B12 A */
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);

  g_assert_true (bs_undo_stack_undo (stack, &id, &position));   /* the deletion */
  g_assert_null (id);
  g_assert_cmpint (position, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);
  g_assert_cmpstr (nth_description (assessment, 1), ==, "C");
  g_assert_cmpstr (bs_action_get_due (c), ==, "2027-03-01");
  g_assert_cmpstr (bs_action_get_owner (c), ==, "Ann");
  g_assert_cmpint (bs_action_get_status (c), ==, BS_ACTION_IN_PROGRESS);

  g_assert_true (bs_undo_stack_undo (stack, &id, &position));   /* the move */
  g_assert_cmpint (position, ==, 0);
  g_assert_cmpstr (nth_description (assessment, 0), ==, "A");
  g_assert_cmpstr (nth_description (assessment, 1), ==, "B12");
  g_assert_cmpstr (nth_description (assessment, 2), ==, "C");

  g_assert_true (bs_undo_stack_undo (stack, &id, &position));   /* the status */
  g_assert_cmpint (position, ==, 1);
  g_assert_cmpint (bs_action_get_status (b), ==, BS_ACTION_IN_PROGRESS);
  g_assert_cmpstr (bs_action_get_dimension_id (b), ==, "curriculum");

  g_assert_true (bs_undo_stack_undo (stack, &id, &position));   /* the dimension */
  g_assert_cmpstr (bs_action_get_level_id (b), ==, "course");
  g_assert_cmpstr (bs_action_get_dimension_id (b), ==, "flexibility");
  g_assert_cmpstr (bs_action_get_description (b), ==, "B12");

  g_assert_true (bs_undo_stack_undo (stack, &id, &position));   /* the typing */
  g_assert_cmpstr (bs_action_get_description (b), ==, "B");
  g_assert_false (bs_undo_stack_get_can_undo (stack));

  /* and forward again, to the end */
  for (guint i = 0; i < 5; i++)
    g_assert_true (bs_undo_stack_redo (stack, NULL, NULL));
  g_assert_false (bs_undo_stack_get_can_redo (stack));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
  g_assert_cmpstr (nth_description (assessment, 0), ==, "B12");
  g_assert_cmpstr (nth_description (assessment, 1), ==, "A");
  g_assert_cmpint (bs_action_get_status (b), ==, BS_ACTION_DONE);

  /* an action added and undone is gone; redone, it is back with its fields */
  {
    g_autoptr(BsAction) d = new_action ("D", NULL);

    bs_assessment_add_action (assessment, d);
    g_assert_true (bs_undo_stack_undo (stack, &id, &position));
    g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
    g_assert_true (bs_undo_stack_redo (stack, &id, &position));
    g_assert_cmpint (position, ==, 2);
    g_assert_cmpstr (nth_description (assessment, 2), ==, "D");
  }

  /* A field written as its row goes away with the action (the due date
   * read when its field loses the focus): all of it undoes and redoes
   * without complaint, back to where it started. */
  {
    g_autoptr(BsAction) gone = g_list_model_get_item (actions, 0);
    guint steps = 0;

    bs_assessment_remove_action (assessment, 0);
    bs_action_set_owner (gone, "Late");
    while (bs_undo_stack_undo (stack, NULL, NULL))
      steps++;
    g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 3);
    g_assert_cmpstr (nth_description (assessment, 0), ==, "A");
    g_assert_cmpstr (nth_description (assessment, 1), ==, "B");
    g_assert_cmpstr (nth_description (assessment, 2), ==, "C");
    while (bs_undo_stack_redo (stack, NULL, NULL))
      steps--;
    g_assert_cmpuint (steps, ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
    g_assert_cmpstr (bs_action_get_owner (gone), ==, "Late");
  }

  /* answers and actions share one history */
  bs_assessment_set_value (assessment, first_statement_id (assessment, 0), 2);
  g_assert_cmpstr (undo (stack), ==, first_statement_id (assessment, 0));
  g_assert_true (bs_undo_stack_undo (stack, &id, &position));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 2);
}

static void
test_recovery (void)
{
  g_autoptr(BsAssessment) assessment = new_assessment ();
  g_autoptr(BsAssessment) restored = NULL;
  g_autoptr(GPtrArray) before = bs_recovery_list ();
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) gone = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bs_recovery_new_path ();
  g_autofree char *dir = bs_recovery_get_dir ();
  g_autofree char *original = NULL;
  const char *id = first_statement_id (assessment, 0);

  g_assert_true (g_str_has_prefix (path, dir));
  g_assert_true (g_str_has_prefix (dir, g_get_user_state_dir ()));

  bs_assessment_set_value (assessment, id, 4);
  g_assert_true (bs_recovery_write (assessment, path, "/somewhere/scan.blendscan", NULL, &error));
  g_assert_no_error (error);

  after = bs_recovery_list ();
  g_assert_cmpuint (after->len, ==, before->len + 1);
  {
    /* Private, rewritten in place without temporary files left over. */
    g_autofree char *source = g_strconcat (path, ".source", NULL);
    g_autoptr(GDir) listing = NULL;
    const char *name;
    struct stat st;

    g_assert_true (bs_recovery_write (assessment, path, "/somewhere/scan.blendscan", NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    g_assert_cmpint (g_stat (source, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    listing = g_dir_open (dir, 0, NULL);
    while ((name = g_dir_read_name (listing)) != NULL)
      g_assert_true (g_str_has_suffix (name, ".blendscan") || g_str_has_suffix (name, ".source"));
  }

  original = bs_recovery_get_original (path);
  g_assert_cmpstr (original, ==, "/somewhere/scan.blendscan");
  {
    g_autofree char *described = bs_recovery_describe (path);
    g_autofree char *unsaved_path = bs_recovery_new_path ();
    g_autofree char *unsaved = NULL;

    /* The dialog that offers it back names the file, or the title of one
     * that was never saved. */
    g_assert_cmpstr (described, ==, "“scan.blendscan”");
    bs_assessment_set_title (assessment, "Zelfevaluatie 2026");
    g_assert_true (bs_recovery_write (assessment, unsaved_path, NULL, NULL, &error));
    g_assert_no_error (error);
    unsaved = bs_recovery_describe (unsaved_path);
    g_assert_cmpstr (unsaved, ==, "“Zelfevaluatie 2026” (not saved yet)");
    bs_recovery_remove (unsaved_path);
  }

  restored = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (bs_answer_get_value (bs_assessment_get_answer (restored, id)), ==, 4);

  bs_recovery_remove (path);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  gone = bs_recovery_list ();
  g_assert_cmpuint (gone->len, ==, before->len);
}

/* The date entries ask the core's rule, so they refuse what the schema
 * refuses on reopen (these passed the entries' own check once). */
static void
test_dates_core_rule (void)
{
  g_assert_false (bs_display_is_iso_date ("-001-12-31"));
  g_assert_false (bs_display_is_iso_date ("+123-01-01"));
  g_assert_false (bs_display_is_iso_date (" 026-03-12"));
  g_assert_false (bs_display_is_iso_date ("0000-01-01"));
  g_assert_true (bs_display_is_iso_date ("0001-01-01"));
  g_assert_true (bs_display_is_iso_date ("9999-12-31"));
}

/* A recovery copy that does not open is never deleted: it is moved aside
 * (so it is not offered at every start), bytes unchanged, and the caller
 * learns where it is kept. */
static void
test_recovery_unopened (void)
{
  g_autoptr(GPtrArray) before = bs_recovery_list ();
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(BsAssessment) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = bs_recovery_new_path ();
  g_autofree char *dir = bs_recovery_get_dir ();
  g_autofree char *kept_dir = bs_recovery_get_kept_dir ();
  g_autofree char *kept = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *source = g_strconcat (path, ".source", NULL);
  g_autofree char *kept_source = NULL;
  const char *damaged = "<?xml version=\"1.0\"?>\n<assessment xmlns=\"urn:x-blendscan:assessment\" format=\"1\"><title>Half";

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, damaged, -1, &error));
  g_assert_true (g_file_set_contents (source, "/somewhere/scan.blendscan", -1, &error));
  g_assert_no_error (error);

  restored = bs_recovery_load (path, &kept, &error);
  g_assert_null (restored);
  g_assert_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TRUNCATED);
  g_assert_nonnull (kept);
  g_assert_true (g_str_has_prefix (kept, kept_dir));
  /* The message names the copy where it is now. */
  {
    g_autofree char *kept_name = g_filename_display_name (kept);

    g_assert_nonnull (strstr (error->message, kept_name));
  }

  g_assert_true (g_file_get_contents (kept, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, damaged);
  kept_source = g_strconcat (kept, ".source", NULL);
  g_assert_true (g_file_test (kept_source, G_FILE_TEST_IS_REGULAR));

  /* No longer offered at the next start. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  after = bs_recovery_list ();
  g_assert_cmpuint (after->len, ==, before->len);

  g_unlink (kept);
  g_unlink (kept_source);
}

/* What a screen reader hears for a chart: the level, its score, and every
 * dimension with its score or the lack of one. */
static void
test_level_summary (void)
{
  g_autofree char *path = bs_test_example_path ("digicoaches.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = bs_assessment_load (path, NULL, &error);
  g_autofree char *summary = NULL;

  g_assert_no_error (error);
  summary = bs_display_level_summary (assessment, "institution");
  g_assert_nonnull (summary);
  g_assert_true (g_str_has_prefix (summary, "Institution level: score "));
  g_assert_nonnull (strstr (summary, "Institutional strategy "));
  g_assert_nonnull (strstr (summary, " of 5 answered ("));
  g_assert_nonnull (strstr (summary, " scored)."));
  g_assert_null (bs_display_level_summary (assessment, "no-such-level"));

  /* A screen reader hears which answers have no score. */
  {
    g_autofree char *fixture = bs_test_fixture_path ("answered-na-unknown.blendscan");
    g_autoptr(BsAssessment) mixed = bs_assessment_load (fixture, NULL, &error);
    g_autofree char *text = NULL;

    g_assert_no_error (error);
    text = bs_display_level_summary (mixed, "course");
    g_assert_nonnull (strstr (text, "Flexibility 2.5, 4 of 5 answered (2 scored, 1 N/A, 1 don’t know)."));
    g_assert_nonnull (strstr (text, "Interaction: no score, 1 of 5 answered (0 scored, 1 N/A)."));
    g_assert_nonnull (strstr (text, "Experience: no score, 0 of 5 answered."));
  }
}

static const char * const dutch_months[] = {
  "januari", "februari", "maart", "april", "mei", "juni", "juli",
  "augustus", "september", "oktober", "november", "december",
  "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
  NULL
};

static const char * const english_months[] = {
  "January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December",
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  NULL
};

static void
assert_parses (const char         *text,
               BsDateOrder         order,
               const char * const *months,
               const char         *expected)
{
  g_autofree char *iso = bs_date_parse (text, order, months);
  g_autofree char *escaped = g_strescape (text, NULL);

  g_test_message ("\"%s\" → %s", escaped, iso != NULL ? iso : "(none)");
  g_assert_cmpstr (iso, ==, expected);
  if (expected != NULL)
    g_assert_true (bs_display_is_iso_date (iso));
}

static void
test_date_parse_dutch (void)
{
  const char *forms[] = {
    "01-03-2027", "1-3-2027", "1-3-27", "01/03/2027", "1.3.2027", "01 03 2027",
    "1 maart 2027", "1 Maart 2027", "  1 maart 2027 ", "1 mrt 2027", "1 mrt. 2027",
    "1 MRT 2027", "1e maart 2027", "maart 1, 2027", "2027-03-01", "2027-3-1",
  };
  const char *not_dates[] = {
    "", "  ", "maart", "maart 2027", "1 maart", "29-02-2027", "31-04-2027", "1-13-2027",
    "0-3-2027", "1-3-202", "1-3-20277", "2027-13-01", "2027-02-30", "1 foo 2027",
    "1 ma 2027", "1-3-2027-4", "één maart 2027", "1 maart 2027 12:00", "-1-3-2027",
    "+2027-03-01", "1\xff-3-2027",
  };

  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    assert_parses (forms[i], BS_DATE_ORDER_DMY, dutch_months, "2027-03-01");
  for (guint i = 0; i < G_N_ELEMENTS (not_dates); i++)
    assert_parses (not_dates[i], BS_DATE_ORDER_DMY, dutch_months, NULL);

  /* A leap day, and a month only its prefix names */
  assert_parses ("29-02-2028", BS_DATE_ORDER_DMY, dutch_months, "2028-02-29");
  assert_parses ("15 sept 2027", BS_DATE_ORDER_DMY, dutch_months, "2027-09-15");
  assert_parses ("31 december 2026", BS_DATE_ORDER_DMY, dutch_months, "2026-12-31");
  /* "ju" could be June or July */
  assert_parses ("1 ju 2027", BS_DATE_ORDER_DMY, dutch_months, NULL);
}

static void
test_date_parse_english (void)
{
  const char *american[] = {
    "03/01/2027", "3/1/2027", "3-1-2027", "March 1, 2027", "march 1 2027", "Mar 1, 2027",
    "1 March 2027", "1st March 2027", "March 1st, 2027", "2027-03-01",
  };

  for (guint i = 0; i < G_N_ELEMENTS (american); i++)
    assert_parses (american[i], BS_DATE_ORDER_MDY, english_months, "2027-03-01");

  /* British: the day first, as in Dutch */
  assert_parses ("01/03/2027", BS_DATE_ORDER_DMY, english_months, "2027-03-01");
  assert_parses ("13/01/2027", BS_DATE_ORDER_MDY, english_months, NULL);
  assert_parses ("2027/3/1", BS_DATE_ORDER_YMD, english_months, "2027-03-01");
  /* no month names at all: numbers still work */
  assert_parses ("1 March 2027", BS_DATE_ORDER_DMY, NULL, NULL);
  assert_parses ("01-03-2027", BS_DATE_ORDER_DMY, NULL, "2027-03-01");
}

static void
test_date_format (void)
{
  const char *dates[] = { "2027-03-01", "2026-12-31", "2028-02-29", "0999-01-09" };
  const struct { const char *format; BsDateOrder order; const char *expected; } cases[] = {
    { "%d-%m-%Y", BS_DATE_ORDER_DMY, "01-03-2027" },
    { "%d-%m-%y", BS_DATE_ORDER_DMY, "01-03-2027" },
    { "%m/%d/%Y", BS_DATE_ORDER_MDY, "03/01/2027" },
    { "%d.%m.%Y", BS_DATE_ORDER_DMY, "01.03.2027" },
    { "%Y-%m-%d", BS_DATE_ORDER_YMD, "2027-03-01" },
    { "%e/%m/%Y", BS_DATE_ORDER_DMY, "1/03/2027" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = bs_date_format ("2027-03-01", cases[i].format);

      g_assert_cmpstr (text, ==, cases[i].expected);
      g_assert_cmpint (bs_date_order_for_format (cases[i].format), ==, cases[i].order);

      /* What is shown reads back as the same date. */
      for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
        {
          g_autofree char *shown = bs_date_format (dates[d], cases[i].format);
          g_autofree char *back = bs_date_parse (shown, cases[i].order, dutch_months);

          g_assert_cmpstr (back, ==, dates[d]);
        }
    }

  g_assert_null (bs_date_format ("2027-02-30", "%d-%m-%Y"));
  g_assert_null (bs_date_format ("1-3-2027", "%d-%m-%Y"));
}

/* The locale's own forms, whatever the tests' locale is (C.UTF-8 here):
 * ISO dates and English names always work. */
static void
test_date_locale (void)
{
  g_autofree char *format = bs_date_locale_format ();
  g_autofree char *a = bs_date_locale_parse ("2027-03-01");
  g_autofree char *b = bs_date_locale_parse ("1 March 2027");
  g_autofree char *shown = bs_date_locale_format_date ("2027-03-01");
  g_autofree char *back = bs_date_locale_parse (shown);
  g_auto(GStrv) months = bs_date_locale_month_names ();

  g_assert_nonnull (strstr (format, "%m"));
  g_assert_cmpstr (a, ==, "2027-03-01");
  g_assert_cmpstr (b, ==, "2027-03-01");
  g_assert_cmpstr (back, ==, "2027-03-01");
  g_assert_cmpuint (g_strv_length (months) % 12, ==, 0);
  g_assert_true (g_strv_contains ((const char * const *) months, "December"));
}

/* The stamp a window compares before saving: the same file unchanged is
 * equal; new bytes, only a new modification time (same inode, same size),
 * or a deleted file all count as changed. */
static void
test_file_stamp (void)
{
  g_autofree char *dir = g_dir_make_tmp ("blendscan-stamp-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "x.blendscan", NULL);
  struct utimbuf past = { 978307200, 978307200 };
  BsFileStamp known;
  BsFileStamp again;

  g_assert_true (g_file_set_contents (path, "abc", -1, NULL));
  g_assert_cmpint (g_utime (path, &past), ==, 0);
  bs_file_stamp_read (&known, path);
  g_assert_true (known.exists);
  bs_file_stamp_read (&again, path);
  g_assert_true (bs_file_stamp_equal (&known, &again));
  g_assert_false (bs_file_stamp_changed (&known, path));

  /* Only the time moves. */
  past.modtime += 1;
  g_assert_cmpint (g_utime (path, &past), ==, 0);
  g_assert_true (bs_file_stamp_changed (&known, path));
  bs_file_stamp_read (&known, path);

  /* Same size, same time, other bytes, written by rename: a new inode. */
  g_assert_true (g_file_set_contents (path, "xyz", -1, NULL));
  g_assert_cmpint (g_utime (path, &past), ==, 0);
  g_assert_true (bs_file_stamp_changed (&known, path));
  bs_file_stamp_read (&known, path);

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_true (bs_file_stamp_changed (&known, path));
  bs_file_stamp_read (&again, path);
  g_assert_false (again.exists);
  g_assert_false (bs_file_stamp_changed (&again, path));

  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The recovery copy remembers which version of its original the work was
 * based on; copies without it (written before) still give their path. */
static void
test_recovery_stamp (void)
{
  g_autoptr(BsAssessment) assessment = new_assessment ();
  g_autofree char *path = bs_recovery_new_path ();
  g_autofree char *source = g_strconcat (path, ".source", NULL);
  g_autofree char *original = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  BsFileStamp stamp = { TRUE, 2049, 123456789012ULL, 4711, 1733312345, 999999999 };
  BsFileStamp read = { 0 };

  g_assert_true (bs_recovery_write (assessment, path, "/somewhere/scan.blendscan", &stamp, &error));
  g_assert_no_error (error);
  original = bs_recovery_get_original (path);
  g_assert_cmpstr (original, ==, "/somewhere/scan.blendscan");
  g_assert_true (bs_recovery_get_stamp (path, &read));
  g_assert_true (bs_file_stamp_equal (&stamp, &read));
  g_assert_cmpint (read.mtime_nsec, ==, 999999999);

  /* as written before there were stamps */
  g_assert_true (g_file_set_contents (source, "/somewhere/old.blendscan", -1, NULL));
  g_clear_pointer (&original, g_free);
  original = bs_recovery_get_original (path);
  g_assert_cmpstr (original, ==, "/somewhere/old.blendscan");
  g_assert_false (bs_recovery_get_stamp (path, &read));

  /* a broken stamp line is no stamp, and the path is still found */
  g_assert_true (g_file_set_contents (source, "stamp 1 2 x\n/somewhere/x.blendscan", -1, NULL));
  g_clear_pointer (&original, g_free);
  original = bs_recovery_get_original (path);
  g_assert_cmpstr (original, ==, "/somewhere/x.blendscan");
  g_assert_false (bs_recovery_get_stamp (path, &read));

  /* round trip of a file that did not exist */
  stamp = (BsFileStamp) { 0 };
  text = bs_file_stamp_to_string (&stamp);
  g_assert_true (bs_file_stamp_from_string (&read, text));
  g_assert_false (read.exists);
  g_assert_false (bs_file_stamp_from_string (&read, "1 2 3 4 5 6 7"));
  g_assert_false (bs_file_stamp_from_string (&read, "2 2 3 4 5 6"));

  bs_recovery_remove (path);
  g_assert_false (g_file_test (source, G_FILE_TEST_EXISTS));
}

/* A change says its way with a sign and an arrow, never by colour alone,
 * and in words for a screen reader. */
static void
test_change (void)
{
  g_autofree char *text = NULL;
  g_autofree char *spoken = NULL;

  g_assert_cmpint (bs_display_change (2.4, 2.0, &text, &spoken), ==, BS_SCORE_MOVE_DOWN);
  g_assert_cmpstr (text, ==, "−0.4 ▼");
  g_assert_cmpstr (spoken, ==, "down 0.4 since last cycle");
  g_assert_cmpstr (bs_display_change_css_class (BS_SCORE_MOVE_DOWN), ==, "change-down");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&spoken, g_free);

  g_assert_cmpint (bs_display_change (2.0, 2.6, &text, &spoken), ==, BS_SCORE_MOVE_UP);
  g_assert_cmpstr (text, ==, "+0.6 ▲");
  g_assert_cmpstr (spoken, ==, "up 0.6 since last cycle");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&spoken, g_free);

  /* as the scores read: 2.34 and 2.26 both show 2.3 */
  g_assert_cmpint (bs_display_change (2.34, 2.26, &text, &spoken), ==, BS_SCORE_MOVE_SAME);
  g_assert_cmpstr (text, ==, "±0.0");
  g_assert_cmpstr (spoken, ==, "unchanged since last cycle");
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&spoken, g_free);

  g_assert_cmpint (bs_display_change (NAN, 2.0, &text, &spoken), ==, BS_SCORE_MOVE_UNKNOWN);
  g_assert_null (text);
  g_assert_null (spoken);
  g_assert_null (bs_display_change_css_class (BS_SCORE_MOVE_UNKNOWN));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/display/progress-text", test_progress_text);
  g_test_add_func ("/app/display/score-text", test_score_text);
  g_test_add_func ("/app/display/score-progress-text", test_score_progress_text);
  g_test_add_func ("/app/display/decimal-language", test_decimal_language);
  g_test_add_func ("/app/display/gap-text", test_gap_text);
  g_test_add_func ("/app/display/buttons", test_buttons);
  g_test_add_func ("/app/display/change", test_change);
  g_test_add_func ("/app/display/next-step-from", test_next_step_from);
  g_test_add_func ("/app/display/keys", test_keys);
  g_test_add_func ("/app/display/titles", test_titles);
  g_test_add_func ("/app/display/dates", test_dates);
  g_test_add_func ("/app/date/parse-dutch", test_date_parse_dutch);
  g_test_add_func ("/app/date/parse-english", test_date_parse_english);
  g_test_add_func ("/app/date/format", test_date_format);
  g_test_add_func ("/app/date/locale", test_date_locale);
  g_test_add_func ("/app/undo/undo-redo", test_undo_redo);
  g_test_add_func ("/app/undo/actions", test_undo_actions);
  g_test_add_func ("/app/undo/agreed", test_undo_agreed);
  g_test_add_func ("/app/recovery/write-list-remove", test_recovery);
  g_test_add_func ("/app/recovery/stamp", test_recovery_stamp);
  g_test_add_func ("/app/recovery/unopened-is-kept", test_recovery_unopened);
  g_test_add_func ("/app/file-stamp/changed", test_file_stamp);
  g_test_add_func ("/app/undo/respondents", test_undo_respondents);
  g_test_add_func ("/app/display/dates-core-rule", test_dates_core_rule);
  g_test_add_func ("/app/display/level-summary", test_level_summary);

  return g_test_run ();
}
