/* bs-test-gui.c: what the GUI tests share: pumping the main loop, bounded waits, clicks, dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include "bs-test-gui.h"

static gboolean have_display;

gboolean
bs_test_gui_init (gboolean animations)
{
  have_display = gtk_init_check ();
  if (have_display)
    {
      adw_init ();
      if (!animations)
        g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
    }

  return have_display;
}

gboolean
bs_test_have_display (void)
{
  return have_display;
}

void
bs_test_pump (void)
{
  for (guint i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Long enough for a busy machine, short enough to fail well inside the
 * suite's timeout: a bound, never a timing the test relies on. */
#define WAIT_LIMIT_US (30 * G_USEC_PER_SEC)

gboolean
bs_test_wait_until (gboolean (*done) (gpointer),
                    gpointer   data)
{
  /* Events from the X server arrive when they arrive: block in the main
   * loop, but wake every 20 ms so the bound is checked even when nothing
   * happens. */
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_US;
  guint wake = g_timeout_add (20, wake_cb, NULL);
  gboolean ok;

  while (!(ok = done (data)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  bs_test_pump ();

  return ok;
}

static gboolean
is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

void
bs_test_wait_mapped (GtkWidget *widget)
{
  g_assert_true (bs_test_wait_until (is_mapped, widget));
}

typedef struct
{
  GtkWidget *widget;
  int        width;
} WidthWait;

static gboolean
is_wide_enough (gpointer data)
{
  WidthWait *wait = data;

  return gtk_widget_get_width (wait->widget) >= wait->width;
}

gboolean
bs_test_wait_for_width (GtkWidget *widget,
                        int        width)
{
  WidthWait wait = { widget, width };

  return bs_test_wait_until (is_wide_enough, &wait);
}

static void
clicked_cb (GtkButton *button,
            gboolean  *done)
{
  *done = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *) data;
}

void
bs_test_click (gpointer button)
{
  gboolean done = FALSE;
  gulong id;

  g_object_ref (button);
  id = g_signal_connect (button, "clicked", G_CALLBACK (clicked_cb), &done);
  /* gtk_widget_activate() on a button shows it pressed for a moment and
   * then clicks: wait for the click, however long the moment is, but not
   * forever. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (button)));
  g_assert_true (bs_test_wait_until (is_true, &done));
  g_signal_handler_disconnect (button, id);
  g_object_unref (button);
  bs_test_pump ();
}

AdwMessageDialog *
bs_test_find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

GtkWidget *
bs_test_find_button (GtkWidget  *widget,
                     const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bs_test_find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
bs_test_find_type (GtkWidget *widget,
                   GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (widget), type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = bs_test_find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
bs_test_respond (AdwMessageDialog *dialog,
                 const char       *response)
{
  GtkWidget *button = bs_test_find_button (GTK_WIDGET (dialog),
                                           adw_message_dialog_get_response_label (dialog, response));

  g_assert_nonnull (button);
  bs_test_click (button);
}

BsWindow *
bs_test_new_window (void)
{
  BsWindow *window = bs_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  bs_test_wait_mapped (GTK_WIDGET (window));

  return window;
}

void
bs_test_destroy_window (BsWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  bs_test_pump ();
}

void
bs_test_open (BsWindow   *window,
              const char *path)
{
  g_assert_true (bs_window_open_path (window, path));
  bs_test_pump ();
}

BsWindow *
bs_test_new_window_with (const char *name)
{
  g_autofree char *path = bs_test_example_path (name);
  BsWindow *window = bs_test_new_window ();

  bs_test_open (window, path);

  return window;
}

void
bs_test_close_window (BsWindow *window)
{
  BsAssessment *assessment = bs_window_get_assessment (window);

  if (assessment != NULL)
    bs_window_set_assessment (window, assessment, NULL, FALSE);
  bs_test_destroy_window (window);
}
