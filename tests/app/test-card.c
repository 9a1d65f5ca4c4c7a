/* test-card.c: a statement card's answer cleared and its evidence's links opened, in a real window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif

#include "bs-sidebar-row.h"
#include "bs-statement-card-private.h"
#include "bs-window.h"
#include "bs-test-gui.h"

/* A key as a user's: xdotool sends it through the X server. */
static gboolean
xdotool_key (BsWindow   *window,
             const char *key)
{
#ifdef GDK_WINDOWING_X11
  g_autofree char *program = g_find_program_in_path ("xdotool");
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_autofree char *xid = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  if (program == NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;

  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface));
  {
    const char *argv[] = { program, "windowfocus", "--sync", xid, "key", key, NULL };

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

/* What the card asked to open instead of a browser. */
static GPtrArray *launched;

static void
record_launch (GtkWidget  *widget,
               const char *uri)
{
  g_assert_true (BS_IS_STATEMENT_CARD (widget));
  g_ptr_array_add (launched, g_strdup (uri));
}

static gboolean
launched_one (gpointer data)
{
  return launched->len > 0;
}

static GtkWidget *
find_link_button (GtkWidget  *widget,
                  const char *uri)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), uri) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_link_button (child, uri);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkPopover *
find_popover (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      return GTK_POPOVER (child);

  return NULL;
}

/* The button beside the evidence shows for a link only, and opens it. */
static void
test_evidence_link (void)
{
  BsUriLaunchFunc old;
  BsStatementCard *card;
  GtkWidget *button;
  GtkEditable *entry;
  GtkPopover *popover;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  launched = g_ptr_array_new_with_free_func (g_free);
  old = _bs_statement_card_set_launch_func (record_launch);
  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  entry = GTK_EDITABLE (bs_statement_card_get_evidence_entry (card));
  button = bs_statement_card_get_open_link_button (card);

  const char *plain[] = { "", "Jaarverslag 2025, p. 12", "www.hu.nl", "file:///etc/passwd",
                          "javascript:alert(1)", "https://" };
  for (guint i = 0; i < G_N_ELEMENTS (plain); i++)
    {
      gtk_editable_set_text (entry, plain[i]);
      bs_test_pump ();
      g_assert_false (gtk_widget_get_visible (button));
      /* Ctrl+Enter's action does nothing either. */
      gtk_widget_activate_action (GTK_WIDGET (entry), "card.open-link", NULL);
      bs_test_pump ();
      g_assert_cmpuint (launched->len, ==, 0);
    }

  gtk_editable_set_text (entry, "Zie https://www.hu.nl/studiegids.");
  bs_test_pump ();
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_mapped (button));
  /* An icon: its name for a screen reader is said once (see test-a11y.c). */
  {
    g_autofree char *problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, "Open Link");
    g_autofree char *other = NULL;

    g_assert_null (problem);
    /* GTK labels an icon button by its image, which has no name to read. */
    g_assert_true (GTK_IS_IMAGE (gtk_widget_get_first_child (button)));
    if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
      other = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                  gtk_widget_get_first_child (button), NULL);
    g_assert_null (other);
  }
  g_assert_cmpstr (bs_answer_get_evidence (bs_statement_card_get_answer (card)), ==,
                   "Zie https://www.hu.nl/studiegids.");
  bs_test_click (button);
  g_assert_cmpuint (launched->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (launched, 0), ==, "https://www.hu.nl/studiegids");

  /* The keyboard's way: Ctrl+Enter in the field. */
  g_ptr_array_set_size (launched, 0);
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  bs_test_pump ();
  if (xdotool_key (window, "ctrl+Return"))
    {
      g_assert_true (bs_test_wait_until (launched_one, NULL));
      g_assert_cmpstr (g_ptr_array_index (launched, 0), ==, "https://www.hu.nl/studiegids");
    }

  /* Several: the user picks one. */
  g_ptr_array_set_size (launched, 0);
  gtk_editable_set_text (entry, "https://a.example.nl/verslag.pdf; https://b.example.nl/café");
  bs_test_pump ();
  bs_test_click (button);
  g_assert_cmpuint (launched->len, ==, 0);
  popover = find_popover (button);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_nonnull (find_link_button (GTK_WIDGET (popover), "https://a.example.nl/verslag.pdf"));
  bs_test_click (find_link_button (GTK_WIDGET (popover), "https://b.example.nl/caf%C3%A9"));
  g_assert_cmpuint (launched->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (launched, 0), ==, "https://b.example.nl/caf%C3%A9");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));

  gtk_editable_set_text (entry, "nu zonder link");
  bs_test_pump ();
  g_assert_false (gtk_widget_get_visible (button));

  bs_test_close_window (window);
  g_assert_true (_bs_statement_card_set_launch_func (old) == record_launch);
  g_clear_pointer (&launched, g_ptr_array_unref);
}

typedef struct
{
  BsAnswer *answer;
  int       value;
} ValueWait;

static gboolean
value_is (gpointer data)
{
  ValueWait *wait = data;

  return bs_answer_get_value (wait->answer) == wait->value;
}

/* A chosen stage is cleared by its button or by Delete on a stage, with
 * undo at hand. */
static void
test_clear_answer (void)
{
  BsStatementCard *card;
  GtkWidget *clear;
  BsAnswer *answer;
  BsWindow *window;
  AdwToast *toast;
  ValueWait wait;
  int before;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 1);
  answer = bs_statement_card_get_answer (card);
  before = bs_answer_get_value (answer);
  clear = bs_statement_card_get_clear_button (card);
  g_assert_cmpint (before, !=, BS_VALUE_NONE);
  g_assert_true (gtk_widget_get_visible (clear));
  {
    /* Its label is short; a screen reader says what it does. */
    g_autofree char *problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (clear),
                                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, "Clear Answer");

    g_assert_null (problem);
  }

  gtk_widget_grab_focus (clear);
  bs_test_click (clear);
  g_assert_cmpint (bs_answer_get_value (answer), ==, BS_VALUE_NONE);
  g_assert_false (gtk_widget_get_visible (clear));
  for (int v = 1; v <= 4; v++)
    g_assert_false (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, v)));
  /* The keyboard carries on from the first stage. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (bs_statement_card_get_value_button (card, 1))));

  toast = bs_window_get_undo_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Answer cleared");
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.undo");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bs_test_pump ();
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 1);
  g_assert_cmpint (bs_answer_get_value (answer), ==, before);
  g_assert_true (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, before)));
  g_assert_true (gtk_widget_get_visible (bs_statement_card_get_clear_button (card)));

  /* Delete on the chosen stage's button. */
  gtk_widget_grab_focus (GTK_WIDGET (bs_statement_card_get_value_button (card, before)));
  bs_test_pump ();
  if (xdotool_key (window, "Delete"))
    {
      wait = (ValueWait) { answer, BS_VALUE_NONE };
      g_assert_true (bs_test_wait_until (value_is, &wait));
      g_assert_false (gtk_widget_get_visible (bs_statement_card_get_clear_button (card)));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
      bs_test_pump ();
      g_assert_cmpint (bs_answer_get_value (answer), ==, before);

      /* In a field, Delete is the field's. */
      gtk_widget_grab_focus (GTK_WIDGET (bs_statement_card_get_evidence_entry (card)));
      bs_test_pump ();
      g_assert_true (xdotool_key (window, "BackSpace"));
      bs_test_pump ();
      g_assert_cmpint (bs_answer_get_value (answer), ==, before);
    }
  else
    g_test_message ("no xdotool: Delete not typed");

  bs_test_close_window (window);
}

/* The card is bound to its answer both ways: a stage, the target and the
 * clear button follow the model, and the target chosen reaches it. */
static void
test_bound_to_answer (void)
{
  g_autoptr(BsAnswer) property = NULL;
  BsStatementCard *card;
  GtkDropDown *target;
  BsWindow *window;
  BsAnswer *answer;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  answer = bs_statement_card_get_answer (card);
  g_object_get (card, "answer", &property, NULL);
  g_assert_true (property == answer);
  target = GTK_DROP_DOWN (bs_test_find_type (GTK_WIDGET (card), GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (target);

  bs_answer_set_value (answer, 2);
  g_assert_true (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, 2)));
  g_assert_true (gtk_widget_get_visible (bs_statement_card_get_clear_button (card)));
  bs_answer_set_value (answer, BS_VALUE_UNKNOWN);
  g_assert_false (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, 2)));
  g_assert_true (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, BS_VALUE_UNKNOWN)));
  bs_answer_set_value (answer, BS_VALUE_NONE);
  for (int v = 1; v <= 4; v++)
    g_assert_false (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, v)));
  g_assert_false (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, BS_VALUE_UNKNOWN)));
  g_assert_false (gtk_widget_get_visible (bs_statement_card_get_clear_button (card)));

  /* A toggle switched on by the user sets the answer. */
  gtk_toggle_button_set_active (bs_statement_card_get_value_button (card, 3), TRUE);
  g_assert_cmpint (bs_answer_get_value (answer), ==, 3);

  bs_answer_set_target (answer, 2);
  g_assert_cmpuint (gtk_drop_down_get_selected (target), ==, 2);
  gtk_drop_down_set_selected (target, 4);
  g_assert_cmpuint (bs_answer_get_target (answer), ==, 4);
  gtk_drop_down_set_selected (target, 0);
  g_assert_cmpuint (bs_answer_get_target (answer), ==, 0);

  bs_test_close_window (window);
}

static const char *shown_step (BsStatementCard *card);

/* A team file's card says what the respondents answered and what the team
 * agreed, and follows a change of the agreed stage; a single person's file
 * shows no such line. */
static void
test_team_line (void)
{
  g_autofree char *path = bs_test_example_path ("team-bedrijfskunde.blendscan");
  BsStatementCard *card;
  GtkLabel *label;
  BsWindow *window;
  BsTeam *team;
  const char *id;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (bs_statement_card_get_team_label (card))));

  bs_test_open (window, path);
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  label = bs_statement_card_get_team_label (card);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (label)));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (label), "Team: "));
  g_assert_nonnull (strstr (gtk_label_get_label (label), " of 12 answered ("));
  g_assert_nonnull (strstr (gtk_label_get_label (label), " scored"));

  team = bs_assessment_get_team (bs_window_get_assessment (window));
  id = bs_statement_get_id (bs_statement_card_get_statement (card));
  bs_team_set_agreed_value (team, id, 2);
  g_assert_nonnull (strstr (gtk_label_get_label (label), "agreed: stage 2"));
  bs_team_set_agreed_value (team, id, BS_VALUE_NONE);
  g_assert_nonnull (strstr (gtk_label_get_label (label), "no agreed stage yet"));

  /* The next step follows what the score uses: the agreed stage, else
   * the stage the respondents' mean has reached; never the file's own
   * answer, which does not count. */
  {
    BsStatement *statement = bs_statement_card_get_statement (card);
    GListModel *respondents = bs_team_get_respondents (team);
    BsAnswer *own = bs_assessment_get_answer (bs_window_get_assessment (window), id);
    double sum = 0;
    guint scored = 0;

    for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
      {
        g_autoptr(BsRespondent) respondent = g_list_model_get_item (respondents, i);
        int value = bs_respondent_get_value (respondent, id);

        if (value > 0)
          {
            sum += value;
            scored++;
          }
      }
    g_assert_cmpuint (scored, >, 0);
    bs_answer_set_value (own, 3);
    g_assert_cmpstr (shown_step (card), ==, bs_statement_get_next_step (statement, (guint) (sum / scored), "en"));
    bs_team_set_agreed_value (team, id, 1);
    g_assert_cmpstr (shown_step (card), ==, bs_statement_get_next_step (statement, 1, "en"));
    bs_team_set_agreed_value (team, id, 4);
    g_assert_false (gtk_widget_is_sensitive (bs_statement_card_get_add_step_button (card)));
    bs_team_set_agreed_value (team, id, BS_VALUE_NONE);
  }

  bs_test_close_window (window);
}

/* The 2.0 framework as shipped: its next steps are what the card must
 * show, whatever their wording becomes. */
static BsAssessment *
assessment_with_next_steps (void)
{
  BsAssessment *assessment = bs_assessment_new (bs_framework_get_builtin ("2.0"));

  bs_assessment_set_title (assessment, "Pathways");
  bs_assessment_set_levels (assessment, (const char * const[]) { "course", NULL });

  return assessment;
}

static const char *
shown_step (BsStatementCard *card)
{
  GtkLabel *label = bs_statement_card_get_next_step_label (card);

  g_assert_nonnull (label);
  return gtk_label_get_label (label);
}

/* The card shows how to move up from the chosen stage, and "Add to Action
 * Plan" makes an action of it, for the statement's dimension, that undo
 * takes back. */
static void
test_next_step (void)
{
  g_autoptr(BsAssessment) assessment = NULL;
  BsStatementCard *card;
  BsStatement *statement;
  GListModel *actions;
  GtkWidget *add;
  BsWindow *window;
  BsAction *action;
  g_autofree char *expected = NULL;

  BS_TEST_REQUIRE_DISPLAY ();

  assessment = assessment_with_next_steps ();
  window = bs_test_new_window ();
  bs_window_set_assessment (window, assessment, NULL, FALSE);
  bs_test_pump ();
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  statement = bs_statement_card_get_statement (card);
  add = bs_statement_card_get_add_step_button (card);
  actions = bs_assessment_get_actions (assessment);
  g_assert_cmpuint (bs_statement_get_n_next_steps (statement), ==, 3);

  /* Nothing chosen: the step up from the first stage. */
  g_assert_cmpstr (shown_step (card), ==, bs_statement_get_next_step (statement, 1, "en"));
  g_assert_true (gtk_widget_is_sensitive (add));

  bs_test_click (bs_statement_card_get_value_button (card, 3));
  g_assert_cmpstr (shown_step (card), ==, bs_statement_get_next_step (statement, 3, "en"));

  /* The top stage and an answer without a stage have none to add. */
  bs_test_click (bs_statement_card_get_value_button (card, 4));
  g_assert_null (strstr (shown_step (card), bs_statement_get_next_step (statement, 3, "en")));
  g_assert_false (gtk_widget_is_sensitive (add));
  bs_test_click (bs_statement_card_get_value_button (card, BS_VALUE_NOT_APPLICABLE));
  g_assert_false (gtk_widget_is_sensitive (add));
  bs_test_click (bs_statement_card_get_value_button (card, BS_VALUE_UNKNOWN));
  g_assert_false (gtk_widget_is_sensitive (add));

  bs_test_click (bs_statement_card_get_value_button (card, 2));
  g_assert_cmpstr (shown_step (card), ==, bs_statement_get_next_step (statement, 2, "en"));
  g_assert_true (gtk_widget_is_sensitive (add));
  {
    /* Reachable by keyboard, and named for a screen reader. */
    g_autofree char *problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                   "Add Next Step to Action Plan");

    g_assert_null (problem);
    g_assert_true (gtk_widget_get_focusable (add));
    g_assert_true (gtk_widget_grab_focus (add));
  }

  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 0);
  bs_test_click (add);
  bs_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 1);
  action = g_list_model_get_item (actions, 0);
  expected = g_strdup_printf ("%s (statement %s)", bs_statement_get_next_step (statement, 2, "en"),
                              bs_statement_get_id (statement));
  g_assert_cmpstr (bs_action_get_description (action), ==, expected);
  g_assert_cmpstr (bs_action_get_level_id (action), ==, "course");
  g_assert_cmpstr (bs_action_get_dimension_id (action), ==, bs_statement_get_dimension_id (statement));
  g_assert_true (bs_action_links_statement (action, bs_statement_get_id (statement)));
  g_object_unref (action);
  /* The plan opens on it, to be edited; the toast offers undo. */
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "actions");
  g_assert_cmpstr (adw_toast_get_title (bs_window_get_undo_toast (window)), ==, "Next step added to the action plan");
  g_assert_true (bs_window_get_dirty (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bs_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 0);
  /* The answer that came before it is untouched. */
  g_assert_cmpint (bs_answer_get_value (bs_assessment_get_answer (assessment, bs_statement_get_id (statement))), ==, 2);

  bs_window_set_assessment (window, assessment, NULL, FALSE);
  bs_test_destroy_window (window);
}

/* A framework without next steps (1.0) shows none and offers nothing. */
static void
test_no_next_step (void)
{
  g_autofree char *path = bs_test_fixture_path ("full-three-levels-1.0.blendscan");
  BsStatementCard *card;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window ();
  bs_test_open (window, path);
  g_assert_cmpstr (bs_assessment_get_framework_version (bs_window_get_assessment (window)), ==, "1.0");
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  g_assert_null (bs_statement_card_get_next_step_label (card));
  g_assert_false (gtk_widget_is_sensitive (bs_statement_card_get_add_step_button (card)));
  bs_test_close_window (window);
}

/* A sidebar row's name tells a screen reader what the short "4/5 · 1 N/A"
 * shows: how many answers have a score, how many are N/A or "don't
 * know", and it follows the answers. */
static void
test_sidebar_row_name (void)
{
  g_autoptr(BsAssessment) assessment = bs_assessment_new (bs_framework_get_builtin ("1.0"));
  BsDimension *dimension = bs_framework_lookup_dimension (bs_framework_get_builtin ("1.0"), "course", "flexibility");
  GtkWidget *row;
  g_autofree char *problem = NULL;
  g_autofree char *changed = NULL;

  BS_TEST_REQUIRE_DISPLAY ();

  bs_assessment_set_value (assessment, "course.flexibility.1", 3);
  bs_assessment_set_value (assessment, "course.flexibility.2", 2);
  bs_assessment_set_value (assessment, "course.flexibility.3", BS_VALUE_NOT_APPLICABLE);
  bs_assessment_set_value (assessment, "course.flexibility.4", BS_VALUE_UNKNOWN);
  row = g_object_ref_sink (bs_sidebar_row_new_dimension (assessment, dimension));

  g_assert_cmpstr (bs_sidebar_row_get_progress_text (BS_SIDEBAR_ROW (row)), ==, "4/5 · 1 N/A · 1 ?");
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Flexibility, 4 of 5 answered (2 scored, 1 N/A, 1 don’t know), "
                                                "score 2.5");
  g_assert_null (problem);

  /* "don't know" becomes a stage: one more answer with a score */
  bs_assessment_set_value (assessment, "course.flexibility.4", 4);
  changed = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Flexibility, 4 of 5 answered (3 scored, 1 N/A), score 3.0");
  g_assert_null (changed);
  g_assert_cmpstr (bs_sidebar_row_get_progress_text (BS_SIDEBAR_ROW (row)), ==, "4/5 · 1 N/A");

  g_object_unref (row);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/card/evidence-link", test_evidence_link);
  g_test_add_func ("/app/card/clear-answer", test_clear_answer);
  g_test_add_func ("/app/card/team-line", test_team_line);
  g_test_add_func ("/app/card/bound-to-answer", test_bound_to_answer);
  g_test_add_func ("/app/card/sidebar-row-name", test_sidebar_row_name);
  g_test_add_func ("/app/card/next-step", test_next_step);
  g_test_add_func ("/app/card/no-next-step", test_no_next_step);

  return g_test_run ();
}
