/* test-collect.c: questionnaires handed out from the dialog, and responses added by the action's code and by a drop, with undo and refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "bs-hand-out-dialog.h"
#include "bs-statement-card-private.h"
#include "bs-window.h"
#include "bs-test-gui.h"

/* With BS_TEST_SCREENSHOT_DIR set (and ImageMagick's import), the screen
 * as it is, 800×600, to look at for clipping: not a check, a picture. */
static void
maybe_screenshot (const char *name)
{
  const char *dir = g_getenv ("BS_TEST_SCREENSHOT_DIR");
  g_autofree char *import = g_find_program_in_path ("import");
  g_autofree char *path = NULL;

  if (dir == NULL || import == NULL)
    return;

  /* Some frames: the dialog has just been laid out. */
  {
    gint64 until = g_get_monotonic_time () + 500 * G_TIME_SPAN_MILLISECOND;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  path = g_build_filename (dir, name, NULL);
  {
    const char *argv[] = { import, "-window", "root", "-crop", "800x600+0+0", path, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, NULL, NULL);
  }
}

static BsWindow *
new_window_with (const char *example)
{
  g_autofree char *path = bs_test_example_path (example);
  BsWindow *window = bs_test_new_window ();

  if (g_getenv ("BS_TEST_SCREENSHOT_DIR") != NULL)
    gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  bs_test_open (window, path);

  return window;
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

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;

  return n;
}

/* The dialog that "win.hand-out" opened over @window. */
static BsHandOutDialog *
find_dialog (BsWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (BS_IS_HAND_OUT_DIALOG (toplevel) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window) &&
          gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return BS_HAND_OUT_DIALOG (toplevel);
    }

  return NULL;
}

/* Hands out questionnaires for three named respondents from the dialog, as
 * a user does: each gets a respondent file named after them, with the
 * team's framework and unit, their name and role. */
static void
hand_out_three (BsWindow   *window,
                const char *dir)
{
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  BsHandOutDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.hand-out", NULL));
  bs_test_pump ();
  dialog = find_dialog (window);
  g_assert_nonnull (dialog);
  bs_test_wait_mapped (GTK_WIDGET (dialog));

  bs_hand_out_dialog_set_folder (dialog, folder);
  bs_hand_out_dialog_set_format (dialog, BS_HAND_OUT_RESPONDENT_FILES);
  bs_hand_out_dialog_add_name (dialog, "Zoë Testpersoon", "teacher");
  bs_hand_out_dialog_add_name (dialog, "José Núñez", "student");
  bs_hand_out_dialog_add_name (dialog, "Piet Puk", NULL);
  maybe_screenshot ("hand-out-named.png");
  bs_test_click (bs_test_find_button (GTK_WIDGET (dialog), "_Hand Out"));
  bs_test_pump ();
  g_assert_null (find_dialog (window));
}

static char *
fill_in (const char *dir,
         const char *file,
         const char *statement_id,
         int         value)
{
  char *path = g_build_filename (dir, file, NULL);
  g_autoptr(BsAssessment) questionnaire = NULL;
  g_autoptr(GError) error = NULL;

  questionnaire = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  bs_assessment_set_value (questionnaire, statement_id, value);
  g_assert_true (bs_assessment_save (questionnaire, path, &error));
  g_assert_no_error (error);

  return path;
}

static const char *
first_statement_id (BsWindow *window)
{
  BsStatementCard *card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);

  return bs_statement_get_id (bs_statement_card_get_statement (card));
}

/* Opens @example, hands out the three questionnaires into a new folder
 * (@dir) and fills in the first statement: @zoe_value in Zoë's, and
 * @jose_value in José's when @jose is given. */
static BsWindow *
hand_out_and_fill (const char  *example,
                   char       **dir,
                   int          zoe_value,
                   char       **zoe,
                   int          jose_value,
                   char       **jose)
{
  BsWindow *window;

  *dir = bs_test_make_tmpdir ();
  window = new_window_with (example);
  hand_out_three (window, *dir);
  g_assert_cmpuint (count_files (*dir), ==, 3);
  *zoe = fill_in (*dir, "zoe-testpersoon.blendscan", first_statement_id (window), zoe_value);
  if (jose != NULL)
    *jose = fill_in (*dir, "jose-nunez.blendscan", first_statement_id (window), jose_value);

  return window;
}

/* Adds the questionnaires at @a and, when given, @b, as the action does. */
static gboolean
add_responses (BsWindow   *window,
               const char *a,
               const char *b)
{
  g_autoptr(GFile) file_a = g_file_new_for_path (a);
  g_autoptr(GFile) file_b = b != NULL ? g_file_new_for_path (b) : NULL;
  GFile *files[] = { file_a, file_b };

  return bs_window_add_responses (window, files, b != NULL ? 2 : 1);
}

static void
test_hand_out (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *zoe = NULL;
  g_autoptr(BsAssessment) questionnaire = NULL;
  g_autoptr(GError) error = NULL;
  BsAssessment *team;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  dir = bs_test_make_tmpdir ();
  window = new_window_with ("team-bedrijfskunde.blendscan");
  team = bs_window_get_assessment (window);
  hand_out_three (window, dir);

  g_assert_cmpuint (count_files (dir), ==, 3);
  zoe = g_build_filename (dir, "zoe-testpersoon.blendscan", NULL);
  questionnaire = bs_assessment_load (zoe, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (bs_assessment_is_respondent_file (questionnaire));
  g_assert_cmpstr (bs_assessment_get_respondent_name (questionnaire), ==, "Zoë Testpersoon");
  g_assert_cmpstr (bs_assessment_get_respondent_role (questionnaire), ==, "teacher");
  g_assert_cmpstr (bs_assessment_get_unit (questionnaire), ==, bs_assessment_get_unit (team));
  g_clear_object (&questionnaire);
  {
    g_autofree char *jose = g_build_filename (dir, "jose-nunez.blendscan", NULL);
    g_autofree char *piet = g_build_filename (dir, "piet-puk.blendscan", NULL);

    questionnaire = bs_assessment_load (piet, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (bs_assessment_get_respondent_role (questionnaire), ==, "other");
    g_assert_true (g_file_test (jose, G_FILE_TEST_IS_REGULAR));
  }

  /* The same round again: the files are there, and nothing is written. */
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    BsHandOutDialog *dialog;

    g_file_get_contents (zoe, &before, NULL, NULL);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.hand-out", NULL));
    bs_test_pump ();
    dialog = find_dialog (window);
    bs_hand_out_dialog_set_folder (dialog, folder);
    bs_hand_out_dialog_add_name (dialog, "Zoë Testpersoon", "teacher");
    bs_hand_out_dialog_add_name (dialog, "Nieuw Iemand", "student");
    bs_test_click (bs_test_find_button (GTK_WIDGET (dialog), "_Hand Out"));
    g_assert_nonnull (bs_hand_out_dialog_get_error (dialog));
    g_assert_nonnull (strstr (bs_hand_out_dialog_get_error (dialog), "zoe-testpersoon.blendscan"));
    g_assert_nonnull (strstr (bs_hand_out_dialog_get_error (dialog), "exists already"));
    g_assert_cmpuint (count_files (dir), ==, 3);
    g_file_get_contents (zoe, &after, NULL, NULL);
    g_assert_cmpstr (before, ==, after);

    /* A name twice is refused by its row, before any file. */
    bs_hand_out_dialog_add_name (dialog, "NIEUW  iemand", "teacher");
    {
      g_autofree char *other = bs_test_make_tmpdir ();
      g_autoptr(GFile) other_folder = g_file_new_for_path (other);

      bs_hand_out_dialog_set_folder (dialog, other_folder);
      bs_test_click (bs_test_find_button (GTK_WIDGET (dialog), "_Hand Out"));
      g_assert_true (g_str_has_prefix (bs_hand_out_dialog_get_error (dialog), "Row 3: "));
      maybe_screenshot ("hand-out-error.png");
      g_assert_cmpuint (count_files (other), ==, 0);

      /* A names file with a bad line is refused by its line. */
      {
        g_autofree char *names = g_build_filename (other, "names.csv", NULL);

        g_assert_true (g_file_set_contents (names, "name,role\nAnna,teacher\nBert,astronaut\n", -1, NULL));
        g_assert_false (bs_hand_out_dialog_import_names (dialog, names));
        g_assert_nonnull (strstr (bs_hand_out_dialog_get_error (dialog), "line 3"));
        g_assert_nonnull (strstr (bs_hand_out_dialog_get_error (dialog), "astronaut"));
        g_assert_true (g_file_set_contents (names, "Anna,teacher\nBert,student\n", -1, NULL));
        g_assert_true (bs_hand_out_dialog_import_names (dialog, names));
        g_assert_null (bs_hand_out_dialog_get_error (dialog));
        g_unlink (names);
      }

      /* Paper forms for them. */
      bs_hand_out_dialog_set_format (dialog, BS_HAND_OUT_PDF);
      bs_test_click (bs_test_find_button (GTK_WIDGET (dialog), "_Hand Out"));
      bs_test_pump ();
      g_assert_null (find_dialog (window));
      g_assert_cmpuint (count_files (other), ==, 2);
      {
        g_autofree char *pdf = g_build_filename (other, "bert.pdf", NULL);
        g_autoptr(GBytes) bytes = bs_test_read_bytes (pdf);

        g_assert_cmpuint (g_bytes_get_size (bytes), >, 4);
        g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 4, "%PDF", 4);
      }
      remove_dir (other);
    }
  }

  /* Anonymous respondents and the CSV template: one file. */
  {
    g_autofree char *other = bs_test_make_tmpdir ();
    g_autoptr(GFile) folder = g_file_new_for_path (other);
    g_autofree char *csv = g_build_filename (other, "questionnaire.csv", NULL);
    BsHandOutDialog *dialog;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.hand-out", NULL));
    bs_test_pump ();
    dialog = find_dialog (window);
    bs_hand_out_dialog_set_folder (dialog, folder);
    bs_hand_out_dialog_set_anonymous (dialog, 5);
    bs_hand_out_dialog_set_format (dialog, BS_HAND_OUT_CSV);
    maybe_screenshot ("hand-out-anonymous.png");
    bs_test_click (bs_test_find_button (GTK_WIDGET (dialog), "_Hand Out"));
    bs_test_pump ();
    g_assert_cmpuint (count_files (other), ==, 1);
    g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
    remove_dir (other);
  }

  bs_test_close_window (window);
  remove_dir (dir);
}

/* Two filled-in questionnaires added as the action adds them: the team
 * has them, the document is modified, the cards say so, and one undo
 * takes both back. */
static void
test_add_responses (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *zoe = NULL;
  g_autofree char *jose = NULL;
  g_autofree char *label_before = NULL;
  BsStatementCard *card;
  BsWindow *window;
  BsTeam *team;
  guint n;

  BS_TEST_REQUIRE_DISPLAY ();

  window = hand_out_and_fill ("team-bedrijfskunde.blendscan", &dir, 4, &zoe, 1, &jose);
  team = bs_assessment_get_team (bs_window_get_assessment (window));
  n = bs_team_get_n_respondents (team);
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  label_before = g_strdup (gtk_label_get_label (bs_statement_card_get_team_label (card)));
  g_assert_false (bs_window_get_dirty (window));

  g_assert_true (add_responses (window, zoe, jose));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, n + 2);
  g_assert_nonnull (bs_team_find_respondent (team, "Zoë Testpersoon", "teacher"));
  g_assert_nonnull (bs_team_find_respondent (team, "José Núñez", "student"));
  g_assert_true (bs_window_get_dirty (window));
  g_assert_cmpstr (gtk_label_get_label (bs_statement_card_get_team_label (card)), !=, label_before);
  g_assert_nonnull (strstr (gtk_label_get_label (bs_statement_card_get_team_label (card)), "of 14 answered"));

  /* One undo for both; the page stays where it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, n);
  g_assert_null (bs_team_find_respondent (team, "Zoë Testpersoon", "teacher"));
  g_assert_cmpstr (gtk_label_get_label (bs_statement_card_get_team_label (card)), ==, label_before);
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "dimension");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, n + 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, n);

  bs_test_close_window (window);
  remove_dir (dir);
}

/* A questionnaire about another unit is refused with a message naming it,
 * and nothing changes, not even for the good file beside it. */
static void
test_refused (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *zoe = NULL;
  g_autofree char *stranger = NULL;
  g_autoptr(BsAssessment) other = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *message;
  BsUndoStack *undo;
  BsWindow *window;
  BsTeam *team;
  guint n;

  BS_TEST_REQUIRE_DISPLAY ();

  window = hand_out_and_fill ("team-bedrijfskunde.blendscan", &dir, 3, &zoe, 0, NULL);
  team = bs_assessment_get_team (bs_window_get_assessment (window));
  undo = bs_window_get_undo_stack (window);
  n = bs_team_get_n_respondents (team);

  other = bs_assessment_new_blank_respondent (bs_window_get_assessment (window), NULL, "Vreemde Eend", "student");
  bs_assessment_set_unit (other, "Bachelor Sterrenkunde");
  stranger = g_build_filename (dir, "vreemde-eend.blendscan", NULL);
  g_assert_true (bs_assessment_save (other, stranger, &error));
  g_assert_no_error (error);

  g_assert_false (add_responses (window, zoe, stranger));
  bs_test_pump ();
  message = bs_test_find_dialog ();
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, "Could Not Add Responses");
  maybe_screenshot ("add-refused.png");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "vreemde-eend.blendscan"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "Sterrenkunde"));
  bs_test_respond (message, "close");

  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, n);
  g_assert_false (bs_window_get_dirty (window));
  g_assert_false (bs_undo_stack_get_can_undo (undo));

  bs_test_close_window (window);
  remove_dir (dir);
}

static GtkDropTarget *
find_drop_target (BsWindow *window)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static gboolean
drop (BsWindow    *window,
      const char  *a,
      const char  *b)
{
  g_autoptr(GFile) file_a = g_file_new_for_path (a);
  g_autoptr(GFile) file_b = g_file_new_for_path (b);
  GSList *list = g_slist_append (g_slist_append (NULL, file_a), file_b);
  GtkDropTarget *target = find_drop_target (window);
  GValue value = G_VALUE_INIT;
  gboolean taken = FALSE;

  g_assert_nonnull (target);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (list));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &taken);
  g_value_unset (&value);
  g_slist_free (list);
  bs_test_pump ();

  return taken;
}

/* Questionnaires dropped onto a team file are added once the user agrees;
 * dropped onto the welcome page they make a new team assessment. */
static void
test_drop (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *zoe = NULL;
  g_autofree char *jose = NULL;
  AdwMessageDialog *question;
  BsWindow *window;
  BsTeam *team;
  guint n;

  BS_TEST_REQUIRE_DISPLAY ();

  window = hand_out_and_fill ("team-bedrijfskunde.blendscan", &dir, 2, &zoe, 3, &jose);
  team = bs_assessment_get_team (bs_window_get_assessment (window));
  n = bs_team_get_n_respondents (team);

  /* Cancelled: nothing. */
  g_assert_true (drop (window, zoe, jose));
  question = bs_test_find_dialog ();
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Add 2 Responses to This Team?");
  maybe_screenshot ("drop-question.png");
  bs_test_respond (question, "cancel");
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, n);

  g_assert_true (drop (window, zoe, jose));
  question = bs_test_find_dialog ();
  g_assert_nonnull (question);
  bs_test_respond (question, "add");
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, n + 2);
  g_assert_true (bs_window_get_dirty (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, n);
  bs_test_close_window (window);

  /* On the welcome page: a new team assessment of the two. */
  window = bs_test_new_window ();
  g_assert_true (drop (window, zoe, jose));
  question = bs_test_find_dialog ();
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Make a Team Assessment of 2 Files?");
  bs_test_respond (question, "team");
  g_assert_nonnull (bs_window_get_assessment (window));
  team = bs_assessment_get_team (bs_window_get_assessment (window));
  g_assert_cmpuint (bs_team_get_n_respondents (team), ==, 2);
  g_assert_true (bs_assessment_is_team (bs_window_get_assessment (window)));
  g_assert_true (bs_window_get_dirty (window));
  bs_test_close_window (window);

  remove_dir (dir);
}

/* Handing out from an assessment of one person works, and says what
 * happens; adding its questionnaires back makes it a team assessment. */
static void
test_not_a_team (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *zoe = NULL;
  BsAssessment *assessment;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = hand_out_and_fill ("marketingcommunicatie.blendscan", &dir, 4, &zoe, 0, NULL);
  assessment = bs_window_get_assessment (window);
  g_assert_false (bs_assessment_is_team (assessment));

  g_assert_true (add_responses (window, zoe, NULL));
  g_assert_true (bs_assessment_is_team (assessment));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (bs_statement_card_get_team_label (
    bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0)))));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_false (bs_assessment_is_team (assessment));

  bs_test_close_window (window);
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (FALSE);

  g_test_add_func ("/app/collect/hand-out", test_hand_out);
  g_test_add_func ("/app/collect/add-responses", test_add_responses);
  g_test_add_func ("/app/collect/refused", test_refused);
  g_test_add_func ("/app/collect/drop", test_drop);
  g_test_add_func ("/app/collect/not-a-team", test_not_a_team);

  return g_test_run ();
}
