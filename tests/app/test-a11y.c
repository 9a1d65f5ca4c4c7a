/* test-a11y.c: every control on every page has a name a screen reader can read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <string.h>

#include <gtk/gtk.h>

#include "bs-display.h"
#include "bs-hand-out-dialog.h"
#include "bs-level-view.h"
#include "bs-radar-view.h"
#include "bs-preferences-window.h"
#include "bs-review-window.h"
#include "bs-window.h"
#include "bs-test-gui.h"

/* Roles a user operates; each needs a name of its own. */
static gboolean
is_control (GtkAccessibleRole role)
{
  switch (role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SEARCH_BOX:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_TEXT_BOX:
      return TRUE;
    default:
      return FALSE;
    }
}

/* What GTK 4.8 reads out: the label property (a button with a plain label
 * gets its text there), then the labels the control is labelled by. Both
 * are read one after the other ("Note Note", "_Open Open": a mnemonic
 * label labels its button), so a control must have exactly one. */
static const char *
name_problem (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);
  gboolean has_label = gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL);
  /* An empty list of labels names nothing; the check returns NULL when the
   * relation is exactly that. */
  g_autofree char *labels = gtk_test_accessible_check_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  GtkWidget *child = gtk_widget_get_first_child (widget);
  gboolean has_labelled_by = gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY) &&
                             labels != NULL;

  /* An icon button is labelled by its image, which has no name to read. */
  if (has_labelled_by && GTK_IS_IMAGE (child))
    {
      g_autofree char *image_only = gtk_test_accessible_check_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY, child, NULL);

      has_labelled_by = image_only != NULL;
    }
  gboolean has_content = FALSE;

  if (GTK_IS_BUTTON (widget) && GTK_IS_LABEL (child) && gtk_widget_get_next_sibling (child) == NULL)
    has_content = *gtk_label_get_text (GTK_LABEL (child)) != '\0';

  if (has_label && has_labelled_by)
    return "name read twice";
  if (!has_label && !has_labelled_by && !has_content)
    return "no accessible name";

  return NULL;
}

/* Where the control is, for the message: the Bs types above it, and what
 * a sighted user sees of it. */
static char *
describe (GtkWidget *widget)
{
  GString *path = g_string_new (G_OBJECT_TYPE_NAME (widget));
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (tooltip != NULL)
    g_string_append_printf (path, " (tooltip “%s”)", tooltip);
  if (GTK_IS_BUTTON (widget) && gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL)
    g_string_append_printf (path, " (icon %s)", gtk_button_get_icon_name (GTK_BUTTON (widget)));
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) != NULL)
    g_string_append_printf (path, " (icon %s)", gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)));

  for (GtkWidget *up = gtk_widget_get_parent (widget); up != NULL; up = gtk_widget_get_parent (up))
    if (g_str_has_prefix (G_OBJECT_TYPE_NAME (up), "Bs"))
      {
        g_string_prepend (path, " > ");
        g_string_prepend (path, G_OBJECT_TYPE_NAME (up));
      }

  return g_string_free (path, FALSE);
}

/* Walks what the user can reach: visible widgets only; the inner GtkText
 * of an entry is part of its entry. */
static void
collect_unnamed (GtkWidget *widget,
                 GPtrArray *unnamed)
{
  GtkAccessibleRole role;

  if (!gtk_widget_get_mapped (widget))
    return;

  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  /* A row one chooses, as in the sidebar, is read by its own name (rows
   * that only hold controls are read through the controls). */
  if (GTK_IS_LIST_BOX_ROW (widget) && gtk_list_box_row_get_selectable (GTK_LIST_BOX_ROW (widget)) &&
      GTK_IS_LIST_BOX (gtk_widget_get_parent (widget)) &&
      gtk_list_box_get_selection_mode (GTK_LIST_BOX (gtk_widget_get_parent (widget))) != GTK_SELECTION_NONE)
    role = GTK_ACCESSIBLE_ROLE_BUTTON;
  if (is_control (role))
    {
      const char *problem = name_problem (widget);

      /* An entry's inner text is named through its entry. */
      if (problem != NULL && GTK_IS_TEXT (widget) &&
          name_problem (gtk_widget_get_parent (widget)) == NULL)
        problem = NULL;
      if (problem != NULL)
        {
          g_autofree char *where = describe (widget);

          g_ptr_array_add (unnamed, g_strdup_printf ("%s: %s", problem, where));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

static void
assert_all_named (GtkWidget  *root,
                  const char *page)
{
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new_with_free_func (g_free);

  collect_unnamed (root, unnamed);
  for (guint i = 0; i < unnamed->len; i++)
    g_test_message ("%s: %s", page, (char *) g_ptr_array_index (unnamed, i));
  if (unnamed->len > 0)
    g_test_fail_printf ("%u controls on the %s page have no name or one read twice", unnamed->len, page);
}

static void
collect_charts (GtkWidget *widget,
                GPtrArray *charts)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (BS_IS_LEVEL_VIEW (widget))
    g_ptr_array_add (charts, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_charts (child, charts);
}

/* Every radar and score table is an image named by its kind and level and
 * described by its scores in words, so no two read the same. */
static void
assert_charts_described (GtkWidget *root)
{
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  collect_charts (root, charts);
  g_assert_cmpuint (charts->len, ==, 6);
  for (guint i = 0; i < charts->len; i++)
    {
      GtkAccessible *chart = g_ptr_array_index (charts, i);
      BsLevelView *view = g_ptr_array_index (charts, i);
      g_autofree char *summary = bs_display_level_summary (bs_level_view_get_assessment (view),
                                                            bs_level_view_get_level_id (view));
      g_autofree char *description = NULL;
      g_autofree char *level_title = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *name = NULL;

      g_assert_nonnull (summary);
      g_assert_cmpint (gtk_accessible_get_accessible_role (chart), ==, GTK_ACCESSIBLE_ROLE_IMG);
      /* The name says which chart of which level, not one name for all. */
      level_title = g_strndup (summary, strcspn (summary, ":"));
      expected = g_strdup_printf ("%s, %s", BS_IS_RADAR_VIEW (chart) ? "Radar chart" : "Score table", level_title);
      name = gtk_test_accessible_check_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
      g_assert_null (name);
      description = gtk_test_accessible_check_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary);
      g_assert_null (description);
      g_assert_true (g_hash_table_add (names, g_strdup_printf ("%s %s", G_OBJECT_TYPE_NAME (chart),
                                                               bs_level_view_get_level_id (view))));
    }
}

static void
test_every_page_named (void)
{
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  BsWindow *window;
  GtkWidget *preferences;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window ();
  assert_all_named (GTK_WIDGET (window), "welcome");

  bs_window_show_new_assessment (window);
  bs_test_pump ();
  assert_all_named (GTK_WIDGET (window), "new assessment");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s", example));
  bs_test_pump ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "dimension");
  assert_all_named (GTK_WIDGET (window), "dimension");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL));
  bs_test_pump ();
  assert_all_named (GTK_WIDGET (window), "results");
  assert_charts_described (GTK_WIDGET (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-actions", NULL));
  bs_test_pump ();
  assert_all_named (GTK_WIDGET (window), "action plan");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-reflection", NULL));
  bs_test_pump ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "reflection");
  assert_all_named (GTK_WIDGET (window), "reflection");

  {
    GtkWindow *details = bs_window_show_details (window);

    bs_test_wait_mapped (GTK_WIDGET (details));
    assert_all_named (GTK_WIDGET (details), "assessment details");
    gtk_window_destroy (details);
  }

  {
    GtkWindow *hand_out = bs_window_show_hand_out (window);

    bs_test_wait_mapped (GTK_WIDGET (hand_out));
    assert_all_named (GTK_WIDGET (hand_out), "hand out, anonymous");
    bs_hand_out_dialog_add_name (BS_HAND_OUT_DIALOG (hand_out), "Anna", "teacher");
    bs_test_pump ();
    assert_all_named (GTK_WIDGET (hand_out), "hand out, by name");
    gtk_window_destroy (hand_out);
  }

  {
    GtkWindow *next_cycle = bs_window_show_next_cycle (window);

    bs_test_wait_mapped (GTK_WIDGET (next_cycle));
    assert_all_named (GTK_WIDGET (next_cycle), "start next cycle");
    gtk_window_destroy (next_cycle);
  }

  /* The next cycle's first dimension, with its notes from last cycle:
   * the tags' Confirm buttons and Confirm All. */
  {
    g_autoptr(BsAssessment) next = NULL;
    g_autoptr(GError) error = NULL;
    BsWindow *next_window = bs_test_new_window ();

    next = bs_assessment_new_next_cycle (bs_window_get_assessment (window), NULL, NULL, NULL, &error);
    g_assert_no_error (error);
    bs_window_set_assessment (next_window, next, NULL, FALSE);
    bs_test_pump ();
    g_assert_true (gtk_widget_get_mapped (bs_dimension_page_get_carried_over_bar (bs_window_get_dimension_page (next_window))));
    assert_all_named (GTK_WIDGET (next_window), "next cycle, dimension");
    bs_test_close_window (next_window);
  }

  preferences = bs_preferences_window_new ();
  gtk_window_present (GTK_WINDOW (preferences));
  bs_test_wait_mapped (preferences);
  assert_all_named (preferences, "preferences");
  gtk_window_destroy (GTK_WINDOW (preferences));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The review meeting, its level and a statement, as a screen reader
 * finds them (its Leave button was once read "_Leave Leave"). */
static void
test_review_named (void)
{
  BsReviewWindow *review;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("team-bedrijfskunde.blendscan");
  bs_test_pump ();

  review = bs_review_window_open (GTK_WINDOW (window), bs_window_get_assessment (window), NULL);
  bs_test_wait_mapped (GTK_WIDGET (review));
  bs_test_pump ();
  assert_all_named (GTK_WIDGET (review), "review meeting, level");
  bs_review_window_set_step (review, 1);
  bs_test_pump ();
  assert_all_named (GTK_WIDGET (review), "review meeting, statement");

  gtk_window_destroy (GTK_WINDOW (review));
  bs_test_pump ();
  bs_window_set_assessment (window, bs_window_get_assessment (window), NULL, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* No page transitions: a page that fades out is still mapped. */
  bs_test_gui_init (FALSE);

  g_test_add_func ("/app/a11y/every-page-named", test_every_page_named);
  g_test_add_func ("/app/a11y/review-named", test_review_named);

  return g_test_run ();
}
