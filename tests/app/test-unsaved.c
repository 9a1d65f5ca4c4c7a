/* test-unsaved.c: the window's unsaved mark in its title, its recovery copy, and closing without a question when saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "bs-window.h"
#include "bs-test-gui.h"

static gboolean have_display;

#define REQUIRE_DISPLAY() \
  G_STMT_START { \
    if (!have_display) \
      { \
        g_test_skip ("no display"); \
        return; \
      } \
  } G_STMT_END

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

  REQUIRE_DISPLAY ();

  window = bs_window_new (NULL);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Blendscan");

  g_assert_true (bs_window_open_path (window, example));
  bs_test_pump ();
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

  REQUIRE_DISPLAY ();

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/app/unsaved/title-mark", test_title_mark_follows_changes);
  g_test_add_func ("/app/unsaved/new-assessment", test_new_assessment_marked);

  return g_test_run ();
}
