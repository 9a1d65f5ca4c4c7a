/* test-new-window.c: work that opens in a new window shows there from its first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <gtk/gtk.h>

#include "bs-window.h"
#include "bs-test-gui.h"

typedef struct
{
  BsWindow *first;
  BsWindow *added;
  char     *page_at_map;
} Watch;

static void
added_window_map_cb (GtkWidget *widget,
                     Watch     *watch)
{
  if (watch->page_at_map == NULL)
    watch->page_at_map = g_strdup (bs_window_get_visible_page (BS_WINDOW (widget)));
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added,
                      Watch      *watch)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (BS_IS_WINDOW (item) && (BsWindow *) item != watch->first && watch->added == NULL)
        {
          watch->added = BS_WINDOW (item);
          g_signal_connect (item, "map", G_CALLBACK (added_window_map_cb), watch);
        }
    }
}

/* Ctrl+N in a window that has an assessment: the form must be what the
 * new window shows when it first maps, not the welcome page. */
static void
test_new_assessment_no_welcome_flash (void)
{
  g_autofree char *example = bs_test_example_path ("digicoaches.blendscan");
  Watch watch = { 0 };
  GListModel *toplevels;
  gulong id;

  BS_TEST_REQUIRE_DISPLAY ();

  watch.first = bs_test_new_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (watch.first), "win.open-example", "s", example));
  bs_test_pump ();
  g_assert_nonnull (bs_window_get_assessment (watch.first));

  toplevels = gtk_window_get_toplevels ();
  id = g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), &watch);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (watch.first), "win.new-assessment", NULL));
  g_assert_nonnull (watch.added);
  bs_test_wait_mapped (GTK_WIDGET (watch.added));
  g_signal_handler_disconnect (toplevels, id);

  g_assert_cmpstr (watch.page_at_map, ==, "new");
  g_assert_cmpstr (bs_window_get_visible_page (watch.added), ==, "new");

  /* An example opened from there also shows at once. */
  g_clear_pointer (&watch.page_at_map, g_free);
  watch.added = NULL;
  id = g_signal_connect (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb), &watch);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (watch.first), "win.open-example", "s", example));
  g_assert_nonnull (watch.added);
  bs_test_wait_mapped (GTK_WIDGET (watch.added));
  g_signal_handler_disconnect (toplevels, id);
  g_assert_cmpstr (watch.page_at_map, !=, "welcome");
  g_assert_nonnull (bs_window_get_assessment (watch.added));

  g_free (watch.page_at_map);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/new-window/no-welcome-flash", test_new_assessment_no_welcome_flash);

  return g_test_run ();
}
