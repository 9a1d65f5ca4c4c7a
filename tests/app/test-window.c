/* test-window.c: the application's windows, driven through their widgets under a real display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
/* not part of gtk.h in GTK 4.8; only valid after it */
#include <gsk/gl/gskglrenderer.h>
#ifdef GDK_WINDOWING_X11
# include <gdk/x11/gdkx.h>
#endif

#include "bs-action-plan-page.h"
#include "bs-action-row.h"
#include "bs-card-shadow.h"
#include "bs-date-format.h"
#include "bs-display.h"
#include "bs-window.h"

#include "bs-print.h"
#include "bs-results-page.h"
#include "bs-score-table.h"
#include "bs-score-table-view.h"
#include "bs-test-gui.h"

static void
after_paint_cb (GdkFrameClock *clock,
                guint         *count)
{
  (*count)++;
}

typedef struct
{
  guint *count;
  guint  seen;
} FrameWait;

static gboolean
frame_painted (gpointer data)
{
  FrameWait *wait = data;

  return *wait->count != wait->seen;
}

/* Waits, without a clock, until @widget's window has laid out and drawn
 * @n more frames: its widgets then have the sizes the user sees. */
static void
wait_frames (GtkWidget *widget,
             guint      n)
{
  GdkFrameClock *clock;
  guint count = 0;
  gulong id;

  bs_test_wait_mapped (widget);

  clock = gtk_widget_get_frame_clock (widget);
  g_assert_nonnull (clock);
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &count);
  while (count < n)
    {
      FrameWait wait = { &count, count };

      gtk_widget_queue_draw (widget);
      g_assert_true (bs_test_wait_until (frame_painted, &wait));
    }
  g_signal_handler_disconnect (clock, id);
  bs_test_pump ();
}

/* Asks the text view itself where its last character is drawn: the field
 * must be tall enough to show it. */
static void
assert_text_shown (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  int height = gtk_widget_get_height (GTK_WIDGET (view));
  GdkRectangle location;
  GtkTextIter end;
  int x, y;

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), >, 100);

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_view_get_iter_location (view, &end, &location);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET,
                                         location.x, location.y + location.height, &x, &y);
  g_test_message ("field %d px tall, its text ends at %d px", height, y);
  g_assert_cmpint (location.height, >, 5);
  g_assert_cmpint (height, >=, y);
  /* and a field, not a line, even when empty */
  g_assert_cmpint (height, >=, 2 * location.height);
}

/* As the application opens a file from the command line: the page is
 * built in the same main-loop turn as the window is presented, before the
 * window has a size. */
static BsWindow *
new_window_opening (const char *name)
{
  g_autofree char *path = bs_test_example_path (name);
  BsWindow *window = bs_window_new (NULL);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (bs_window_open_path (window, path));
  wait_frames (GTK_WIDGET (window), 3);

  return window;
}

static void
check_notes_shown (void)
{
  BsWindow *window = new_window_opening ("marketingcommunicatie.blendscan");
  BsDimensionPage *page = bs_window_get_dimension_page (window);
  const char *fields[] = { "summary", "strengths", "improvements" };
  BsStatementCard *card;
  guint n_notes = 0;

  for (guint i = 0; (card = bs_dimension_page_get_nth_card (page, i)) != NULL; i++)
    {
      const char *note = bs_answer_get_note (bs_statement_card_get_answer (card));

      if (note != NULL && note[0] != '\0')
        n_notes++;
      assert_text_shown (bs_statement_card_get_note_view (card));
    }
  /* The example has a note for each statement: they are what is checked. */
  g_assert_cmpuint (n_notes, >=, 3);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    assert_text_shown (bs_dimension_page_get_text_view (page, fields[i]));

  bs_test_close_window (window);
}

static void
test_notes_shown_on_open (void)
{
  BS_TEST_REQUIRE_DISPLAY ();

  check_notes_shown ();
}

/* A note longer than BsTextField measures itself at every change grows
 * with its text all the same. */
static void
test_long_note_shown (void)
{
  GString *note = g_string_new (NULL);
  BsStatementCard *card;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = new_window_opening ("marketingcommunicatie.blendscan");
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  while (note->len < 80 * 1024)
    g_string_append (note, "A note pasted from a long report, sentence after sentence. ");
  bs_answer_set_note (bs_statement_card_get_answer (card), note->str);
  wait_frames (GTK_WIDGET (window), 2);
  assert_text_shown (bs_statement_card_get_note_view (card));

  g_string_append (note, "\nAnd one more line.\nAnd another.");
  bs_answer_set_note (bs_statement_card_get_answer (card), note->str);
  wait_frames (GTK_WIDGET (window), 2);
  assert_text_shown (bs_statement_card_get_note_view (card));

  g_string_free (note, TRUE);
  bs_test_close_window (window);
}

static void
test_notes_shown_high_contrast (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) a11y = NULL;
  AdwStyleManager *style = NULL;

  BS_TEST_REQUIRE_DISPLAY ();

  /* libadwaita follows this setting when there is no settings portal, as
   * in the tests (GSETTINGS_BACKEND=memory keeps it to this process). */
  schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);
  if (schema == NULL)
    {
      g_test_skip ("no org.gnome.desktop.a11y.interface schema");
      return;
    }
  a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  bs_test_pump ();
  style = adw_style_manager_get_default ();
  if (!adw_style_manager_get_high_contrast (style))
    {
      g_settings_reset (a11y, "high-contrast");
      g_test_skip ("libadwaita does not follow the high-contrast setting here");
      return;
    }

  check_notes_shown ();

  g_settings_reset (a11y, "high-contrast");
  bs_test_pump ();
  g_assert_false (adw_style_manager_get_high_contrast (style));
}

#ifdef GDK_WINDOWING_X11
/* Keys and clicks as a user's: xdotool sends them through the X server
 * (XTEST), so they reach GTK as real events, input methods and all.
 * "WINDOW" in the arguments stands for @window's X window. */
static gboolean
xdotool (BsWindow   *window,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *program = g_find_program_in_path ("xdotool");
  g_autoptr(GError) error = NULL;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  const char *arg;
  int status = -1;
  va_list args;

  if (program == NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;

  g_ptr_array_add (argv, g_strdup (program));
  g_ptr_array_add (argv, g_strdup ("windowfocus"));
  g_ptr_array_add (argv, g_strdup ("--sync"));
  g_ptr_array_add (argv, g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface)));
  va_start (args, first);
  for (arg = first; arg != NULL; arg = va_arg (args, const char *))
    if (g_str_equal (arg, "WINDOW"))
      g_ptr_array_add (argv, g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (surface)));
    else
      g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  return TRUE;
}
#else
static gboolean
xdotool (BsWindow   *window,
         const char *first,
         ...)
{
  return FALSE;
}
#endif

#define REQUIRE_XDOTOOL(window) \
  G_STMT_START { \
    if (!xdotool ((window), "sleep", "0", NULL)) \
      { \
        bs_test_close_window (window); \
        g_test_skip ("no xdotool or not X11: cannot type"); \
        return; \
      } \
  } G_STMT_END

/* GTK 4.8 on X11 miscounts the pressed state of a click from XTEST's own
 * pointer device and warns "Broken accounting of active state"; the click
 * itself arrives as a user's does. Only that warning, only while a test
 * clicks, is let through without failing. */
static gboolean ignore_xtest_warning;

static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         data)
{
  for (gsize i = 0; ignore_xtest_warning && i < n_fields; i++)
    if (g_str_equal (fields[i].key, "MESSAGE") && fields[i].length < 0 &&
        strstr (fields[i].value, "Broken accounting of active state") != NULL)
      return G_LOG_WRITER_HANDLED;

  return g_log_writer_default (log_level, fields, n_fields, data);
}

typedef struct
{
  GtkTextView *view;
  const char  *suffix;
} TextWait;

static gboolean
text_ends_with (gpointer data)
{
  TextWait *wait = data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (wait->view);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  return g_str_has_suffix (text, wait->suffix);
}

/* Types @text at the end of @view, as a user would. */
static void
type_into (BsWindow    *window,
           GtkTextView *view,
           const char  *text)
{
  TextWait wait = { view, text };
  GtkTextIter end;

  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_get_end_iter (gtk_text_view_get_buffer (view), &end);
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (view), &end);
  bs_test_pump ();
  g_assert_true (xdotool (window, "type", "--delay", "1", text, NULL));
  g_assert_true (bs_test_wait_until (text_ends_with, &wait));
}

typedef struct
{
  BsAnswer *answer;
  int       value;
} ValueWait;

static gboolean
value_is (gpointer data)
{
  ValueWait *wait = data;

  return bs_answer_get_value (wait->answer) == wait->value;
}

static gboolean
has_no_focus (gpointer widget)
{
  return !gtk_widget_has_focus (widget);
}

static gboolean
has_focus (gpointer widget)
{
  return gtk_widget_has_focus (widget);
}

/* Typing text never changes an answer, though the text is full of the
 * letters and digits that pick one where a stage button has the focus. */
static void
test_typing_keeps_answer (void)
{
  const char *text = " Goed besproken, nog 2 dagen; 0 of 3 n d";
  BsDimensionPage *page;
  BsStatementCard *card;
  BsAnswer *answer;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  REQUIRE_XDOTOOL (window);
  wait_frames (GTK_WIDGET (window), 1);
  page = bs_window_get_dimension_page (window);
  card = bs_dimension_page_get_nth_card (page, 0);
  answer = bs_statement_card_get_answer (card);

  bs_test_click (bs_statement_card_get_value_button (card, 4));
  g_assert_cmpint (bs_answer_get_value (answer), ==, 4);

  type_into (window, bs_statement_card_get_note_view (card), text);
  g_assert_cmpint (bs_answer_get_value (answer), ==, 4);
  g_assert_true (g_str_has_suffix (bs_answer_get_note (answer), text));

  type_into (window, bs_dimension_page_get_text_view (page, "summary"), text);
  g_assert_cmpint (bs_answer_get_value (answer), ==, 4);

  /* A click beside the controls, after picking a stage: the card takes
   * the focus, and the letters typed then do nothing. */
  gtk_widget_grab_focus (GTK_WIDGET (bs_statement_card_get_value_button (card, 4)));
  /* back up the page, which followed the focus down to the summary: wait
   * until the scrolling has stopped, however many frames that takes on a
   * busy machine, or the click below lands where the card was */
  {
    GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (page));
    GtkAdjustment *adjustment;
    double before = -1;

    g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));
    adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
    wait_frames (GTK_WIDGET (window), 2);
    for (guint i = 0; i < 100 && gtk_adjustment_get_value (adjustment) != before; i++)
      {
        before = gtk_adjustment_get_value (adjustment);
        wait_frames (GTK_WIDGET (window), 2);
      }
  }
  {
    graphene_point_t point;
    g_autofree char *x = NULL;
    g_autofree char *y = NULL;
    double dx, dy;

    GtkWidget *first = GTK_WIDGET (bs_statement_card_get_value_button (card, 1));

    /* in the card's padding, left of the first stage */
    g_assert_true (gtk_widget_compute_point (first, GTK_WIDGET (window),
                                             &GRAPHENE_POINT_INIT (-7, gtk_widget_get_height (first) / 2), &point));
    gtk_native_get_surface_transform (GTK_NATIVE (window), &dx, &dy);
    x = g_strdup_printf ("%d", (int) (point.x + dx));
    y = g_strdup_printf ("%d", (int) (point.y + dy));
    ignore_xtest_warning = TRUE;
    g_assert_true (xdotool (window, "mousemove", "--window", "WINDOW", x, y, "click", "1", NULL));
  }
  g_assert_true (bs_test_wait_until (has_focus, card));
  ignore_xtest_warning = FALSE;
  g_assert_true (xdotool (window, "type", "--delay", "1", "nd1", NULL));
  g_assert_true (xdotool (window, "key", "Tab", NULL));
  g_assert_true (bs_test_wait_until (has_no_focus, card));
  g_assert_cmpint (bs_answer_get_value (answer), ==, 4);

  bs_test_close_window (window);
}

static gboolean
scrolled_down (gpointer adjustment)
{
  return gtk_adjustment_get_value (adjustment) > 0;
}

/* The mouse wheel over a note scrolls the page, as over the rest of it. */
static void
test_wheel_over_note (void)
{
  GtkAdjustment *adjustment;
  graphene_point_t point;
  GtkWidget *page_scroller;
  GtkWidget *note;
  BsWindow *window;
  g_autofree char *x = NULL;
  g_autofree char *y = NULL;
  double dx, dy;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  REQUIRE_XDOTOOL (window);
  wait_frames (GTK_WIDGET (window), 1);
  note = GTK_WIDGET (bs_statement_card_get_note_view (bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0)));
  /* the page's own, its template's outermost widget */
  page_scroller = gtk_widget_get_first_child (GTK_WIDGET (bs_window_get_dimension_page (window)));
  g_assert_true (GTK_IS_SCROLLED_WINDOW (page_scroller));
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page_scroller));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);

  g_assert_true (gtk_widget_compute_point (note, GTK_WIDGET (window), &GRAPHENE_POINT_INIT (20, 10), &point));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &dx, &dy);
  x = g_strdup_printf ("%d", (int) (point.x + dx));
  y = g_strdup_printf ("%d", (int) (point.y + dy));
  ignore_xtest_warning = TRUE;
  g_assert_true (xdotool (window, "mousemove", "--window", "WINDOW", x, y, "click", "--repeat", "3", "5", NULL));
  g_assert_true (bs_test_wait_until (scrolled_down, adjustment));
  ignore_xtest_warning = FALSE;

  bs_test_close_window (window);
}

/* On a stage button the keys answer, say so, and can be undone. */
static void
test_answer_keys (void)
{
  BsStatementCard *card;
  AdwToast *toast;
  BsAnswer *answer;
  BsWindow *window;
  ValueWait wait;
  int before;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  REQUIRE_XDOTOOL (window);
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 1);
  answer = bs_statement_card_get_answer (card);
  before = bs_answer_get_value (answer);
  g_assert_cmpint (before, !=, BS_VALUE_NOT_APPLICABLE);
  g_assert_null (bs_window_get_undo_toast (window));

  gtk_widget_grab_focus (GTK_WIDGET (bs_statement_card_get_value_button (card, 1)));
  bs_test_pump ();
  g_assert_true (xdotool (window, "key", "n", NULL));
  wait = (ValueWait) { answer, BS_VALUE_NOT_APPLICABLE };
  g_assert_true (bs_test_wait_until (value_is, &wait));

  toast = bs_window_get_undo_toast (window);
  g_assert_nonnull (toast);
  g_assert_nonnull (strstr (adw_toast_get_title (toast), "Not applicable"));
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.undo");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), adw_toast_get_action_name (toast), NULL));
  bs_test_pump ();
  g_assert_cmpint (bs_answer_get_value (answer), ==, before);

  /* Digits pick a stage. */
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 1);
  gtk_widget_grab_focus (GTK_WIDGET (bs_statement_card_get_value_button (card, before == 2 ? 1 : 2)));
  bs_test_pump ();
  g_assert_true (xdotool (window, "key", before == 2 ? "1" : "2", NULL));
  wait = (ValueWait) { answer, before == 2 ? 1 : 2 };
  g_assert_true (bs_test_wait_until (value_is, &wait));

  bs_test_close_window (window);
}

/* Picking a stage never moves what is below it under the pointer. */
static void
test_card_height_steady (void)
{
  const int values[] = { 1, 2, 3, 4, BS_VALUE_NOT_APPLICABLE, BS_VALUE_UNKNOWN, 1 };
  BsDimensionPage *page;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  wait_frames (GTK_WIDGET (window), 1);
  page = bs_window_get_dimension_page (window);

  for (guint c = 0; c < 2; c++)
    {
      BsStatementCard *card = bs_dimension_page_get_nth_card (page, c);
      int height = gtk_widget_get_height (GTK_WIDGET (card));

      g_assert_cmpint (height, >, 100);
      for (guint i = 0; i < G_N_ELEMENTS (values); i++)
        {
          bs_test_click (bs_statement_card_get_value_button (card, values[i]));
          wait_frames (GTK_WIDGET (window), 1);
          g_assert_cmpint (bs_answer_get_value (bs_statement_card_get_answer (card)), ==, values[i]);
          g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (card)), ==, height);
        }
    }

  bs_test_close_window (window);
}

static void
test_create_answer_save_reopen (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) reopened = NULL;
  BsNewAssessmentPage *page;
  BsStatementCard *card0, *card1;
  BsAssessment *assessment;
  BsDimension *dimension;
  BsSidebarRow *row;
  BsWindow *window, *again;
  GtkToggleButton *button;
  guint total;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "welcome");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-assessment", NULL));
  bs_test_pump ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "new");

  page = bs_window_get_new_assessment_page (window);

  /* No title: the form refuses to start. */
  bs_test_click (bs_new_assessment_page_get_create_button (page));
  g_assert_null (bs_window_get_assessment (window));

  gtk_editable_set_text (bs_new_assessment_page_get_entry (page, "title"), "Test course scan");
  gtk_editable_set_text (bs_new_assessment_page_get_entry (page, "institution"), "Test University");
  gtk_editable_set_text (bs_new_assessment_page_get_entry (page, "unit"), "Course 101");
  gtk_editable_set_text (bs_new_assessment_page_get_entry (page, "date"), "2026-11-25");
  gtk_editable_set_text (bs_new_assessment_page_get_entry (page, "facilitator"), "F. Acilitator");
  gtk_check_button_set_active (bs_new_assessment_page_get_level_check (page, "course"), TRUE);
  gtk_check_button_set_active (bs_new_assessment_page_get_level_check (page, "programme"), TRUE);
  bs_new_assessment_page_add_participant (page, "Ann", "Teacher");
  bs_test_click (bs_new_assessment_page_get_create_button (page));

  assessment = bs_window_get_assessment (window);
  g_assert_nonnull (assessment);
  g_assert_cmpstr (bs_assessment_get_title (assessment), ==, "Test course scan");
  g_assert_cmpstr (bs_assessment_get_institution (assessment), ==, "Test University");
  g_assert_cmpstr (bs_assessment_get_date (assessment), ==, "2026-11-25");
  g_assert_true (bs_assessment_includes_level (assessment, "course"));
  g_assert_true (bs_assessment_includes_level (assessment, "programme"));
  g_assert_false (bs_assessment_includes_level (assessment, "institution"));
  g_assert_cmpuint (g_list_model_get_n_items (bs_assessment_get_participants (assessment)), ==, 1);
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "dimension");
  g_assert_true (bs_window_get_dirty (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* Answer two statements with the widgets. */
  card0 = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  card1 = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 1);
  g_assert_nonnull (card0);
  g_assert_nonnull (card1);

  button = bs_statement_card_get_value_button (card0, 3);
  bs_test_click (button);
  g_assert_true (gtk_toggle_button_get_active (button));
  g_assert_cmpint (bs_answer_get_value (bs_statement_card_get_answer (card0)), ==, 3);
  g_assert_cmpint (bs_answer_get_value (bs_assessment_get_answer (assessment,
                   bs_statement_get_id (bs_statement_card_get_statement (card0)))), ==, 3);

  bs_test_click (bs_statement_card_get_value_button (card1, BS_VALUE_NOT_APPLICABLE));
  g_assert_cmpint (bs_answer_get_value (bs_statement_card_get_answer (card1)), ==, BS_VALUE_NOT_APPLICABLE);

  /* Picking another stage moves the selection. */
  bs_test_click (bs_statement_card_get_value_button (card0, 2));
  g_assert_false (gtk_toggle_button_get_active (button));
  g_assert_cmpint (bs_answer_get_value (bs_statement_card_get_answer (card0)), ==, 2);

  /* The sidebar shows the progress and the score. */
  dimension = bs_dimension_page_get_dimension (bs_window_get_dimension_page (window));
  total = g_list_model_get_n_items (bs_dimension_get_statements (dimension));
  row = bs_window_get_sidebar_row (window, bs_dimension_get_level_id (dimension), bs_dimension_get_id (dimension));
  g_assert_nonnull (row);
  {
    /* the N/A is answered but has no score: the row says so (its
     * accessible name in full: test-card's sidebar-row-name) */
    g_autofree char *expected = g_strdup_printf ("2/%u · 1 N/A", total);

    g_assert_cmpstr (bs_sidebar_row_get_progress_text (row), ==, expected);
    g_assert_cmpstr (bs_sidebar_row_get_score_text (row), ==, "2.0");
  }
  row = bs_window_get_sidebar_row (window, bs_dimension_get_level_id (dimension), NULL);
  g_assert_nonnull (row);
  g_assert_cmpstr (bs_sidebar_row_get_score_text (row), ==, "2.0");

  /* Previous/next walk through the dimensions. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL));
  bs_test_pump ();
  g_assert_true (bs_dimension_page_get_dimension (bs_window_get_dimension_page (window)) != dimension);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.previous", NULL));
  bs_test_pump ();
  g_assert_true (bs_dimension_page_get_dimension (bs_window_get_dimension_page (window)) == dimension);

  /* Save, reopen in another window, compare. */
  dir = g_dir_make_tmp ("blendscan-test-XXXXXX", NULL);
  path = g_build_filename (dir, "scan.blendscan", NULL);
  g_assert_true (bs_window_save_to_path (window, path));
  bs_test_pump ();
  g_assert_false (bs_window_get_dirty (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Test course scan");
  g_assert_cmpstr (bs_window_get_path (window), ==, path);

  again = bs_test_new_window ();
  bs_test_open (again, path);
  g_assert_false (bs_window_get_dirty (again));

  saved = bs_assessment_to_bytes (assessment);
  reopened = bs_assessment_to_bytes (bs_window_get_assessment (again));
  g_assert_true (g_bytes_equal (saved, reopened));

  card0 = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (again), 0);
  g_assert_true (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card0, 2)));
  g_assert_false (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card0, 3)));

  bs_test_destroy_window (again);
  bs_test_destroy_window (window);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_unsaved_changes (void)
{
  BsStatementCard *card;
  AdwMessageDialog *dialog;
  BsWindow *window;
  int value;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  g_assert_false (bs_window_get_dirty (window));

  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  value = bs_answer_get_value (bs_statement_card_get_answer (card));
  bs_test_click (bs_statement_card_get_value_button (card, value == 1 ? 2 : 1));
  g_assert_true (bs_window_get_dirty (window));

  /* Cancel keeps the window and the changes. */
  gtk_window_close (GTK_WINDOW (window));
  bs_test_pump ();
  g_assert_nonnull (window);
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (adw_message_dialog_has_response (dialog, "save"));
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  bs_test_respond (dialog, "cancel");
  g_assert_nonnull (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (bs_window_get_dirty (window));
  g_assert_null (bs_test_find_dialog ());

  /* Discard closes it. */
  gtk_window_close (GTK_WINDOW (window));
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  bs_test_respond (dialog, "discard");
  g_assert_null (window);
}

static void
test_broken_file (void)
{
  g_autofree char *broken = bs_test_fixture_path ("truncated.blendscan");
  g_autofree char *good = bs_test_example_path ("digicoaches.blendscan");
  g_autoptr(GError) error = NULL;
  g_autoptr(BsAssessment) nothing = NULL;
  AdwMessageDialog *dialog;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  nothing = bs_assessment_load (broken, NULL, &error);
  g_assert_null (nothing);
  g_assert_nonnull (error);

  window = bs_test_new_window ();
  g_assert_false (bs_window_open_path (window, broken));
  bs_test_pump ();

  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, error->message);
  g_assert_null (bs_window_get_assessment (window));
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "welcome");
  bs_test_respond (dialog, "close");
  g_assert_null (bs_test_find_dialog ());

  /* Still usable: open a good file in the same window. */
  bs_test_open (window, good);
  g_assert_nonnull (bs_window_get_assessment (window));
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "dimension");

  bs_test_destroy_window (window);
}

static void
test_undo_redo (void)
{
  BsStatementCard *card;
  BsWindow *window;
  BsAnswer *answer;
  int before, after;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  answer = bs_statement_card_get_answer (card);
  before = bs_answer_get_value (answer);
  after = before == 4 ? 1 : 4;

  g_assert_false (bs_undo_stack_get_can_undo (bs_window_get_undo_stack (window)));

  bs_test_click (bs_statement_card_get_value_button (card, after));
  g_assert_cmpint (bs_answer_get_value (answer), ==, after);

  /* Undo from another page comes back to the statement. */
  bs_window_show_page (window, BS_SIDEBAR_ROW_ACTIONS);
  bs_test_pump ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "actions");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bs_test_pump ();
  g_assert_cmpint (bs_answer_get_value (answer), ==, before);
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "dimension");
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  g_assert_true (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, before)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  bs_test_pump ();
  g_assert_cmpint (bs_answer_get_value (answer), ==, after);
  g_assert_true (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, after)));
  g_assert_false (bs_undo_stack_get_can_redo (bs_window_get_undo_stack (window)));

  /* Leave without the dialog. */
  bs_test_close_window (window);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
assert_row_shows (BsSidebarRow *row,
                  BsAssessment *assessment)
{
  g_autofree char *progress = NULL;
  g_autofree char *score_text = NULL;
  BsScore score;

  bs_score_dimension (assessment, bs_sidebar_row_get_dimension (row), &score);
  progress = bs_display_score_progress_text (&score);
  score_text = bs_display_score_text (&score);
  g_assert_cmpstr (bs_sidebar_row_get_progress_text (row), ==, progress);
  g_assert_cmpstr (bs_sidebar_row_get_score_text (row), ==, score_text);
}

/* Each sidebar row is bound to its own dimension's answers: typing a note
 * rescores no row, a stage picked changes its own dimension's row and
 * level row and no other, and an undo through the model brings back both
 * the card's stage and the row's numbers. */
static void
test_sidebar_rows_bound (void)
{
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  BsAssessment *assessment;
  BsDimension *dimension;
  BsSidebarRow *own, *level_row;
  BsStatementCard *card;
  GtkTextBuffer *buffer;
  BsWindow *window;
  BsAnswer *answer;
  int before, after;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  assessment = bs_window_get_assessment (window);
  dimension = bs_dimension_page_get_dimension (bs_window_get_dimension_page (window));
  own = bs_window_get_sidebar_row (window, bs_dimension_get_level_id (dimension), bs_dimension_get_id (dimension));
  level_row = bs_window_get_sidebar_row (window, bs_dimension_get_level_id (dimension), NULL);
  g_assert_nonnull (own);
  g_assert_nonnull (level_row);

  for (GtkWidget *child = gtk_widget_get_first_child (gtk_widget_get_parent (GTK_WIDGET (own)));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (BS_IS_SIDEBAR_ROW (child) && bs_sidebar_row_get_score_watch (BS_SIDEBAR_ROW (child)) != NULL)
      g_ptr_array_add (rows, child);
  g_assert_cmpuint (rows->len, >, 3);
  g_array_set_size (counts, rows->len);
  for (guint i = 0; i < rows->len; i++)
    g_signal_connect (bs_sidebar_row_get_score_watch (rows->pdata[i]), "notify::score",
                      G_CALLBACK (count_notify_cb), &g_array_index (counts, guint, i));

  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  answer = bs_statement_card_get_answer (card);
  before = bs_answer_get_value (answer);
  after = before == 4 ? 1 : 4;

  /* Typing a note: no row rescored. */
  buffer = gtk_text_view_get_buffer (bs_statement_card_get_note_view (card));
  gtk_text_buffer_insert_at_cursor (buffer, "t", -1);
  gtk_text_buffer_insert_at_cursor (buffer, "yped", -1);
  bs_test_pump ();
  g_assert_true (g_str_has_suffix (bs_answer_get_note (answer), "typed"));
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (g_array_index (counts, guint, i), ==, 0);

  /* A stage: its row and its level's, no other. */
  bs_test_click (bs_statement_card_get_value_button (card, after));
  g_assert_cmpint (bs_answer_get_value (answer), ==, after);
  for (guint i = 0; i < rows->len; i++)
    {
      gboolean mine = rows->pdata[i] == own || rows->pdata[i] == level_row;

      g_assert_cmpuint (g_array_index (counts, guint, i), ==, mine ? 1 : 0);
    }
  assert_row_shows (own, assessment);

  /* Undo, a change made through the model: card and row follow. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bs_test_pump ();
  g_assert_cmpint (bs_answer_get_value (answer), ==, before);
  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 0);
  g_assert_false (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, after)));
  if (before != BS_VALUE_NONE)
    g_assert_true (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, before)));
  assert_row_shows (own, assessment);

  /* And directly in the model, as a merge or a script would. */
  bs_assessment_set_value (assessment, bs_answer_get_statement_id (answer), BS_VALUE_NOT_APPLICABLE);
  g_assert_true (gtk_toggle_button_get_active (bs_statement_card_get_value_button (card, BS_VALUE_NOT_APPLICABLE)));
  assert_row_shows (own, assessment);

  bs_test_close_window (window);
}

/* The dimension page's dimension is a property: setting it shows that
 * dimension's statements, and going to the next one notifies it. */
static void
test_dimension_page_property (void)
{
  g_autoptr(BsDimension) shown = NULL;
  g_autoptr(BsAssessment) assessment = NULL;
  BsDimensionPage *page;
  BsDimension *first;
  BsStatementCard *card;
  BsWindow *window;
  guint notified = 0;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  page = bs_window_get_dimension_page (window);
  first = bs_dimension_page_get_dimension (page);
  g_object_get (page, "dimension", &shown, "assessment", &assessment, NULL);
  g_assert_true (shown == first);
  g_assert_true (assessment == bs_window_get_assessment (window));
  g_clear_object (&shown);

  g_signal_connect (page, "notify::dimension", G_CALLBACK (count_notify_cb), &notified);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next", NULL));
  bs_test_pump ();
  g_assert_cmpuint (notified, ==, 1);
  g_assert_true (bs_dimension_page_get_dimension (page) != first);

  g_object_set (page, "dimension", first, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_true (bs_dimension_page_get_dimension (page) == first);
  card = bs_dimension_page_get_nth_card (page, 0);
  {
    g_autoptr(BsStatement) statement = g_list_model_get_item (bs_dimension_get_statements (first), 0);

    g_assert_true (bs_statement_card_get_statement (card) == statement);
  }

  bs_test_close_window (window);
}

static void
test_recovery_copy (void)
{
  g_autofree char *dir = g_dir_make_tmp ("blendscan-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "copy.blendscan", NULL);
  g_autofree char *recovery = NULL;
  BsStatementCard *card;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  g_assert_false (bs_window_write_recovery (window));

  card = bs_dimension_page_get_nth_card (bs_window_get_dimension_page (window), 1);
  bs_test_click (bs_statement_card_get_value_button (card, BS_VALUE_UNKNOWN));

  g_assert_true (bs_window_write_recovery (window));
  recovery = g_strdup (bs_window_get_recovery_path (window));
  g_assert_true (g_file_test (recovery, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_str_has_prefix (recovery, g_get_user_state_dir ()));

  g_assert_true (bs_window_save_to_path (window, path));
  g_assert_false (g_file_test (recovery, G_FILE_TEST_EXISTS));

  bs_test_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_action_plan (void)
{
  BsActionPlanPage *page;
  GListModel *actions;
  BsWindow *window;
  guint n;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  actions = bs_assessment_get_actions (bs_window_get_assessment (window));
  n = g_list_model_get_n_items (actions);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-actions", NULL));
  bs_test_pump ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "actions");

  page = BS_ACTION_PLAN_PAGE (bs_window_get_action_plan_page (window));
  bs_action_plan_page_add_action (page);
  bs_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n + 1);
  g_assert_nonnull (gtk_list_box_get_row_at_index (bs_action_plan_page_get_list (page), n));
  g_assert_true (bs_window_get_dirty (window));

  bs_test_close_window (window);
}

/* An action row is bound to its action: a change made in the model (an
 * undo, a merge) shows in the row, and an edit in the row reaches it. */
static void
test_action_row_bound (void)
{
  BsActionPlanPage *page;
  GtkDropDown *status;
  BsActionRow *row;
  GtkEntry *owner;
  BsAction *action;
  BsWindow *window;
  guint n;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-actions", NULL));
  bs_test_pump ();
  page = BS_ACTION_PLAN_PAGE (bs_window_get_action_plan_page (window));
  n = g_list_model_get_n_items (bs_assessment_get_actions (bs_window_get_assessment (window)));
  bs_action_plan_page_add_action (page);
  bs_test_pump ();
  row = BS_ACTION_ROW (gtk_list_box_get_row_at_index (bs_action_plan_page_get_list (page), n));
  action = bs_action_row_get_action (row);
  owner = bs_action_row_get_owner_entry (row);
  status = bs_action_row_get_status_drop_down (row);
  g_assert_true (BS_IS_ACTION (action));
  {
    g_autoptr(BsAction) property = NULL;

    g_object_get (row, "action", &property, NULL);
    g_assert_true (property == action);
  }

  bs_action_set_owner (action, "Ann");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (owner)), ==, "Ann");
  bs_action_set_owner (action, NULL);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (owner)), ==, "");
  gtk_editable_set_text (GTK_EDITABLE (owner), "Bob");
  g_assert_cmpstr (bs_action_get_owner (action), ==, "Bob");

  bs_action_set_status (action, BS_ACTION_DONE);
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, BS_ACTION_DONE);
  gtk_drop_down_set_selected (status, BS_ACTION_IN_PROGRESS);
  g_assert_cmpint (bs_action_get_status (action), ==, BS_ACTION_IN_PROGRESS);

  /* Undo goes back through the model to the row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bs_test_pump ();
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, (guint) bs_action_get_status (action));

  /* The dimension is a pair of ids, set one after the other as undo does:
   * the pair in between, which no level has, must not reach the model. */
  bs_action_set_level_id (action, "course");
  bs_action_set_dimension_id (action, "interaction");
  bs_action_set_level_id (action, "programme");
  bs_action_set_dimension_id (action, "flexibility");
  g_assert_cmpstr (bs_action_get_level_id (action), ==, "programme");
  g_assert_cmpstr (bs_action_get_dimension_id (action), ==, "flexibility");

  bs_test_close_window (window);
}

/* The interface in Dutch, from the translations in the build tree, for
 * as long as a test needs it. FALSE when they are not built. */
static gboolean
speak_dutch (gboolean dutch)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_BUILT, "..", "..", "po", NULL);
  g_autofree char *mo = g_build_filename (dir, "nl", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  if (dutch && !g_file_test (mo, G_FILE_TEST_IS_REGULAR))
    return FALSE;

  bindtextdomain (GETTEXT_PACKAGE, dir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  if (dutch)
    g_setenv ("LANGUAGE", "nl", TRUE);
  else
    g_unsetenv ("LANGUAGE");
  /* tells gettext that its cached translations are stale */
  textdomain (GETTEXT_PACKAGE);

  return TRUE;
}

static BsActionRow *
action_row (BsWindow *window,
            guint     n)
{
  BsActionPlanPage *page = BS_ACTION_PLAN_PAGE (bs_window_get_action_plan_page (window));
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (bs_action_plan_page_get_list (page), n);

  g_assert_true (BS_IS_ACTION_ROW (row));
  return BS_ACTION_ROW (row);
}

typedef struct
{
  BsAction   *action;
  const char *was;
} DueWait;

static gboolean
due_changed (gpointer data)
{
  DueWait *wait = data;

  return g_strcmp0 (bs_action_get_due (wait->action), wait->was) != 0;
}

/* Enter in the field, as the user ends typing. */
static void
enter_due (BsActionRow *row,
           const char  *text)
{
  GtkEditable *entry = bs_action_row_get_due_entry (row);

  gtk_editable_set_text (entry, text);
  g_signal_emit_by_name (entry, "activate");
  bs_test_pump ();
}

/* A Dutch date is read into the model; what is no date stays where it
 * was typed, and saving says it was not saved. */
static void
test_due_dates (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(BsAssessment) reopened = NULL;
  g_autoptr(BsAction) saved_action = NULL;
  g_autoptr(GDateTime) day = NULL;
  AdwMessageDialog *dialog;
  BsActionRow *row;
  BsAction *action;
  BsWindow *window;

  BS_TEST_REQUIRE_DISPLAY ();

  if (!speak_dutch (TRUE))
    {
      g_test_skip ("no Dutch translations built");
      return;
    }

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  bs_window_show_page (window, BS_SIDEBAR_ROW_ACTIONS);
  bs_test_pump ();
  row = action_row (window, 0);
  action = bs_action_row_get_action (row);

  /* shown as Dutch writes it */
  g_assert_cmpstr (bs_action_get_due (action), ==, "2026-04-17");
  g_assert_cmpstr (gtk_editable_get_text (bs_action_row_get_due_entry (row)), ==, "17-04-2026");

  enter_due (row, "01-03-2027");
  g_assert_cmpstr (bs_action_get_due (action), ==, "2027-03-01");
  g_assert_cmpstr (gtk_editable_get_text (bs_action_row_get_due_entry (row)), ==, "01-03-2027");
  g_assert_true (bs_window_get_dirty (window));

  enter_due (row, "2 maart 2027");
  g_assert_cmpstr (bs_action_get_due (action), ==, "2027-03-02");
  g_assert_cmpstr (gtk_editable_get_text (bs_action_row_get_due_entry (row)), ==, "02-03-2027");

  enter_due (row, "3-3-2027");
  g_assert_cmpstr (bs_action_get_due (action), ==, "2027-03-03");

  /* picked from the calendar */
  day = g_date_time_new_local (2027, 4, 15, 0, 0, 0);
  gtk_calendar_select_day (bs_action_row_get_due_calendar (row), day);
  bs_test_pump ();
  g_assert_cmpstr (bs_action_get_due (action), ==, "2027-04-15");
  g_assert_cmpstr (gtk_editable_get_text (bs_action_row_get_due_entry (row)), ==, "15-04-2027");

  /* and with the keyboard, where keys can be typed: the arrows walk from
   * day to day, Space chooses */
  {
    GtkWidget *button = gtk_widget_get_next_sibling (GTK_WIDGET (bs_action_row_get_due_entry (row)));
    DueWait wait = { action, "2027-04-15" };

    g_assert_true (GTK_IS_MENU_BUTTON (button));
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    wait_frames (GTK_WIDGET (window), 1);
    if (xdotool (window, "key", "Left", "Down", "space", NULL))
      {
        g_autofree char *shown = NULL;

        g_assert_true (bs_test_wait_until (due_changed, &wait));
        g_assert_true (bs_display_is_iso_date (bs_action_get_due (action)));
        shown = bs_date_locale_format_date (bs_action_get_due (action));
        g_assert_cmpstr (gtk_editable_get_text (bs_action_row_get_due_entry (row)), ==, shown);
        g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
        enter_due (row, "15-04-2027");
      }
    else
      gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
    bs_test_pump ();
  }

  /* Not a date: kept and marked, the model keeps the last real date. */
  enter_due (row, "31-02-2027");
  g_assert_cmpstr (bs_action_get_due (action), ==, "2027-04-15");
  g_assert_cmpstr (gtk_editable_get_text (bs_action_row_get_due_entry (row)), ==, "31-02-2027");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (bs_action_row_get_due_entry (row)), "error"));

  /* Saving saves the rest and says what it did not. */
  dir = g_dir_make_tmp ("blendscan-test-XXXXXX", NULL);
  path = g_build_filename (dir, "due.blendscan", NULL);
  g_assert_false (bs_window_save_to_path (window, path));
  bs_test_pump ();
  dialog = bs_test_find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“31-02-2027”"));
  bs_test_respond (dialog, "close");
  g_assert_true (bs_window_get_dirty (window));
  g_assert_cmpstr (gtk_editable_get_text (bs_action_row_get_due_entry (row)), ==, "31-02-2027");

  reopened = bs_assessment_load (path, NULL, NULL);
  g_assert_nonnull (reopened);
  saved_action = g_list_model_get_item (bs_assessment_get_actions (reopened), 0);
  g_assert_cmpstr (bs_action_get_due (saved_action), ==, "2027-04-15");

  /* Corrected, it saves cleanly. */
  enter_due (row, "1 april 2027");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (bs_action_row_get_due_entry (row)), "error"));
  g_assert_true (bs_window_save_to_path (window, path));
  g_assert_false (bs_window_get_dirty (window));
  g_assert_null (bs_test_find_dialog ());

  speak_dutch (FALSE);
  bs_test_destroy_window (window);
  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountWait;

static gboolean
count_is (gpointer data)
{
  CountWait *wait = data;

  return g_list_model_get_n_items (wait->model) == wait->n;
}

static void
assert_same_action (BsAction *action,
                    BsAction *copy)
{
  g_assert_cmpstr (bs_action_get_description (action), ==, bs_action_get_description (copy));
  g_assert_cmpstr (bs_action_get_owner (action), ==, bs_action_get_owner (copy));
  g_assert_cmpstr (bs_action_get_due (action), ==, bs_action_get_due (copy));
  g_assert_cmpstr (bs_action_get_level_id (action), ==, bs_action_get_level_id (copy));
  g_assert_cmpstr (bs_action_get_dimension_id (action), ==, bs_action_get_dimension_id (copy));
  g_assert_cmpint (bs_action_get_status (action), ==, bs_action_get_status (copy));
}

/* A deleted action comes back with Undo, from the toast or from Ctrl+Z,
 * at its place and with all it said; moves and edits undo as well. */
static void
test_undo_action_plan (void)
{
  g_autoptr(BsAction) copy = bs_action_new ();
  g_autoptr(BsAction) target = NULL;
  GListModel *actions;
  BsActionRow *row;
  AdwToast *toast;
  BsWindow *window;
  CountWait wait;
  guint n;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  bs_window_show_page (window, BS_SIDEBAR_ROW_ACTIONS);
  wait_frames (GTK_WIDGET (window), 1);
  actions = bs_assessment_get_actions (bs_window_get_assessment (window));
  n = g_list_model_get_n_items (actions);
  g_assert_cmpuint (n, >=, 3);

  /* The first cannot go up, the last not down. */
  g_assert_false (gtk_widget_get_sensitive (bs_action_row_get_button (action_row (window, 0), "up")));
  g_assert_true (gtk_widget_get_sensitive (bs_action_row_get_button (action_row (window, 0), "down")));
  g_assert_true (gtk_widget_get_sensitive (bs_action_row_get_button (action_row (window, 1), "up")));
  g_assert_false (gtk_widget_get_sensitive (bs_action_row_get_button (action_row (window, n - 1), "down")));

  target = g_list_model_get_item (actions, 2);
  g_object_set (copy, "description", bs_action_get_description (target), "owner", bs_action_get_owner (target),
                "due", bs_action_get_due (target), "level-id", bs_action_get_level_id (target),
                "dimension-id", bs_action_get_dimension_id (target), "status", bs_action_get_status (target), NULL);

  /* Delete, then Undo in the toast. */
  bs_test_click (bs_action_row_get_button (action_row (window, 2), "delete"));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n - 1);
  toast = bs_window_get_undo_toast (window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==, "Action deleted");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), adw_toast_get_action_name (toast), NULL));
  bs_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n);
  {
    g_autoptr(BsAction) back = g_list_model_get_item (actions, 2);

    assert_same_action (back, copy);
    g_assert_true (bs_action_row_get_action (action_row (window, 2)) == back);
  }
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "actions");

  /* Delete, then Ctrl+Z: a real key where one can be typed, the action
   * the key is bound to otherwise. */
  bs_test_click (bs_action_row_get_button (action_row (window, 2), "delete"));
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n - 1);
  wait = (CountWait) { actions, n };
  if (!xdotool (window, "key", "ctrl+z", NULL))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  g_assert_true (bs_test_wait_until (count_is, &wait));
  {
    g_autoptr(BsAction) back = g_list_model_get_item (actions, 2);

    assert_same_action (back, copy);
  }

  /* Redo deletes it again; undo brings it back once more. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  bs_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n - 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bs_test_pump ();
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, n);

  /* A move, undone */
  bs_test_click (bs_action_row_get_button (action_row (window, 0), "down"));
  {
    g_autoptr(BsAction) second = g_list_model_get_item (actions, 1);

    g_assert_cmpstr (bs_action_get_description (second), !=, bs_action_get_description (copy));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
    bs_test_pump ();
    g_assert_true (g_list_model_get_item (actions, 0) == (gpointer) second);
    g_object_unref (second);
  }

  /* An edit of a field, undone, shows again in its field */
  row = action_row (window, 2);
  gtk_editable_set_text (GTK_EDITABLE (bs_action_row_get_owner_entry (row)), "Zed");
  bs_test_pump ();
  g_assert_cmpstr (bs_action_get_owner (target), ==, "Zed");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  bs_test_pump ();
  g_assert_cmpstr (bs_action_get_owner (target), ==, bs_action_get_owner (copy));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (bs_action_row_get_owner_entry (action_row (window, 2)))), ==,
                   bs_action_get_owner (copy));

  bs_test_close_window (window);
}

static void
test_results_and_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("blendscan-test-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "chart.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  BsResultsPage *results;
  BsWindow *window;
  gsize length;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window_with ("marketingcommunicatie.blendscan");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-results", NULL));
  bs_test_pump ();
  g_assert_cmpstr (bs_window_get_visible_page (window), ==, "results");

  results = BS_RESULTS_PAGE (bs_window_get_results_page (window));
  g_assert_cmpuint (bs_results_page_get_n_charts (results), ==, 1);
  bs_results_page_set_show_target (results, TRUE);
  bs_test_pump ();

  /* The score table reads at screen size: drawn larger than on paper,
   * and given the height that takes. */
  {
    BsScoreTableView *table = (BsScoreTableView *) bs_test_find_type (GTK_WIDGET (results), BS_TYPE_SCORE_TABLE_VIEW);
    int width;

    g_assert_nonnull (table);
    /* Allocated on the next frame; wait for it, bounded. */
    for (guint i = 0; i < 100000 && gtk_widget_get_width (GTK_WIDGET (table)) == 0; i++)
      g_main_context_iteration (NULL, FALSE);
    bs_test_pump ();
    width = gtk_widget_get_width (GTK_WIDGET (table));
    g_assert_cmpint (width, >, 100);
    g_assert_cmpfloat (bs_score_table_view_get_scale (table, width), >, 1.2);
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (table)), ==,
                     (int) ceil (bs_score_table_view_get_scale (table, width) *
                                 bs_score_table_measure (width / bs_score_table_view_get_scale (table, width),
                                                         bs_window_get_assessment (window), "course",
                                                         bs_default_language ())));
  }

  g_assert_true (bs_results_page_export_chart (results, "course", png, &error));
  g_assert_no_error (error);
  g_assert_true (bs_results_page_export_chart (results, "course", svg, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_true (length > 8 && memcmp (contents, "\x89PNG", 4) == 0);
  g_clear_pointer (&contents, g_free);

  g_assert_true (bs_print_export_pdf (GTK_WINDOW (window), bs_window_get_assessment (window), "en", pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (length > 1000 && g_str_has_prefix (contents, "%PDF"));

  bs_test_destroy_window (window);
  g_unlink (pdf);
  g_unlink (png);
  g_unlink (svg);
  g_rmdir (dir);
}

/* With GTK's GL renderer, the one that draws the window (llvmpipe under
 * Xvfb): the cairo renderer blurs differently, by up to 7/255. NULL when
 * the display has no GL, as GTK then draws with cairo anyway. */
static GBytes *
render_node (GskRenderNode *node,
             int            width,
             int            height)
{
  g_autoptr(GskRenderer) renderer = gsk_gl_renderer_new ();
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  guchar *data;

  if (!gsk_renderer_realize (renderer, NULL, &error))
    return NULL;
  data = g_malloc (width * height * 4);
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, data, width * 4);
  gsk_renderer_unrealize (renderer);

  return g_bytes_new_take (data, width * height * 4);
}

/* The statement cards draw libadwaita 1.2's .card shadow from textures
 * (bs-card-shadow.c): they must look like the shadows GTK would draw. */
static void
test_card_shadow (void)
{
  const int width = 260, height = 180;
  const graphene_rect_t box = GRAPHENE_RECT_INIT (30, 30, 200, 120);
  /* libadwaita 1.2: 0 0 0 1px, 0 1px 3px 1px, 0 2px 6px 2px; painted
   * the last one first. */
  const struct { float dy, blur, spread, alpha; } css[] = {
    { 2, 6, 2, 0.03f }, { 1, 3, 1, 0.07f }, { 0, 0, 1, 0.03f },
  };
  g_autoptr(GtkSnapshot) ours = gtk_snapshot_new ();
  g_autoptr(GtkSnapshot) theirs = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) ours_node = NULL;
  g_autoptr(GskRenderNode) theirs_node = NULL;
  g_autoptr(GBytes) a = NULL;
  g_autoptr(GBytes) b = NULL;
  GskRoundedRect outline;
  const guchar *pa, *pb;
  int max_diff = 0, max_alpha = 0;

  BS_TEST_REQUIRE_DISPLAY ();

  bs_card_shadow_snapshot (ours, &box, 1, TRUE);
  gsk_rounded_rect_init_from_rect (&outline, &box, 12);
  for (guint i = 0; i < G_N_ELEMENTS (css); i++)
    gtk_snapshot_append_outset_shadow (theirs, &outline, &(GdkRGBA) { 0, 0, 0, css[i].alpha },
                                       0, css[i].dy, css[i].spread, css[i].blur);
  ours_node = gtk_snapshot_free_to_node (g_steal_pointer (&ours));
  theirs_node = gtk_snapshot_free_to_node (g_steal_pointer (&theirs));

  a = render_node (ours_node, width, height);
  b = render_node (theirs_node, width, height);
  if (a == NULL || b == NULL)
    {
      g_test_skip ("no GL on this display");
      return;
    }
  pa = g_bytes_get_data (a, NULL);
  pb = g_bytes_get_data (b, NULL);
  /* Premultiplied black: the alpha byte is the shadow. */
  for (int p = 0; p < width * height; p++)
    {
      int alpha_a = pa[p * 4 + 3], alpha_b = pb[p * 4 + 3];

      max_diff = MAX (max_diff, ABS (alpha_a - alpha_b));
      max_alpha = MAX (max_alpha, alpha_a);
    }
  g_test_message ("darkest shadow alpha %d, largest difference %d", max_alpha, max_diff);
  g_assert_cmpint (max_alpha, >, 15);
  g_assert_cmpint (max_diff, <=, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_log_set_writer_func (log_writer, NULL, NULL);
  g_test_init (&argc, &argv, NULL);

  if (bs_test_gui_init (TRUE))
    {
      g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

      /* What BsApplication's resource base path gives the windows. */
      gtk_css_provider_load_from_resource (css, "/io/github/blendscan/Blendscan/style.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  g_test_add_func ("/app/window/create-answer-save-reopen", test_create_answer_save_reopen);
  g_test_add_func ("/app/window/notes-shown-on-open", test_notes_shown_on_open);
  g_test_add_func ("/app/window/notes-shown-high-contrast", test_notes_shown_high_contrast);
  g_test_add_func ("/app/window/long-note-shown", test_long_note_shown);
  g_test_add_func ("/app/window/typing-keeps-answer", test_typing_keeps_answer);
  g_test_add_func ("/app/window/answer-keys", test_answer_keys);
  g_test_add_func ("/app/window/card-height-steady", test_card_height_steady);
  g_test_add_func ("/app/window/wheel-over-note", test_wheel_over_note);
  g_test_add_func ("/app/window/unsaved-changes", test_unsaved_changes);
  g_test_add_func ("/app/window/broken-file", test_broken_file);
  g_test_add_func ("/app/window/undo-redo", test_undo_redo);
  g_test_add_func ("/app/window/sidebar-rows-bound", test_sidebar_rows_bound);
  g_test_add_func ("/app/window/dimension-page-property", test_dimension_page_property);
  g_test_add_func ("/app/window/recovery-copy", test_recovery_copy);
  g_test_add_func ("/app/window/action-plan", test_action_plan);
  g_test_add_func ("/app/window/action-row-bound", test_action_row_bound);
  g_test_add_func ("/app/window/due-dates", test_due_dates);
  g_test_add_func ("/app/window/undo-action-plan", test_undo_action_plan);
  g_test_add_func ("/app/window/results-and-pdf", test_results_and_pdf);
  g_test_add_func ("/app/window/card-shadow", test_card_shadow);

  return g_test_run ();
}
