/* test-next-cycle.c: Start Next Cycle… from the dialog, the new window it opens, and confirming what was carried over, with undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "bs-action-cycle-info.h"
#include "bs-carried-over-bar.h"
#include "bs-carried-over-tag.h"
#include "bs-date-format.h"
#include "bs-next-cycle-dialog.h"
#include "bs-statement-card-private.h"
#include "bs-window.h"
#include "bs-test-gui.h"

/* With BS_TEST_SCREENSHOT_DIR set (and ImageMagick's import), the screen
 * as it is: not a check, a picture to look at for clipping. */
static void
maybe_screenshot (const char *name)
{
  const char *dir = g_getenv ("BS_TEST_SCREENSHOT_DIR");
  g_autofree char *import = g_find_program_in_path ("import");
  g_autofree char *path = NULL;
  gint64 until;

  if (dir == NULL || import == NULL)
    return;

  until = g_get_monotonic_time () + 500 * G_TIME_SPAN_MILLISECOND;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  path = g_build_filename (dir, name, NULL);
  {
    const char *argv[] = { import, "-window", "root", path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, NULL, NULL);
  }
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

/* @source copied into @dir as "last-year.blendscan", and its path. */
static char *
copy_into (const char *source,
           const char *dir)
{
  char *path = g_build_filename (dir, "last-year.blendscan", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_get_contents (source, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, contents, length, &error));
  g_assert_no_error (error);

  return path;
}

static BsWindow *
open_window (const char *path)
{
  BsWindow *window = bs_test_new_window ();

  if (g_getenv ("BS_TEST_SCREENSHOT_SIZE") != NULL)
    {
      /* The pictures as the app looks: with its own style, which only
       * the application loads. */
      static GtkCssProvider *provider = NULL;

      if (provider == NULL)
        {
          provider = gtk_css_provider_new ();
          gtk_css_provider_load_from_resource (provider, "/io/github/blendscan/Blendscan/style.css");
          gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
        }

      int width = 1280, height = 800;

      sscanf (g_getenv ("BS_TEST_SCREENSHOT_SIZE"), "%dx%d", &width, &height);
      gtk_window_set_default_size (GTK_WINDOW (window), width, height);
    }
  bs_test_open (window, path);

  return window;
}

static BsNextCycleDialog *
find_dialog (BsWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (BS_IS_NEXT_CYCLE_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return BS_NEXT_CYCLE_DIALOG (toplevel);
    }

  return NULL;
}

/* Opens the dialog from the menu's action, as the user does. */
static BsNextCycleDialog *
start_next_cycle (BsWindow *window)
{
  BsNextCycleDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-next-cycle", NULL));
  bs_test_pump ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  bs_test_wait_mapped (GTK_WIDGET (dialog));

  return dialog;
}

/* The first statement, in framework order, whose note was carried over. */
static const char *
first_carried_over (BsAssessment *assessment)
{
  GListModel *levels = bs_framework_get_levels (bs_assessment_get_framework (assessment));

  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      GListModel *dimensions = bs_level_get_dimensions (level);

      if (!bs_assessment_includes_level (assessment, bs_level_get_id (level)))
        continue;
      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
              BsAnswer *answer = bs_assessment_lookup_answer (assessment, bs_statement_get_id (statement));

              if (answer != NULL && bs_answer_get_note_carried_over (answer))
                return bs_statement_get_id (statement);
            }
        }
    }

  return NULL;
}

static guint
count_answered (BsAssessment *assessment)
{
  GListModel *levels = bs_framework_get_levels (bs_assessment_get_framework (assessment));
  guint n = 0;

  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      GListModel *dimensions = bs_level_get_dimensions (level);

      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
              BsAnswer *answer = bs_assessment_lookup_answer (assessment, bs_statement_get_id (statement));

              if (answer != NULL && bs_answer_get_value (answer) != BS_VALUE_NONE)
                n++;
            }
        }
    }

  return n;
}

static gboolean
tag_shows (BsStatementCard *card)
{
  GtkWidget *tag = _bs_statement_card_get_carried_over_tag (card);

  return gtk_widget_get_visible (tag) && gtk_widget_get_mapped (tag);
}

static void
test_start (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *example = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  g_autofree char *old_bytes = NULL;
  g_autofree char *after_bytes = NULL;
  BsWindow *window;
  BsWindow *next_window;
  BsNextCycleDialog *dialog;
  BsAssessment *next;
  BsBaseline *baseline;
  BsStatementCard *card;
  GtkWidget *tag;
  GtkWidget *bar;
  const char *id;
  guint n_carried;
  g_autofree char *canonical_old = NULL;
  g_autofree char *expected_title = NULL;

  BS_TEST_REQUIRE_DISPLAY ();

  dir = bs_test_make_tmpdir ();
  example = bs_test_example_path ("full-three-levels.blendscan");
  old_path = copy_into (example, dir);
  new_path = g_build_filename (dir, "this-year.blendscan", NULL);
  g_assert_true (g_file_get_contents (old_path, &old_bytes, NULL, NULL));

  window = open_window (old_path);
  dialog = start_next_cycle (window);

  /* It says what will happen before anything is chosen. */
  g_assert_nonnull (strstr (bs_next_cycle_dialog_get_summary (dialog, "framework"), "the same as last cycle"));
  g_assert_nonnull (strstr (bs_next_cycle_dialog_get_summary (dialog, "answers"), "Start empty"));
  g_assert_nonnull (strstr (bs_next_cycle_dialog_get_summary (dialog, "notes"), "from last cycle"));
  g_assert_nonnull (strstr (bs_next_cycle_dialog_get_summary (dialog, "actions"), "open action"));
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
    BsAssessment *old = bs_window_get_assessment (window);

    g_assert_cmpstr (gtk_editable_get_text (bs_next_cycle_dialog_get_date_field (dialog)), ==, today);
    expected_title = bs_next_cycle_title (bs_assessment_get_title (old), bs_assessment_get_date (old), today);
    g_assert_cmpstr (gtk_editable_get_text (bs_next_cycle_dialog_get_title_field (dialog)), ==, expected_title);
    g_assert_cmpuint (bs_next_cycle_dialog_get_n_participants (dialog), ==,
                      g_list_model_get_n_items (bs_assessment_get_participants (old)));
  }
  /* One more participant, as "Add" and typing do. */
  bs_next_cycle_dialog_add_participant (dialog, "Nieuwe Collega", "docent");
  maybe_screenshot ("next-cycle-dialog.png");
  if (g_getenv ("BS_TEST_SCREENSHOT_DIR") != NULL)
    {
      GtkWidget *scrolled = bs_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));

      gtk_adjustment_set_value (adjustment, 300);
      maybe_screenshot ("next-cycle-dialog-middle.png");
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      maybe_screenshot ("next-cycle-dialog-end.png");
    }

  /* A file that cannot be written: the dialog stays and names it. */
  {
    g_autofree char *bad = g_build_filename (dir, "no-such-folder", "next.blendscan", NULL);

    g_assert_null (bs_next_cycle_dialog_create (dialog, bad));
    g_assert_nonnull (find_dialog (window));
    g_assert_nonnull (strstr (bs_next_cycle_dialog_get_error (dialog), "next.blendscan"));
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
  }

  next_window = bs_next_cycle_dialog_create (dialog, new_path);
  g_assert_nonnull (next_window);
  g_assert_true (next_window != window);
  bs_test_pump ();
  g_assert_null (find_dialog (window));
  bs_test_wait_mapped (GTK_WIDGET (next_window));

  /* The file is there, opened in the new window, not dirty. */
  g_assert_true (g_file_test (new_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (bs_window_get_path (next_window), ==, new_path);
  g_assert_false (bs_window_get_dirty (next_window));
  /* The old one untouched. */
  g_assert_true (g_file_get_contents (old_path, &after_bytes, NULL, NULL));
  g_assert_cmpstr (after_bytes, ==, old_bytes);

  next = bs_window_get_assessment (next_window);
  g_assert_cmpstr (bs_assessment_get_title (next), ==, expected_title);
  g_assert_cmpuint (count_answered (next), ==, 0);
  g_assert_cmpuint (count_answered (bs_window_get_assessment (window)), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_participants (next)), ==,
                    g_list_model_get_n_items (bs_assessment_get_participants (bs_window_get_assessment (window))) + 1);
  baseline = bs_assessment_get_baseline (next);
  g_assert_nonnull (baseline);
  canonical_old = g_canonicalize_filename (old_path, NULL);
  g_assert_cmpstr (bs_baseline_get_absolute_path (baseline), ==, canonical_old);

  /* A card whose statement had a note shows the tag. */
  n_carried = bs_assessment_count_carried_over (next);
  g_assert_cmpuint (n_carried, >, 1);
  id = first_carried_over (next);
  g_assert_nonnull (id);
  bs_window_show_statement (next_window, id);
  bs_test_pump ();
  card = bs_dimension_page_get_card (bs_window_get_dimension_page (next_window), id);
  g_assert_nonnull (card);
  bs_test_wait_mapped (GTK_WIDGET (card));
  g_assert_true (tag_shows (card));
  tag = _bs_statement_card_get_carried_over_tag (card);
  g_assert_nonnull (strstr (bs_carried_over_tag_get_text (BS_CARRIED_OVER_TAG (tag)), "from last cycle"));
  bar = bs_dimension_page_get_carried_over_bar (bs_window_get_dimension_page (next_window));
  g_assert_true (gtk_widget_get_mapped (bar));
  {
    g_autofree char *expected = g_strdup_printf ("%u notes from last cycle to confirm", n_carried);

    g_assert_cmpstr (bs_carried_over_bar_get_text (BS_CARRIED_OVER_BAR (bar)), ==, expected);
  }
  /* in sight for the picture, as Tab would bring it */
  gtk_widget_grab_focus (bs_carried_over_tag_get_button (BS_CARRIED_OVER_TAG (tag)));
  maybe_screenshot ("next-cycle-window.png");

  /* Confirm clears the tag; undo brings it back. */
  bs_test_click (bs_carried_over_tag_get_button (BS_CARRIED_OVER_TAG (tag)));
  bs_test_pump ();
  g_assert_false (bs_answer_is_carried_over (bs_assessment_lookup_answer (next, id)));
  g_assert_false (gtk_widget_get_visible (tag));
  g_assert_cmpuint (bs_assessment_count_carried_over (next), ==, n_carried - 1);
  g_assert_true (bs_window_get_dirty (next_window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (next_window), "win.undo", NULL));
  bs_test_pump ();
  card = bs_dimension_page_get_card (bs_window_get_dimension_page (next_window), id);
  g_assert_true (tag_shows (card));
  g_assert_true (bs_answer_get_note_carried_over (bs_assessment_lookup_answer (next, id)));
  g_assert_cmpuint (bs_assessment_count_carried_over (next), ==, n_carried);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (next_window), "win.redo", NULL));
  bs_test_pump ();
  g_assert_false (bs_answer_is_carried_over (bs_assessment_lookup_answer (next, id)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (next_window), "win.undo", NULL));
  bs_test_pump ();
  /* Confirmed, then the note rewritten: undoing the confirmation does not
   * mark the new text as last cycle's (the evidence, untouched, is). */
  {
    BsAnswer *answer = bs_assessment_lookup_answer (next, id);
    g_autofree char *note = g_strdup (bs_answer_get_note (answer));
    gboolean evidence = bs_answer_get_evidence_carried_over (answer);

    g_assert_cmpuint (bs_undo_stack_confirm_carried_over (bs_window_get_undo_stack (next_window), id), ==, 1);
    bs_answer_set_note (answer, "Herschreven.");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (next_window), "win.undo", NULL));
    g_assert_false (bs_answer_get_note_carried_over (answer));
    g_assert_true (bs_answer_get_evidence_carried_over (answer) == evidence);
    /* put back as it was for what follows */
    bs_answer_set_note (answer, note);
    bs_answer_set_note_carried_over (answer, TRUE);
    bs_test_pump ();
  }

  /* Confirm All: every mark at once, one step to undo. */
  bar = bs_dimension_page_get_carried_over_bar (bs_window_get_dimension_page (next_window));
  bs_test_click (bs_carried_over_bar_get_button (BS_CARRIED_OVER_BAR (bar)));
  bs_test_pump ();
  g_assert_cmpuint (bs_assessment_count_carried_over (next), ==, 0);
  g_assert_false (gtk_widget_get_visible (bar));
  card = bs_dimension_page_get_card (bs_window_get_dimension_page (next_window), id);
  g_assert_false (gtk_widget_get_visible (_bs_statement_card_get_carried_over_tag (card)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (next_window), "win.undo", NULL));
  bs_test_pump ();
  g_assert_cmpuint (bs_assessment_count_carried_over (next), ==, n_carried);
  bar = bs_dimension_page_get_carried_over_bar (bs_window_get_dimension_page (next_window));
  g_assert_true (gtk_widget_get_visible (bar));

  /* Editing the note clears its mark, and the tag goes. */
  bs_window_show_statement (next_window, id);
  bs_test_pump ();
  card = bs_dimension_page_get_card (bs_window_get_dimension_page (next_window), id);
  g_assert_true (tag_shows (card));
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (bs_statement_card_get_note_view (card));
    GtkTextIter end;

    gtk_text_buffer_get_end_iter (buffer, &end);
    gtk_text_buffer_insert (buffer, &end, " Nog steeds zo.", -1);
  }
  bs_test_pump ();
  g_assert_false (bs_answer_get_note_carried_over (bs_assessment_lookup_answer (next, id)));
  tag = _bs_statement_card_get_carried_over_tag (card);
  /* The evidence keeps its own mark until it is edited or confirmed. */
  if (bs_answer_get_evidence_carried_over (bs_assessment_lookup_answer (next, id)))
    g_assert_cmpstr (bs_carried_over_tag_get_text (BS_CARRIED_OVER_TAG (tag)), ==, "Evidence from last cycle");
  else
    g_assert_false (gtk_widget_get_visible (tag));
  gtk_editable_set_text (GTK_EDITABLE (bs_statement_card_get_evidence_entry (card)), "Jaarverslag");
  bs_test_pump ();
  g_assert_false (bs_answer_is_carried_over (bs_assessment_lookup_answer (next, id)));
  g_assert_false (gtk_widget_get_visible (tag));

  bs_test_close_window (next_window);
  bs_test_close_window (window);
  remove_dir (dir);
}

/* Last year's file of framework version 1.0: the next cycle moves to 2.0, and says so. */
static void
test_new_version (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *fixture = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *new_path = NULL;
  BsWindow *window;
  BsWindow *next_window;
  BsNextCycleDialog *dialog;
  const char *text;

  BS_TEST_REQUIRE_DISPLAY ();

  dir = bs_test_make_tmpdir ();
  fixture = bs_test_fixture_path ("full-three-levels-1.0.blendscan");
  old_path = copy_into (fixture, dir);
  new_path = g_build_filename (dir, "this-year.blendscan", NULL);

  window = open_window (old_path);
  g_assert_cmpstr (bs_framework_get_version (bs_assessment_get_framework (bs_window_get_assessment (window))), ==, "1.0");
  dialog = start_next_cycle (window);
  text = bs_next_cycle_dialog_get_summary (dialog, "framework");
  g_assert_nonnull (strstr (text, "from version 1.0 to 2.0"));
  maybe_screenshot ("next-cycle-version.png");

  next_window = bs_next_cycle_dialog_create (dialog, new_path);
  g_assert_nonnull (next_window);
  g_assert_cmpstr (bs_framework_get_version (bs_assessment_get_framework (bs_window_get_assessment (next_window))), ==, "2.0");

  bs_test_close_window (next_window);
  bs_test_close_window (window);
  remove_dir (dir);
}

/* Unsaved changes: saved first by default; switched off, the next cycle
 * starts from the file as last saved and the changes stay unsaved. */
static void
test_unsaved (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *example = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *first_path = NULL;
  g_autofree char *second_path = NULL;
  BsWindow *window;
  BsWindow *next_window;
  BsNextCycleDialog *dialog;
  BsAssessment *old;
  BsBaseline *baseline;
  const char *id;
  int before;

  BS_TEST_REQUIRE_DISPLAY ();

  dir = bs_test_make_tmpdir ();
  example = bs_test_example_path ("full-three-levels.blendscan");
  old_path = copy_into (example, dir);
  first_path = g_build_filename (dir, "from-saved.blendscan", NULL);
  second_path = g_build_filename (dir, "from-changes.blendscan", NULL);

  window = open_window (old_path);
  old = bs_window_get_assessment (window);
  id = bs_statement_get_id (bs_statement_card_get_statement (bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0)));
  before = bs_answer_get_value (bs_assessment_lookup_answer (old, id));
  bs_assessment_set_value (old, id, before == 1 ? 2 : 1);
  bs_test_pump ();
  g_assert_true (bs_window_get_dirty (window));

  /* Switched off: from the file as last saved. */
  dialog = start_next_cycle (window);
  bs_next_cycle_dialog_set_save_first (dialog, FALSE);
  next_window = bs_next_cycle_dialog_create (dialog, first_path);
  g_assert_nonnull (next_window);
  g_assert_true (bs_window_get_dirty (window));
  baseline = bs_assessment_get_baseline (bs_window_get_assessment (next_window));
  g_assert_cmpint (bs_answer_get_value (bs_baseline_lookup_answer (baseline, id)), ==, before);
  bs_test_close_window (next_window);

  /* The new file cannot be the old one. */
  dialog = start_next_cycle (window);
  g_assert_null (bs_next_cycle_dialog_create (dialog, old_path));
  g_assert_nonnull (strstr (bs_next_cycle_dialog_get_error (dialog), "last-year.blendscan"));

  /* On, as it starts: saved first, and the change is in the baseline. */
  next_window = bs_next_cycle_dialog_create (dialog, second_path);
  g_assert_nonnull (next_window);
  g_assert_false (bs_window_get_dirty (window));
  baseline = bs_assessment_get_baseline (bs_window_get_assessment (next_window));
  g_assert_cmpint (bs_answer_get_value (bs_baseline_lookup_answer (baseline, id)), ==, before == 1 ? 2 : 1);

  bs_test_close_window (next_window);
  bs_test_close_window (window);
  remove_dir (dir);
}

/* The words of a move: arrow and sign in the text, not colour alone. */
static void
test_describe_move (void)
{
  g_autofree char *up = bs_action_cycle_info_describe_move (BS_SCORE_MOVE_UP, TRUE, 2.0, 2.6);
  g_autofree char *down = bs_action_cycle_info_describe_move (BS_SCORE_MOVE_DOWN, FALSE, 3.0, 2.25);
  g_autofree char *same = bs_action_cycle_info_describe_move (BS_SCORE_MOVE_SAME, TRUE, 2.5, 2.5);
  g_autofree char *unknown = bs_action_cycle_info_describe_move (BS_SCORE_MOVE_UNKNOWN, TRUE, 2.5, NAN);

  g_assert_cmpstr (up, ==, "↑ Linked scores up from 2.0 to 2.6");
  g_assert_cmpstr (down, ==, "↓ Dimension score down from 3.0 to 2.2");
  g_assert_cmpstr (same, ==, "= Linked scores the same, 2.5");
  g_assert_cmpstr (unknown, ==, "Not scored in this cycle yet");
}

static void
set_links (BsAssessment *assessment,
           BsAction     *action,
           int           value)
{
  const char * const *links = bs_action_get_statement_ids (action);

  for (guint i = 0; links[i] != NULL; i++)
    bs_assessment_set_value (assessment, links[i], value);
}

/* The widget an action row can embed, on its own: where the action came
 * from, its links and history, and how its linked scores moved, updated
 * as answers change. */
static void
test_action_cycle_info (void)
{
  g_autofree char *example = bs_test_example_path ("full-three-levels.blendscan");
  g_autoptr(BsAssessment) previous = NULL;
  g_autoptr(BsAssessment) next = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAction) action = NULL;
  g_autofree char *date = NULL;
  g_autofree char *origin = NULL;
  BsActionCycleInfo *info;
  GListModel *actions;
  GtkWidget *window;
  double then = NAN;
  gboolean checked = FALSE;

  BS_TEST_REQUIRE_DISPLAY ();

  previous = bs_assessment_load (example, NULL, &error);
  g_assert_no_error (error);
  next = bs_assessment_new_next_cycle (previous, NULL, NULL, "2027-03-01", &error);
  g_assert_no_error (error);

  actions = bs_assessment_get_actions (next);
  for (guint i = 0; i < g_list_model_get_n_items (actions) && action == NULL; i++)
    {
      g_autoptr(BsAction) candidate = g_list_model_get_item (actions, i);

      if (bs_action_get_dimension_id (candidate) != NULL)
        action = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (action);
  /* The example's actions have no links of their own: two of its
   * dimension's statements, as the action row will let one choose. */
  if (bs_action_get_statement_ids (action)[0] == NULL)
    {
      BsDimension *dimension = bs_framework_lookup_dimension (bs_assessment_get_framework (next),
                                                              bs_action_get_level_id (action),
                                                              bs_action_get_dimension_id (action));
      GListModel *statements = bs_dimension_get_statements (dimension);
      g_autoptr(BsStatement) first = g_list_model_get_item (statements, 0);
      g_autoptr(BsStatement) second = g_list_model_get_item (statements, 1);
      const char *ids[] = { bs_statement_get_id (first), bs_statement_get_id (second), NULL };

      bs_action_set_statement_ids (action, ids);
    }
  g_assert_true (bs_action_get_carried_over (action));

  window = gtk_window_new ();
  /* as narrow as an action row in a small window */
  gtk_window_set_default_size (GTK_WINDOW (window), 480, -1);
  info = BS_ACTION_CYCLE_INFO (bs_action_cycle_info_new (next, action));
  gtk_widget_set_margin_start (GTK_WIDGET (info), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (info), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (info), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (info), 12);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (info));
  gtk_window_present (GTK_WINDOW (window));
  bs_test_wait_mapped (GTK_WIDGET (info));

  date = bs_date_locale_format_date (bs_assessment_get_date (previous));
  origin = g_strdup_printf ("Carried over from %s (%s)", bs_assessment_get_title (previous), date);
  g_assert_cmpstr (bs_action_cycle_info_get_origin_text (info), ==, origin);
  g_assert_cmpuint (bs_action_cycle_info_get_n_links (info), ==, g_strv_length ((char **) bs_action_get_statement_ids (action)));
  g_assert_cmpuint (bs_action_cycle_info_get_n_history (info), ==, bs_action_get_n_changes (action));
  /* A change of status is a line more of history. */
  {
    guint n = bs_action_get_n_changes (action);

    bs_action_change_status (action, BS_ACTION_IN_PROGRESS, "2027-03-02", "Gestart met twee modules");
    bs_test_pump ();
    g_assert_cmpuint (bs_action_cycle_info_get_n_history (info), ==, n + 1);
  }

  /* Nothing answered yet in the new cycle. */
  g_assert_cmpstr (bs_action_cycle_info_get_move_text (info), ==, "Not scored in this cycle yet");

  /* Answers move it, and the widget follows. */
  set_links (next, action, 4);
  bs_test_pump ();
  if (bs_action_get_score_move (next, action, &then, NULL) == BS_SCORE_MOVE_UP)
    {
      g_assert_true (g_str_has_prefix (bs_action_cycle_info_get_move_text (info), "↑ Linked scores up from "));
      checked = TRUE;
    }
  set_links (next, action, 1);
  bs_test_pump ();
  if (bs_action_get_score_move (next, action, &then, NULL) == BS_SCORE_MOVE_DOWN)
    {
      g_assert_true (g_str_has_prefix (bs_action_cycle_info_get_move_text (info), "↓ Linked scores down from "));
      checked = TRUE;
    }
  g_assert_true (checked);
  maybe_screenshot ("action-cycle-info.png");

  /* Not carried over: nothing to show. */
  bs_action_set_carried_over (action, FALSE, NULL, NULL);
  bs_test_pump ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (info)));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (FALSE);

  g_test_add_func ("/app/next-cycle/start", test_start);
  g_test_add_func ("/app/next-cycle/new-version", test_new_version);
  g_test_add_func ("/app/next-cycle/unsaved", test_unsaved);
  g_test_add_func ("/app/next-cycle/describe-move", test_describe_move);
  g_test_add_func ("/app/next-cycle/action-cycle-info", test_action_cycle_info);

  return g_test_run ();
}
