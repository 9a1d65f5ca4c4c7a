/* test-compare.c: "Compare With…" through its action, the baseline in the sidebar, the statement card and the radar, undo, a refusal and a moved baseline file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "bs-dimension-page.h"
#include "bs-radar-view.h"
#include "bs-sidebar-row.h"
#include "bs-statement-card.h"
#include "bs-window.h"
#include "bs-test-gui.h"

/* In the fixture (framework 1.0) course / design process scores 2.4, in
 * the example (2.0) 2.0; its statement 3 was at stage 4. */
#define LEVEL       "course"
#define DIMENSION   "design-process"
#define STATEMENT   "course.design-process.3"
#define DOWN_0_4    "−0.4 ▼"

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (from, &contents, &length, &error));
  g_assert_true (g_file_set_contents (to, contents, length, &error));
  g_assert_no_error (error);
}

/* A folder with this year's assessment (the example) and last year's
 * (the 1.0 fixture); never the originals. */
static char *
make_dir (char **now,
          char **last)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("blendscan-compare-XXXXXX", &error);
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  g_autofree char *fixture = bs_test_fixture_path ("full-three-levels-1.0.blendscan");

  g_assert_no_error (error);
  *now = g_build_filename (dir, "this-year.blendscan", NULL);
  *last = g_build_filename (dir, "last-year.blendscan", NULL);
  copy_file (fixture, *last);
  {
    /* The shipped example compares with its own last year already:
     * this year's copy starts without a baseline. */
    g_autoptr(BsAssessment) assessment = bs_assessment_load (example, NULL, &error);

    g_assert_no_error (error);
    bs_assessment_set_baseline (assessment, NULL);
    g_assert_true (bs_assessment_save (assessment, *now, &error));
    g_assert_no_error (error);
  }

  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_rmdir (dir);
}

static const char *
change_text (BsWindow *window)
{
  BsSidebarRow *row = bs_window_get_sidebar_row (window, LEVEL, DIMENSION);

  g_assert_nonnull (row);

  return bs_sidebar_row_get_change_text (row);
}

/* The row's name for a screen reader holds the change in words. */
static void
assert_row_name (BsWindow   *window,
                 const char *change)
{
  BsSidebarRow *row = bs_window_get_sidebar_row (window, LEVEL, DIMENSION);
  const BsScore *score = bs_score_watch_get_score (bs_sidebar_row_get_score_watch (row));
  g_autofree char *answered = bs_score_answered_text (score);
  g_autofree char *expected = NULL;
  g_autofree char *mismatch = NULL;

  expected = g_strdup_printf ("%s, %s, score %s, %s",
                              bs_dimension_get_title_text (bs_sidebar_row_get_dimension (row), bs_default_language ()),
                              answered, bs_sidebar_row_get_score_text (row), change);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  g_assert_cmpstr (mismatch, ==, NULL);
}

/* The last-cycle line of the card of STATEMENT, or NULL when hidden. */
static const char *
last_cycle_text (BsWindow *window)
{
  BsStatementCard *card;
  GtkLabel *label;

  bs_window_show_statement (window, STATEMENT);
  bs_test_pump ();
  card = bs_dimension_page_get_card (bs_window_get_dimension_page (window), STATEMENT);
  g_assert_nonnull (card);
  label = bs_statement_card_get_last_cycle_label (card);

  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_label (label) : NULL;
}

static void
collect_radars (GtkWidget *widget,
                GPtrArray *radars)
{
  if (BS_IS_RADAR_VIEW (widget))
    g_ptr_array_add (radars, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_radars (child, radars);
}

/* The legend's name of the course radar's outline, or NULL. */
static char *
radar_previous (BsWindow *window)
{
  g_autoptr(GPtrArray) radars = g_ptr_array_new ();

  bs_window_show_page (window, BS_SIDEBAR_ROW_RESULTS);
  bs_test_pump ();
  collect_radars (bs_window_get_results_page (window), radars);
  for (guint i = 0; i < radars->len; i++)
    if (g_str_equal (bs_level_view_get_level_id (radars->pdata[i]), LEVEL))
      return bs_radar_view_get_previous_name (radars->pdata[i]);

  g_assert_not_reached ();
  return NULL;
}

static void
assert_no_baseline (BsWindow *window)
{
  g_autofree char *previous = NULL;

  g_assert_null (bs_assessment_get_baseline (bs_window_get_assessment (window)));
  g_assert_null (change_text (window));
  g_assert_null (last_cycle_text (window));
  previous = radar_previous (window);
  g_assert_null (previous);
}

static void
assert_baseline (BsWindow *window)
{
  g_autofree char *previous = NULL;
  const char *last;

  g_assert_nonnull (bs_assessment_get_baseline (bs_window_get_assessment (window)));
  g_assert_cmpstr (change_text (window), ==, DOWN_0_4);
  assert_row_name (window, "down 0.4 since last cycle");
  last = last_cycle_text (window);
  g_assert_nonnull (last);
  g_assert_true (g_str_has_prefix (last, "Last cycle: 4 · "));
  previous = radar_previous (window);
  g_assert_nonnull (previous);
  g_assert_true (g_str_has_prefix (previous, "Last cycle ("));
}

static void
test_compare_with (void)
{
  g_autofree char *now = NULL;
  g_autofree char *last = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) found = NULL;
  BsAssessment *assessment;
  BsUndoStack *undo;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkListBoxRow *row;
  BsWindow *window;
  const char *before;

  BS_TEST_REQUIRE_DISPLAY ();

  dir = make_dir (&now, &last);
  window = bs_test_new_window ();
  bs_test_open (window, now);
  assessment = bs_window_get_assessment (window);
  undo = bs_window_get_undo_stack (window);
  assert_no_baseline (window);

  /* last year's file lies beside this one: offered, the file itself not */
  found = bs_window_list_comparisons (window);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_true (g_str_has_suffix (found->pdata[0], "last-year.blendscan"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.compare-with", NULL));
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  list = bs_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), " — "));
  g_signal_emit_by_name (list, "row-activated", row);
  bs_test_pump ();
  g_assert_null (bs_test_find_dialog ());

  assert_baseline (window);
  g_assert_true (bs_window_get_dirty (window));
  g_assert_true (bs_undo_stack_get_can_undo (undo));

  /* the change follows the answers */
  bs_assessment_set_value (assessment, STATEMENT, 4);
  bs_test_pump ();
  before = change_text (window);
  g_assert_nonnull (before);
  g_assert_cmpstr (before, !=, DOWN_0_4);
  g_assert_true (bs_undo_stack_undo (undo, NULL, NULL));
  bs_test_pump ();
  g_assert_cmpstr (change_text (window), ==, DOWN_0_4);

  /* undo takes the comparison back, redo brings it again */
  g_assert_true (bs_undo_stack_undo (undo, NULL, NULL));
  bs_test_pump ();
  assert_no_baseline (window);
  g_assert_true (bs_undo_stack_redo (undo, NULL, NULL));
  bs_test_pump ();
  assert_baseline (window);

  /* "Remove Comparison", undone too */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-comparison", NULL));
  bs_test_pump ();
  assert_no_baseline (window);
  g_assert_true (bs_undo_stack_undo (undo, NULL, NULL));
  bs_test_pump ();
  assert_baseline (window);

  bs_test_close_window (window);
  remove_dir (dir);
}

static void
test_refused (void)
{
  g_autofree char *now = NULL;
  g_autofree char *last = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *stranger = NULL;
  g_autofree char *fixture = bs_test_fixture_path ("compare-small-old.blendscan");
  AdwMessageDialog *message;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  dir = make_dir (&now, &last);
  stranger = g_build_filename (dir, "other-framework.blendscan", NULL);
  copy_file (fixture, stranger);
  window = bs_test_new_window ();
  bs_test_open (window, now);

  /* another framework is not offered */
  {
    g_autoptr(GPtrArray) found = bs_window_list_comparisons (window);

    g_assert_cmpuint (found->len, ==, 1);
  }

  g_assert_false (bs_window_compare_with_path (window, stranger));
  bs_test_pump ();
  message = bs_test_find_dialog ();
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Compare");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "other-framework.blendscan"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "not versions of the same framework"));
  bs_test_respond (message, "close");
  bs_test_pump ();

  g_assert_null (bs_assessment_get_baseline (bs_window_get_assessment (window)));
  g_assert_false (bs_window_get_dirty (window));
  g_assert_false (bs_undo_stack_get_can_undo (bs_window_get_undo_stack (window)));

  bs_test_close_window (window);
  remove_dir (dir);
}

/* The baseline is kept in the file: it shows when last year's file has
 * gone. */
static void
test_moved (void)
{
  g_autofree char *now = NULL;
  g_autofree char *last = NULL;
  g_autofree char *dir = NULL;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  dir = make_dir (&now, &last);
  window = bs_test_new_window ();
  bs_test_open (window, now);
  g_assert_true (bs_window_compare_with_path (window, last));
  g_assert_true (bs_window_save_to_path (window, now));
  bs_test_close_window (window);

  g_assert_cmpint (g_unlink (last), ==, 0);

  window = bs_test_new_window ();
  bs_test_open (window, now);
  assert_baseline (window);
  g_assert_false (bs_window_get_dirty (window));

  bs_test_close_window (window);
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_home = NULL;
  g_autofree char *frameworks = NULL;
  g_autofree char *small = NULL;
  g_autofree char *small_copy = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* The unrelated framework of compare-small-old.blendscan, where the
   * loader finds it, in a data folder of this run's own. */
  data_home = g_dir_make_tmp ("blendscan-compare-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  frameworks = g_build_filename (data_home, "blendscan", "frameworks", NULL);
  g_assert_cmpint (g_mkdir_with_parents (frameworks, 0700), ==, 0);
  small = bs_test_fixture_path ("framework-small.xml");
  small_copy = g_build_filename (frameworks, "framework-small.xml", NULL);
  copy_file (small, small_copy);

  bs_test_gui_init (FALSE);

  g_test_add_func ("/app/compare/compare-with", test_compare_with);
  g_test_add_func ("/app/compare/refused", test_refused);
  g_test_add_func ("/app/compare/moved", test_moved);

  status = g_test_run ();

  g_unlink (small_copy);
  g_rmdir (frameworks);
  {
    g_autofree char *blendscan = g_path_get_dirname (frameworks);

    g_rmdir (blendscan);
  }
  g_rmdir (data_home);

  return status;
}
