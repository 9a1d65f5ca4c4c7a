/* test-welcome-page.c: the welcome page reads the examples only when shown, and follows the recent files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <gtk/gtk.h>

#include "bs-settings.h"
#include "bs-window.h"
#include "bs-test-gui.h"

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;

  return n;
}

/* Every example the folder holds, as the page should list them. */
static guint
count_examples (void)
{
  g_autofree char *dir_path = bs_test_example_path ("");
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".blendscan"))
      n++;

  return n;
}

/* Read once the page shows, not when the window is made. */
static void
test_examples_filled_when_shown (void)
{
  BsWindow *window;
  GtkListBox *examples;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_window_new (NULL);
  examples = bs_welcome_page_get_examples_list (bs_window_get_welcome_page (window));

  g_assert_cmpuint (count_rows (examples), ==, 0);
  gtk_window_present (GTK_WINDOW (window));
  bs_test_wait_mapped (GTK_WIDGET (window));

  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "welcome");
  g_assert_cmpuint (count_rows (examples), ==, count_examples ());
  g_assert_cmpuint (count_examples (), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
}

/* A file opened as the window is presented: the welcome page is never
 * seen, so the examples are never read. */
static void
test_examples_not_read_when_never_shown (void)
{
  g_autofree char *example = bs_test_example_path ("digicoaches.blendscan");
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_window_new (NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (bs_window_open_path (window, example));
  bs_test_wait_mapped (GTK_WIDGET (window));

  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "dimension");
  g_assert_cmpuint (count_rows (bs_welcome_page_get_examples_list (bs_window_get_welcome_page (window))), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
}

/* Files that no longer exist are left out, and every window's list
 * follows the setting, whichever window opened the file. */
static void
test_recent_files (void)
{
  g_autoptr(GSettings) settings = bs_settings_new ();
  g_autofree char *first = bs_test_example_path ("digicoaches.blendscan");
  g_autofree char *second = bs_test_example_path ("marketingcommunicatie.blendscan");
  const char *recent[] = { first, "/nonexistent/gone.blendscan", NULL };
  BsWindow *window;
  BsWindow *other;
  GtkListBox *list;

  BS_TEST_REQUIRE_DISPLAY ();

  g_settings_set_strv (settings, "recent-files", recent);

  window = bs_window_new (NULL);
  list = bs_welcome_page_get_recent_list (bs_window_get_welcome_page (window));
  gtk_window_present (GTK_WINDOW (window));
  bs_test_wait_mapped (GTK_WIDGET (window));

  g_assert_cmpuint (count_rows (list), ==, 1);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (list), ADW_TYPE_PREFERENCES_GROUP)));

  other = bs_window_new (NULL);
  bs_test_open (other, second);
  g_assert_cmpuint (count_rows (list), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (gtk_list_box_get_row_at_index (list, 0))),
                   ==, "marketingcommunicatie.blendscan");

  g_settings_set_strv (settings, "recent-files", NULL);
  bs_test_pump ();
  g_assert_cmpuint (count_rows (list), ==, 0);
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (list), ADW_TYPE_PREFERENCES_GROUP)));

  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/welcome-page/examples-when-shown", test_examples_filled_when_shown);
  g_test_add_func ("/app/welcome-page/examples-not-read-unseen", test_examples_not_read_when_never_shown);
  g_test_add_func ("/app/welcome-page/recent-files", test_recent_files);

  return g_test_run ();
}
