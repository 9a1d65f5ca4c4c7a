/* test-review.c: the review meeting of a team file: its order, stepping, agreeing, undo and leaving, in real windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <math.h>
#include <string.h>

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif

#include "bs-radar-view.h"
#include "bs-review-window.h"
#include "bs-window.h"
#include "bs-test-gui.h"

static BsAssessment *
load_team (void)
{
  g_autofree char *path = bs_test_example_path ("team-bedrijfskunde.blendscan");
  g_autoptr(GError) error = NULL;
  BsAssessment *assessment = bs_assessment_load (path, NULL, &error);

  g_assert_no_error (error);
  return assessment;
}

/* The statement a meeting should start with: the largest standard
 * deviation of the level's statements. */
static double
largest_sd (const BsReviewSteps *steps,
            const char          *level_id)
{
  double largest = -1;

  for (guint i = 0; i < bs_review_steps_get_n_steps (steps); i++)
    {
      BsStatement *statement = bs_review_steps_get_statement (steps, i);
      const BsTeamStat *stat;

      if (statement == NULL || g_strcmp0 (bs_review_steps_get_level_id (steps, i), level_id) != 0)
        continue;
      stat = bs_team_stats_statement (bs_review_steps_get_stats (steps), bs_statement_get_id (statement), NULL);
      if (stat->n > 0)
        largest = MAX (largest, stat->sd);
    }

  return largest;
}

static void
test_steps (void)
{
  g_autoptr(BsAssessment) assessment = load_team ();
  g_autoptr(BsReviewSteps) steps = bs_review_steps_new (assessment);
  BsFramework *framework = bs_assessment_get_framework (assessment);
  BsLevel *level = bs_framework_lookup_level (framework, "programme");
  guint n_statements = 0, number, n;
  const BsTeamStat *first;
  g_autofree char *level_text = NULL;
  g_autofree char *statement_text = NULL;

  for (guint d = 0; d < g_list_model_get_n_items (bs_level_get_dimensions (level)); d++)
    {
      g_autoptr(BsDimension) dimension = g_list_model_get_item (bs_level_get_dimensions (level), d);

      n_statements += g_list_model_get_n_items (bs_dimension_get_statements (dimension));
    }

  /* one level: its radar, then every statement of it */
  g_assert_cmpuint (bs_review_steps_get_n_steps (steps), ==, 1 + n_statements);
  g_assert_cmpint (bs_review_steps_get_kind (steps, 0), ==, BS_REVIEW_STEP_LEVEL);
  g_assert_null (bs_review_steps_get_statement (steps, 0));
  g_assert_cmpstr (bs_review_steps_get_level_id (steps, 0), ==, "programme");
  g_assert_cmpuint (bs_review_steps_get_position (steps, 0, &n), ==, 0);
  g_assert_cmpuint (n, ==, n_statements);

  /* the most disputed first, and in falling order */
  g_assert_cmpint (bs_review_steps_get_kind (steps, 1), ==, BS_REVIEW_STEP_STATEMENT);
  first = bs_team_stats_statement (bs_review_steps_get_stats (steps),
                                   bs_statement_get_id (bs_review_steps_get_statement (steps, 1)), NULL);
  g_assert_cmpfloat (first->sd, ==, largest_sd (steps, "programme"));
  g_assert_true (first->disagreement);
  number = bs_review_steps_get_position (steps, 1, &n);
  g_assert_cmpuint (number, ==, 1);
  for (guint i = 2; i < bs_review_steps_get_n_steps (steps); i++)
    {
      const BsTeamStat *a = bs_team_stats_statement (bs_review_steps_get_stats (steps),
                                                     bs_statement_get_id (bs_review_steps_get_statement (steps, i - 1)),
                                                     NULL);
      const BsTeamStat *b = bs_team_stats_statement (bs_review_steps_get_stats (steps),
                                                     bs_statement_get_id (bs_review_steps_get_statement (steps, i)),
                                                     NULL);

      if (a->n > 0 && b->n > 0)
        g_assert_cmpfloat (a->sd, >=, b->sd);
      g_assert_cmpint (bs_review_steps_find_statement (steps, bs_statement_get_id (bs_review_steps_get_statement (steps, i))),
                       ==, (int) i);
    }
  g_assert_cmpint (bs_review_steps_find_statement (steps, "no.such.statement"), ==, -1);

  level_text = bs_review_steps_describe (steps, 0);
  g_assert_nonnull (strstr (level_text, "12 respondents"));
  g_assert_nonnull (strstr (level_text, "agreed on 7 of"));
  statement_text = bs_review_steps_describe (steps, 1);
  g_assert_true (g_str_has_prefix (statement_text, "12 respondents: "));
  g_assert_nonnull (strstr (statement_text, "the team disagrees"));
}

static BsReviewWindow *
find_review_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BS_IS_REVIEW_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
review_open (gpointer data)
{
  return find_review_window () != NULL;
}

static gboolean
review_gone (gpointer data)
{
  return find_review_window () == NULL;
}

/* A key as a user's: xdotool sends it through the X server to @window. */
static gboolean
xdotool_key (GtkWindow  *window,
             const char *key)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *program = g_find_program_in_path ("xdotool");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (program == NULL || g_getenv ("BS_TEST_NO_XDOTOOL") != NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;

  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  {
    const char *argv[] = { program, "windowfocus", "--sync", xid, "key", "--clearmodifiers", key, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 NULL, NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return TRUE;
#else
  return FALSE;
#endif
}

typedef struct
{
  BsReviewWindow *review;
  guint           step;
} StepWait;

static gboolean
at_step (gpointer data)
{
  StepWait *wait = data;

  return bs_review_window_get_step (wait->review) == wait->step;
}

/* Presses @key, or, without xdotool, activates @action: either way the
 * meeting must reach @step. */
static void
press (BsReviewWindow *review,
       const char     *key,
       const char     *action,
       guint           expected_step)
{
  StepWait wait = { review, expected_step };

  if (!xdotool_key (GTK_WINDOW (review), key))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), action, NULL));
  g_assert_true (bs_test_wait_until (at_step, &wait));
  bs_test_pump ();
}

typedef struct
{
  BsAgreedAnswer *agreed;
  int             value;
} AgreedWait;

static gboolean
agreed_is (gpointer data)
{
  AgreedWait *wait = data;

  return bs_agreed_answer_get_value (wait->agreed) == wait->value;
}

static void
press_for_agreed (BsReviewWindow *review,
                  const char     *key,
                  const char     *action,
                  GVariant       *param,
                  BsAgreedAnswer *agreed,
                  int             value)
{
  AgreedWait wait = { agreed, value };

  if (!xdotool_key (GTK_WINDOW (review), key))
    g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (review), action, param));
  else if (param != NULL)
    g_variant_unref (g_variant_ref_sink (param));
  g_assert_true (bs_test_wait_until (agreed_is, &wait));
  bs_test_pump ();
}

/* Every button says what it does to a screen reader: by its own text, or
 * by an accessible name where it shows an icon. */
static void
check_names (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));
      gboolean has_text = gtk_button_get_label (GTK_BUTTON (widget)) != NULL || GTK_IS_LABEL (child);

      if (!has_text && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        g_error ("a %s without a name", G_OBJECT_TYPE_NAME (widget));
    }
  if (GTK_IS_TEXT_VIEW (widget))
    g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY) ||
                   gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_names (child);
}

/* Nothing the meeting needs sticks out of the window. */
static void
check_inside (GtkWidget *widget,
              GtkWidget *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (window) + 0.5);
  g_assert_cmpfloat (bounds.size.width, >, 0);
}

static gboolean
is_bold (const GtkTextIter *iter)
{
  g_autoptr(GSList) tags = gtk_text_iter_get_tags (iter);

  for (GSList *l = tags; l != NULL; l = l->next)
    {
      int weight = PANGO_WEIGHT_NORMAL;
      gboolean set = FALSE;

      g_object_get (l->data, "weight", &weight, "weight-set", &set, NULL);
      if (set && weight >= PANGO_WEIGHT_BOLD)
        return TRUE;
    }

  return FALSE;
}

static void
test_meeting (void)
{
  g_autofree char *path = bs_test_example_path ("team-bedrijfskunde.blendscan");
  g_autofree char *single = bs_test_example_path ("marketingcommunicatie.blendscan");
  BsWindow *window;
  const BsReviewSteps *steps;
  BsReviewWindow *review;
  BsReviewStatement *page;
  BsReviewLevel *level_page;
  BsStatement *statement;
  BsAgreedAnswer *agreed;
  BsAssessment *assessment;
  const BsTeamStat *stat;
  GtkTextBuffer *buffer;
  int before, step_with_note = -1;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window ();
  /* Not for the assessment of one person. */
  g_assert_true (bs_window_open_path (window, single));
  bs_test_pump ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.review-meeting", NULL);
  bs_test_pump ();
  g_assert_null (find_review_window ());

  g_assert_true (bs_window_open_path (window, path));
  bs_test_pump ();
  assessment = bs_window_get_assessment (window);
  g_assert_false (bs_window_get_dirty (window));

  /* F5, or the menu's action */
  if (!xdotool_key (GTK_WINDOW (window), "F5"))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review-meeting", NULL));
  g_assert_true (bs_test_wait_until (review_open, NULL));
  review = find_review_window ();
  bs_test_wait_mapped (GTK_WIDGET (review));
  bs_test_pump ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (review), "review"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (review)) == GTK_WINDOW (window));
  check_names (GTK_WIDGET (review));

  /* First the level: its radar with the team's band. */
  steps = bs_review_window_get_steps (review);
  g_assert_cmpuint (bs_review_window_get_step (review), ==, 0);
  level_page = bs_review_window_get_level_page (review);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (level_page)));
  g_assert_cmpstr (bs_review_level_get_level_id (level_page), ==, "programme");
  g_assert_true (bs_radar_view_get_flags (BS_RADAR_VIEW (bs_review_level_get_radar (level_page))) & BS_RADAR_SHOW_SPREAD);
  g_assert_true (gtk_widget_get_mapped (bs_review_level_get_radar (level_page)));
  g_assert_nonnull (gtk_widget_get_first_child (GTK_WIDGET (bs_review_level_get_scores (level_page))));

  /* Then the statement the team disagrees on most. */
  press (review, "Right", "review.next", 1);
  page = bs_review_window_get_statement_page (review);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  statement = bs_review_statement_get_statement (page);
  g_assert_true (statement == bs_review_steps_get_statement (steps, 1));
  stat = bs_team_stats_statement (bs_review_steps_get_stats (steps), bs_statement_get_id (statement), NULL);
  g_assert_cmpfloat (stat->sd, ==, largest_sd (steps, "programme"));
  g_assert_cmpuint (bs_distribution_view_get_n_marks (bs_review_statement_get_distribution (page)), ==,
                    stat->n + stat->n_not_applicable + stat->n_unknown);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (bs_review_statement_get_distribution (page))));
  check_names (GTK_WIDGET (review));

  /* The number keys agree on a stage, the window has a change to save,
   * and undo takes it back. */
  agreed = bs_team_get_agreed (bs_assessment_get_team (assessment), bs_statement_get_id (statement));
  before = bs_agreed_answer_get_value (agreed);
  g_assert_cmpint (before, !=, 3);
  press_for_agreed (review, "3", "review.set-agreed", g_variant_new_int32 (3), agreed, 3);
  g_assert_true (gtk_toggle_button_get_active (bs_review_statement_get_stage_button (page, 3)));
  g_assert_nonnull (strstr (bs_review_statement_get_agreed_text (page), "stage 3"));
  g_assert_true (bs_window_get_dirty (window));

  press_for_agreed (review, "ctrl+z", "review.undo", NULL, agreed, before);
  g_assert_false (gtk_toggle_button_get_active (bs_review_statement_get_stage_button (page, 3)));
  press_for_agreed (review, "ctrl+shift+z", "review.redo", NULL, agreed, 3);

  /* Undo from another statement goes back to the one it changes. */
  press (review, "Page_Down", "review.next", 2);
  press_for_agreed (review, "ctrl+z", "review.undo", NULL, agreed, before);
  g_assert_cmpuint (bs_review_window_get_step (review), ==, 1);

  /* The buttons do the same as the keys; Delete clears. */
  g_assert_cmpint (before, !=, 4);
  bs_test_click (bs_review_statement_get_stage_button (page, 4));
  g_assert_cmpint (bs_agreed_answer_get_value (agreed), ==, 4);
  /* pressed again: nothing agreed */
  bs_test_click (bs_review_statement_get_stage_button (page, 4));
  g_assert_cmpint (bs_agreed_answer_get_value (agreed), ==, BS_VALUE_NONE);
  bs_test_click (bs_review_statement_get_stage_button (page, BS_VALUE_NOT_APPLICABLE));
  g_assert_cmpint (bs_agreed_answer_get_value (agreed), ==, BS_VALUE_NOT_APPLICABLE);
  bs_review_statement_focus (page);
  press_for_agreed (review, "Delete", "review.clear-agreed", NULL, agreed, BS_VALUE_NONE);
  g_assert_false (gtk_widget_get_sensitive (bs_review_statement_get_clear_button (page)));

  /* The rationale and dissent are the agreed answer's. */
  buffer = gtk_text_view_get_buffer (bs_review_statement_get_rationale_view (page));
  gtk_text_buffer_set_text (buffer, "Besproken in het MT", -1);
  g_assert_cmpstr (bs_agreed_answer_get_rationale (agreed), ==, "Besproken in het MT");
  buffer = gtk_text_view_get_buffer (bs_review_statement_get_dissent_view (page));
  gtk_text_buffer_set_text (buffer, "De studenten zien een 1", -1);
  g_assert_cmpstr (bs_agreed_answer_get_dissent (agreed), ==, "De studenten zien een 1");

  /* In a text field Page Down still steps (a presenter's remote sends
   * it), and the focus moves on to the new statement's stage. (That the
   * arrows stay the field's is not typed here: a key typed into a
   * GtkTextView leaves GTK 4.8 with a line display LeakSanitizer
   * reports.) */
  gtk_widget_grab_focus (GTK_WIDGET (bs_review_statement_get_dissent_view (page)));
  bs_test_pump ();
  press (review, "Page_Down", "review.next", 2);
  g_assert_false (gtk_widget_has_focus (GTK_WIDGET (bs_review_statement_get_dissent_view (page))));

  /* A statement with a respondent's note shows it, with the role. */
  for (guint i = 1; i < bs_review_steps_get_n_steps (steps) && step_with_note < 0; i++)
    if (g_str_equal (bs_statement_get_id (bs_review_steps_get_statement (steps, i)), "programme.design-process.3"))
      step_with_note = (int) i;
  g_assert_cmpint (step_with_note, >, 0);
  bs_review_window_set_step (review, step_with_note);
  bs_test_pump ();
  {
    GPtrArray *notes = bs_review_statement_get_notes (page);
    gboolean found = FALSE;

    g_assert_cmpuint (notes->len, >, 0);
    for (guint i = 0; i < notes->len; i++)
      found |= g_str_has_prefix (g_ptr_array_index (notes, i), "Teacher · Jeroen Visser\nIk ken geen ontwerpprincipes");
    g_assert_true (found);
  }
  /* In the notes' text the names are bold, the notes not. */
  {
    GtkTextBuffer *notes = gtk_text_view_get_buffer (bs_review_statement_get_notes_view (page));
    GtkTextIter start, end, name, note;
    g_autofree char *text = NULL;
    const char *at;

    gtk_text_buffer_get_bounds (notes, &start, &end);
    text = gtk_text_buffer_get_text (notes, &start, &end, FALSE);
    at = strstr (text, "Teacher · Jeroen Visser\nIk ken geen ontwerpprincipes");
    g_assert_nonnull (at);
    gtk_text_buffer_get_iter_at_offset (notes, &name, (int) g_utf8_pointer_to_offset (text, at) + 2);
    note = name;
    gtk_text_iter_forward_line (&note);
    g_assert_true (is_bold (&name));
    g_assert_false (is_bold (&note));
    g_assert_true (is_bold (&start));
  }

  /* End and Home */
  press (review, "End", "review.last", bs_review_steps_get_n_steps (steps) - 1);
  press (review, "Home", "review.first", 0);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (level_page)));

  /* 800×600: the stage buttons and the notes stay inside the window. */
  bs_review_window_set_step (review, 1);
  gtk_window_unfullscreen (GTK_WINDOW (review));
  gtk_window_set_default_size (GTK_WINDOW (review), 800, 600);
  g_assert_true (bs_test_wait_for_width (GTK_WIDGET (page), 100));
  bs_test_pump ();
  if (gtk_widget_get_width (GTK_WIDGET (review)) <= 820)
    {
      for (int value = 1; value <= 4; value++)
        check_inside (GTK_WIDGET (bs_review_statement_get_stage_button (page, value)), GTK_WIDGET (review));
      check_inside (GTK_WIDGET (bs_review_statement_get_stage_button (page, BS_VALUE_NOT_APPLICABLE)),
                    GTK_WIDGET (review));
      check_inside (GTK_WIDGET (bs_review_statement_get_distribution (page)), GTK_WIDGET (review));
    }

  /* Esc: back to the window, which is not full screen, at the statement. */
  if (!xdotool_key (GTK_WINDOW (review), "Escape"))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (review), "review.leave", NULL));
  g_assert_true (bs_test_wait_until (review_gone, NULL));
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "dimension");

  /* the window's own undo has the meeting's changes too */
  g_assert_true (bs_undo_stack_get_can_undo (bs_window_get_undo_stack (window)));

  bs_window_set_assessment (window, assessment, NULL, FALSE);
  bs_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/review/steps", test_steps);
  g_test_add_func ("/app/review/meeting", test_meeting);

  return g_test_run ();
}
