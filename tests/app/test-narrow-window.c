/* test-narrow-window.c: the sidebar folds away in a narrow window and comes back on demand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <adwaita.h>

#include "bs-window.h"
#include "bs-test-gui.h"

static BsWindow *
open_example (int width)
{
  g_autofree char *example = bs_test_example_path ("marketingcommunicatie.blendscan");
  BsWindow *window = bs_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, 600);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-example", "s", example));
  gtk_window_present (GTK_WINDOW (window));
  bs_test_wait_for_width (GTK_WIDGET (window), 1);
  /* less the client-side shadow and border */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, width - 40);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, width);

  return window;
}

static void
test_narrow_folds (void)
{
  BsWindow *window;
  AdwFlap *flap;
  GtkWidget *sidebar;
  GtkListBoxRow *row;

  BS_TEST_REQUIRE_DISPLAY ();

  window = open_example (800);
  flap = ADW_FLAP (bs_test_find_type (GTK_WIDGET (window), ADW_TYPE_FLAP));

  /* Folded, the window may become narrower than 800 px: its minimum is the
   * page's alone, not the sidebar's and the page's together. */
  {
    int min = 0;

    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
    g_assert_cmpint (min, <, 700);
  }

  /* At 800 px the page has the whole width; the sidebar waits. */
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));

  /* F9 (the action) slides it in; choosing a dimension there closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  bs_test_pump ();
  g_assert_true (adw_flap_get_reveal_flap (flap));
  sidebar = bs_test_find_type (adw_flap_get_flap (flap), GTK_TYPE_LIST_BOX);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (sidebar), 6);
  g_assert_nonnull (row);
  gtk_list_box_select_row (GTK_LIST_BOX (sidebar), row);
  bs_test_pump ();
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "dimension");

  gtk_window_destroy (GTK_WINDOW (window));

  /* Wide enough, the sidebar stands beside the page; F9 hides it (for a
   * projector) and brings it back. */
  window = open_example (1280);
  flap = ADW_FLAP (bs_test_find_type (GTK_WIDGET (window), ADW_TYPE_FLAP));
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  bs_test_pump ();
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-sidebar", NULL));
  bs_test_pump ();
  g_assert_true (adw_flap_get_reveal_flap (flap));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/narrow-window/sidebar-folds", test_narrow_folds);

  return g_test_run ();
}
