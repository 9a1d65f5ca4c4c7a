/* test-unsaved.c: the window's unsaved mark in its title, its recovery copy, and closing without a question when saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <utime.h>

#include <adwaita.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "bs-recovery.h"
#include "bs-window.h"
#include "bs-test-gui.h"

static gboolean
title_marked (BsWindow *window)
{
  return g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• ");
}

/* The mark comes with a change and goes with a save; the recovery copy
 * written meanwhile goes with it, and the window then closes without
 * asking. */
static void
test_title_mark_follows_changes (void)
{
  g_autofree char *example = bs_test_example_path ("digicoaches.blendscan");
  g_autofree char *dir = g_dir_make_tmp ("blendscan-unsaved-XXXXXX", NULL);
  g_autofree char *saved = g_build_filename (dir, "saved.blendscan", NULL);
  g_autofree char *recovery = NULL;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_window_new (NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Blendscan");

  bs_test_open (window, example);
  g_assert_false (title_marked (window));

  bs_assessment_set_title (bs_window_get_assessment (window), "Gewijzigd");
  bs_test_pump ();
  g_assert_true (bs_window_get_dirty (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Gewijzigd");

  g_assert_true (bs_window_write_recovery (window));
  recovery = g_strdup (bs_window_get_recovery_path (window));
  g_assert_true (g_file_test (recovery, G_FILE_TEST_IS_REGULAR));

  g_assert_true (bs_window_save_to_path (window, saved));
  bs_test_pump ();
  g_assert_false (bs_window_get_dirty (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Gewijzigd");
  g_assert_false (g_file_test (recovery, G_FILE_TEST_EXISTS));

  /* Saved: no question, the window just closes. */
  gtk_window_close (GTK_WINDOW (window));
  bs_test_pump ();
  g_assert_null (window);

  g_assert_cmpint (g_remove (saved), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A new assessment starts marked (it is in no file yet); one opened
 * after it in the same window starts clean, whatever came before. */
static void
test_new_assessment_marked (void)
{
  g_autofree char *example = bs_test_example_path ("digicoaches.blendscan");
  g_autoptr(BsAssessment) opened = NULL;
  g_autoptr(BsAssessment) fresh = NULL;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  opened = bs_assessment_load (example, NULL, NULL);
  g_assert_nonnull (opened);
  fresh = bs_assessment_new (bs_assessment_get_framework (opened));
  bs_assessment_set_title (fresh, "Nieuw");

  window = bs_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));

  bs_window_set_assessment (window, fresh, NULL, TRUE);
  bs_test_pump ();
  g_assert_true (bs_window_get_dirty (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Nieuw");
  g_assert_nonnull (bs_window_get_recovery_path (window));

  bs_window_set_assessment (window, opened, example, FALSE);
  bs_test_pump ();
  g_assert_false (bs_window_get_dirty (window));
  g_assert_false (title_marked (window));
  g_assert_false (bs_window_write_recovery (window));

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
}

static char *
read_all (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  return contents;
}

/* Someone else writes the file: other bytes, and a modification time in
 * the past, so the test does not depend on the clock having ticked. */
static void
change_on_disk (const char *path,
                const char *bytes)
{
  struct utimbuf past = { 978307200, 978307200 };  /* 2001-01-01 */

  g_assert_true (g_file_set_contents (path, bytes, -1, NULL));
  g_assert_cmpint (g_utime (path, &past), ==, 0);
}

/* A file someone else changed since the window opened it is not silently
 * overwritten: Save asks, naming the file; Cancel leaves their version on
 * disk and ours in the window, unsaved; Overwrite writes ours. A file
 * nobody else touched saves without a question. */
static void
test_changed_on_disk (void)
{
  g_autofree char *example = bs_test_example_path ("digicoaches.blendscan");
  g_autofree char *dir = g_dir_make_tmp ("blendscan-unsaved-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "x.blendscan", NULL);
  g_autofree char *backup = g_build_filename (dir, "x.blendscan~", NULL);
  g_autofree char *theirs = NULL;
  g_autofree char *on_disk = NULL;
  g_autoptr(BsAssessment) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window ();
  g_assert_true (bs_window_open_path (window, example));
  g_assert_true (bs_window_save_to_path (window, path));
  g_assert_true (bs_window_open_path (window, path));

  /* Nobody else touched it: saved at once, no question. */
  bs_assessment_set_title (bs_window_get_assessment (window), "Ons eerste");
  bs_test_pump ();
  g_assert_true (bs_window_save (window));
  bs_test_pump ();
  g_assert_null (bs_test_find_dialog ());
  g_assert_false (bs_window_get_dirty (window));

  /* Again after our own save: the window knows its own version. */
  bs_assessment_set_title (bs_window_get_assessment (window), "Ons tweede");
  bs_test_pump ();
  g_assert_true (bs_window_save (window));
  bs_test_pump ();
  g_assert_null (bs_test_find_dialog ());

  /* Someone else writes it. */
  theirs = read_all (path);
  theirs = g_realloc (theirs, strlen (theirs) + 32);
  strcat (theirs, "<!-- hun versie -->\n");
  change_on_disk (path, theirs);

  bs_assessment_set_title (bs_window_get_assessment (window), "Ons derde");
  bs_test_pump ();
  g_assert_false (bs_window_save (window));
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "“x.blendscan” was changed by someone else since you opened it");
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "overwrite"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);

  /* Cancel: their bytes stay, our work stays open and unsaved. */
  bs_test_respond (dialog, "cancel");
  bs_test_pump ();
  g_assert_null (bs_test_find_dialog ());
  on_disk = read_all (path);
  g_assert_cmpstr (on_disk, ==, theirs);
  g_clear_pointer (&on_disk, g_free);
  g_assert_true (bs_window_get_dirty (window));
  g_assert_cmpstr (bs_window_get_path (window), ==, path);
  g_assert_cmpstr (bs_assessment_get_title (bs_window_get_assessment (window)), ==, "Ons derde");

  /* Asked again on the next Save; Overwrite writes ours. */
  g_assert_false (bs_window_save (window));
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  bs_test_respond (dialog, "overwrite");
  bs_test_pump ();
  g_assert_null (bs_test_find_dialog ());
  g_assert_false (bs_window_get_dirty (window));
  reloaded = bs_assessment_load (path, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_assessment_get_title (reloaded), ==, "Ons derde");
  /* Their version is the backup a save keeps. */
  on_disk = read_all (backup);
  g_assert_cmpstr (on_disk, ==, theirs);

  /* And ours is the known version now: no question. */
  bs_assessment_set_title (bs_window_get_assessment (window), "Ons vierde");
  bs_test_pump ();
  g_assert_true (bs_window_save (window));
  bs_test_pump ();
  g_assert_null (bs_test_find_dialog ());

  bs_test_destroy_window (window);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_remove (backup), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* The child of test_recovery_survives_kill: a window with unsaved work,
 * left running until the parent kills it. */
static int
run_recovery_child (const char *path)
{
  BsWindow *window;

  if (!gtk_init_check ())
    return 77;
  adw_init ();

  window = bs_test_new_window ();
  if (!bs_window_open_path (window, path))
    return 1;
  bs_assessment_set_title (bs_window_get_assessment (window), "Niet opgeslagen werk");

  /* Runs until killed; the recovery timer writes the copy meanwhile. */
  for (;;)
    g_main_context_iteration (NULL, TRUE);

  return 0;
}

static gboolean
copy_appeared (gpointer data)
{
  GPtrArray *before = data;
  g_autoptr(GPtrArray) now = bs_recovery_list ();

  for (guint i = 0; i < now->len; i++)
    {
      const char *path = g_ptr_array_index (now, i);
      g_autofree char *source = g_strconcat (path, ".source", NULL);

      if (!g_ptr_array_find_with_equal_func (before, path, g_str_equal, NULL)
          && g_file_test (source, G_FILE_TEST_EXISTS))
        return TRUE;
    }

  return FALSE;
}

/* The recovery copy of a window with unsaved work survives the process
 * being killed (SIGKILL: nothing runs on the way out) and is offered
 * back: it is in the list the app offers at its next start, names the
 * file it belongs to, and opens with the unsaved change in it. The
 * window runs in a child process, with a short recovery interval. */
static void
test_recovery_survives_kill (void)
{
  g_autofree char *example = bs_test_example_path ("digicoaches.blendscan");
  g_autofree char *dir = g_dir_make_tmp ("blendscan-kill-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "werk.blendscan", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *recovery = NULL;
  g_autofree char *original = NULL;
  g_autofree char *recovery_dir = bs_recovery_get_dir ();
  g_autoptr(GPtrArray) before = bs_recovery_list ();
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(BsAssessment) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = NULL;
  g_autoptr(GDir) listing = NULL;
  const char *name;
  const char *argv[4];
  GPid pid;
  int status;
  gboolean appeared = FALSE;

  BS_TEST_REQUIRE_DISPLAY ();

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));

  argv[0] = g_test_get_filename (G_TEST_BUILT, "test-unsaved", NULL);
  argv[1] = "--recovery-child";
  argv[2] = path;
  argv[3] = NULL;
  envp = g_get_environ ();
  envp = g_environ_setenv (envp, "BLENDSCAN_TEST_RECOVERY_INTERVAL_MS", "50", TRUE);
  g_assert_true (g_spawn_async (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, &error));
  g_assert_no_error (error);

  /* Bounded: 30 s at most, then the test fails instead of hanging. */
  for (guint i = 0; i < 3000 && !appeared; i++)
    {
      appeared = copy_appeared (before);
      if (!appeared)
        g_usleep (10 * 1000);
    }

  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (appeared);
  g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);

  after = bs_recovery_list ();
  g_assert_cmpuint (after->len, ==, before->len + 1);
  for (guint i = 0; i < after->len && recovery == NULL; i++)
    if (!g_ptr_array_find_with_equal_func (before, g_ptr_array_index (after, i), g_str_equal, NULL))
      recovery = g_strdup (g_ptr_array_index (after, i));
  g_assert_nonnull (recovery);

  original = bs_recovery_get_original (recovery);
  g_assert_cmpstr (original, ==, path);
  restored = bs_recovery_load (recovery, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bs_assessment_get_title (restored), ==, "Niet opgeslagen werk");

  /* The copy was written whole, through a temporary file: none is left
   * that the next start would have to deal with. */
  bs_recovery_remove (recovery);
  listing = g_dir_open (recovery_dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_null (strstr (name, ".blendscan-"));

  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* Copies a window's recovery copy aside, as if its process had died: the
 * window's own copy goes when the window is closed. */
static char *
copy_recovery (BsWindow *window)
{
  const char *path = bs_window_get_recovery_path (window);
  g_autofree char *copy = bs_recovery_new_path ();
  g_autofree char *source = g_strconcat (path, ".source", NULL);
  g_autofree char *copy_source = g_strconcat (copy, ".source", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (bs_window_write_recovery (window));
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy_source, contents, length, NULL));

  return g_steal_pointer (&copy);
}

static BsWindow *
restore (const char *recovery_path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) assessment = bs_recovery_load (recovery_path, NULL, &error);
  g_autofree char *original = bs_recovery_get_original (recovery_path);
  BsWindow *window;

  g_assert_no_error (error);
  window = bs_test_new_window ();
  bs_window_restore_recovery (window, assessment, recovery_path, original);
  bs_test_pump ();
  g_assert_true (bs_window_get_dirty (window));
  g_assert_cmpstr (bs_window_get_path (window), ==, original);

  return window;
}

/* Work restored after a crash is based on the version of the file that was
 * open then: saving it back still notices a change someone else made to
 * the file since, and does not ask when nobody did. */
static void
test_restored_changed_on_disk (void)
{
  g_autofree char *example = bs_test_example_path ("digicoaches.blendscan");
  g_autofree char *dir = g_dir_make_tmp ("blendscan-unsaved-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "x.blendscan", NULL);
  g_autofree char *theirs = NULL;
  g_autofree char *on_disk = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *source = NULL;
  AdwMessageDialog *dialog;
  BsWindow *window;
  BsWindow *restored;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window ();
  g_assert_true (bs_window_open_path (window, example));
  g_assert_true (bs_window_save_to_path (window, path));
  g_assert_true (bs_window_open_path (window, path));
  bs_assessment_set_title (bs_window_get_assessment (window), "Ons werk");
  bs_test_pump ();

  /* Nobody else touched the file: the restored work saves without a question. */
  copy = copy_recovery (window);
  restored = restore (copy);
  g_assert_true (bs_window_save (restored));
  bs_test_pump ();
  g_assert_null (bs_test_find_dialog ());
  bs_test_destroy_window (restored);
  bs_recovery_remove (copy);
  g_clear_pointer (&copy, g_free);

  /* The window's file is now the restored save; it opens that version. */
  g_assert_true (bs_window_open_path (window, path));
  bs_assessment_set_title (bs_window_get_assessment (window), "Ons tweede werk");
  bs_test_pump ();
  copy = copy_recovery (window);
  bs_test_close_window (window);

  /* Someone else writes the file before the work is restored. */
  theirs = read_all (path);
  theirs = g_realloc (theirs, strlen (theirs) + 32);
  strcat (theirs, "<!-- hun versie -->\n");
  change_on_disk (path, theirs);

  restored = restore (copy);
  g_assert_false (bs_window_save (restored));
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "“x.blendscan” was changed by someone else since you opened it");
  bs_test_respond (dialog, "cancel");
  bs_test_pump ();
  on_disk = read_all (path);
  g_assert_cmpstr (on_disk, ==, theirs);
  g_clear_pointer (&on_disk, g_free);
  bs_test_close_window (restored);

  /* A copy from an earlier version knows no stamp: saving over the
   * original asks, whatever happened to it. */
  source = g_strconcat (copy, ".source", NULL);
  g_assert_true (g_file_set_contents (source, path, -1, NULL));
  restored = restore (copy);
  g_assert_false (bs_window_save (restored));
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  bs_test_respond (dialog, "cancel");
  bs_test_pump ();
  bs_test_close_window (restored);

  bs_recovery_remove (copy);
  g_unlink (path);
  g_remove (dir);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--recovery-child"))
    return run_recovery_child (argv[2]);

  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/unsaved/title-mark", test_title_mark_follows_changes);
  g_test_add_func ("/app/unsaved/new-assessment", test_new_assessment_marked);
  g_test_add_func ("/app/unsaved/changed-on-disk", test_changed_on_disk);
  g_test_add_func ("/app/unsaved/restored-changed-on-disk", test_restored_changed_on_disk);
  g_test_add_func ("/app/unsaved/recovery-survives-kill", test_recovery_survives_kill);

  return g_test_run ();
}
