/* test-dutch.c: the app in Dutch writes numbers as its Dutch report does, with a decimal comma
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "bs-review-window.h"
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

/* Every label's text below @widget, one a line. */
static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    {
      g_string_append (out, gtk_label_get_text (GTK_LABEL (widget)));
      g_string_append_c (out, '\n');
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

/* Fails on a number with a decimal point, and when there is no number
 * with a decimal comma at all: a test that saw no numbers proves nothing. */
static void
assert_decimal_commas (GtkWidget *widget)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GRegex) point = g_regex_new ("[0-9]\\.[0-9]", 0, 0, NULL);
  g_autoptr(GRegex) comma = g_regex_new ("[0-9],[0-9]", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  collect_labels (widget, text);
  if (g_regex_match (point, text->str, 0, &match))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);

      g_test_message ("labels:\n%s", text->str);
      g_error ("a decimal point in Dutch: “%s”", found);
    }
  g_assert_true (g_regex_match (comma, text->str, 0, NULL));
}

static BsReviewWindow *
find_review_window (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (BS_IS_REVIEW_WINDOW (l->data))
      return l->data;

  return NULL;
}

static gboolean
review_open (gpointer data)
{
  return find_review_window () != NULL;
}

/* The team example in the main window, then the review meeting's level
 * and first statement: every score, mean and spread with a comma. */
static void
test_decimal_comma (void)
{
  g_autofree char *path = bs_test_example_path ("team-bedrijfskunde.blendscan");
  BsReviewWindow *review;
  BsWindow *window;

  REQUIRE_DISPLAY ();

  window = bs_test_new_window ();
  g_assert_true (bs_window_open_path (window, path));
  bs_test_pump ();
  assert_decimal_commas (GTK_WIDGET (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review-meeting", NULL));
  g_assert_true (bs_test_wait_until (review_open, NULL));
  review = find_review_window ();
  bs_test_wait_mapped (GTK_WIDGET (review));
  assert_decimal_commas (GTK_WIDGET (review));
  bs_review_window_set_step (review, 1);
  bs_test_pump ();
  assert_decimal_commas (GTK_WIDGET (review));

  gtk_window_destroy (GTK_WINDOW (review));
  bs_test_pump ();
  bs_test_destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *po = NULL;

  /* The interface in Dutch (LANGUAGE=nl) over a locale whose numbers have
   * a decimal point (the tests' C.UTF-8; often en_US on a Dutch laptop):
   * printf's "%.1f" would give "2.4" there, and the Dutch report "2,4".
   * test-app-logic tries a Dutch LC_NUMERIC under English too. */
  g_setenv ("LANGUAGE", "nl", TRUE);
  g_test_init (&argc, &argv, NULL);

  /* The translations meson compiled in the build tree. */
  po = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  bindtextdomain (GETTEXT_PACKAGE, po);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  have_display = gtk_init_check ();
  if (have_display)
    adw_init ();

  g_test_add_func ("/app/dutch/decimal-comma", test_decimal_comma);

  return g_test_run ();
}
