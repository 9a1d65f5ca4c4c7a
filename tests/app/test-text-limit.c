/* test-text-limit.c: editors keep a text within the limit the loader enforces, while typing and pasting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-test"

#include "config.h"

#include <string.h>

#include "blendscan-core.h"
#include "bs-preferences-window.h"
#include "bs-text-field.h"
#include "bs-text-limit.h"
#include "bs-test-gui.h"

static void
test_fit (void)
{
  /* "é" is 2 bytes, "€" 3: a character that straddles the limit is left out whole. */
  g_assert_cmpuint (bs_text_limit_fit (0, 10, "abc", 3), ==, 3);
  g_assert_cmpuint (bs_text_limit_fit (8, 10, "abc", 3), ==, 2);
  g_assert_cmpuint (bs_text_limit_fit (9, 10, "éa", 3), ==, 0);
  g_assert_cmpuint (bs_text_limit_fit (8, 10, "éa", 3), ==, 2);
  g_assert_cmpuint (bs_text_limit_fit (5, 10, "a€€", 7), ==, 4);
  g_assert_cmpuint (bs_text_limit_fit (10, 10, "a", 1), ==, 0);
  g_assert_cmpuint (bs_text_limit_fit (12, 10, "a", 1), ==, 0);
}

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

/* Pasting goes through the interactive insert, as typing does. */
static void
paste (GtkTextBuffer *buffer,
       const char    *text)
{
  gtk_text_buffer_insert_interactive_at_cursor (buffer, text, -1, TRUE);
}

static void
test_text_view (void)
{
  GtkWidget *view;
  GtkTextBuffer *buffer;
  g_autofree char *text = NULL;

  BS_TEST_REQUIRE_DISPLAY ();

  view = g_object_ref_sink (gtk_text_view_new ());
  bs_text_limit_attach_full (view, 10);
  /* kept past the view's switch to another buffer below */
  buffer = g_object_ref (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));

  paste (buffer, "12345678");
  paste (buffer, "abcdé");
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "12345678ab");
  g_clear_pointer (&text, g_free);

  /* Full: nothing more goes in, also not in the middle. */
  paste (buffer, "x");
  {
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    gtk_text_buffer_insert_interactive (buffer, &start, "y", -1, TRUE);
  }
  text = buffer_text (buffer);
  g_assert_cmpstr (text, ==, "12345678ab");
  g_clear_pointer (&text, g_free);

  /* A new buffer (the model's, when a page is rebuilt) is limited too. */
  {
    g_autoptr(GtkTextBuffer) other = gtk_text_buffer_new (NULL);

    gtk_text_view_set_buffer (GTK_TEXT_VIEW (view), other);
    paste (other, "123456789é");
    text = buffer_text (other);
    g_assert_cmpstr (text, ==, "123456789");
    g_clear_pointer (&text, g_free);

    /* and the old one is no longer watched by this view */
    gtk_text_buffer_set_text (buffer, "", -1);
    paste (buffer, "123456789012");
    text = buffer_text (buffer);
    g_assert_cmpstr (text, ==, "123456789012");
    g_clear_pointer (&text, g_free);
  }

  g_object_unref (view);
  g_object_unref (buffer);
}

/* The real limit, on the note field every statement card, dimension page
 * and action row uses: a text of exactly BS_TEXT_MAX_LENGTH bytes, and not
 * one byte more, whatever is pasted. */
static void
test_text_field_real_limit (void)
{
  GtkWidget *field;
  GtkTextBuffer *buffer;
  g_autofree char *big = NULL;
  g_autofree char *text = NULL;

  BS_TEST_REQUIRE_DISPLAY ();

  field = g_object_ref_sink (bs_text_field_new ());
  g_assert_cmpuint (bs_text_limit_get_max (field), ==, BS_TEXT_MAX_LENGTH);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field));

  big = g_malloc (BS_TEXT_MAX_LENGTH);
  for (gsize i = 0; i < BS_TEXT_MAX_LENGTH - 1; i++)
    big[i] = i % 80 == 79 ? '\n' : 'a';
  big[BS_TEXT_MAX_LENGTH - 1] = '\0';
  gtk_text_buffer_set_text (buffer, big, -1);

  paste (buffer, "é");
  text = buffer_text (buffer);
  g_assert_cmpuint (strlen (text), ==, BS_TEXT_MAX_LENGTH - 1);
  g_clear_pointer (&text, g_free);

  paste (buffer, "bcd");
  text = buffer_text (buffer);
  g_assert_cmpuint (strlen (text), ==, BS_TEXT_MAX_LENGTH);
  g_assert_cmpint (text[BS_TEXT_MAX_LENGTH - 1], ==, 'b');

  /* What the editor holds is what the model may save. */
  g_assert_true (bs_text_check_length (text, "the note", NULL));

  g_object_unref (field);
}

static void
check_editable (GtkWidget *editor)
{
  GtkEditable *editable = GTK_EDITABLE (editor);

  bs_text_limit_attach_full (editor, 8);
  gtk_editable_set_text (editable, "");
  {
    int position = 0;

    gtk_editable_insert_text (editable, "1234", -1, &position);
    gtk_editable_insert_text (editable, "56789", -1, &position);
  }
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "12345678");
  {
    int position = 0;

    gtk_editable_insert_text (editable, "é", -1, &position);
  }
  g_assert_cmpstr (gtk_editable_get_text (editable), ==, "12345678");
}

static void
test_entries (void)
{
  GtkWidget *entry;
  GtkWidget *row;

  BS_TEST_REQUIRE_DISPLAY ();

  entry = g_object_ref_sink (gtk_entry_new ());
  check_editable (entry);
  g_object_unref (entry);

  row = g_object_ref_sink (adw_entry_row_new ());
  check_editable (row);
  g_object_unref (row);
}

/* Every editor on every page is limited: a GtkTextView or a GtkText (the
 * part of an entry or an entry row that takes the keys) without the limit
 * is an editor someone forgot. Search fields are left out. */
static void
check_tree (GtkWidget *widget,
            int       *editors)
{
  if (GTK_IS_TEXT_VIEW (widget) || GTK_IS_TEXT (widget))
    {
      gboolean editable = GTK_IS_TEXT (widget)
                          ? gtk_editable_get_editable (GTK_EDITABLE (widget))
                          : gtk_text_view_get_editable (GTK_TEXT_VIEW (widget));

      /* A search field or a number is not a text of the assessment. */
      GtkWidget *parent = gtk_widget_get_parent (widget);

      if (GTK_IS_SEARCH_ENTRY (parent) || GTK_IS_SPIN_BUTTON (parent))
        editable = FALSE;

      if (editable)
        {
          if (bs_text_limit_get_max (widget) != BS_TEXT_MAX_LENGTH)
            g_error ("an editor (%s, in a %s) has no text limit",
                     G_OBJECT_TYPE_NAME (widget),
                     G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
          (*editors)++;
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_tree (child, editors);
}

static void
test_every_editor (void)
{
  g_autofree char *path = bs_test_example_path ("marketingcommunicatie.blendscan");
  BsWindow *window;
  GtkWindow *details;
  GtkWidget *preferences;
  int editors = 0;

  BS_TEST_REQUIRE_DISPLAY ();

  window = bs_test_new_window ();
  bs_window_show_new_assessment (window);
  bs_test_pump ();
  check_tree (GTK_WIDGET (window), &editors);
  g_assert_cmpint (editors, >=, 4);

  bs_test_open (window, path);
  editors = 0;
  check_tree (GTK_WIDGET (window), &editors);
  /* a dimension page: its cards' notes and evidence, and its own fields */
  g_assert_cmpint (editors, >=, 5);

  editors = 0;
  check_tree (bs_window_get_action_plan_page (window), &editors);
  check_tree (bs_window_get_reflection_page (window), &editors);
  g_assert_cmpint (editors, >=, 2);

  details = bs_window_show_details (window);
  bs_test_pump ();
  editors = 0;
  check_tree (GTK_WIDGET (details), &editors);
  g_assert_cmpint (editors, >=, 4);
  gtk_window_destroy (details);

  preferences = bs_preferences_window_new ();
  editors = 0;
  check_tree (preferences, &editors);
  g_assert_cmpint (editors, >=, 1);
  gtk_window_destroy (GTK_WINDOW (preferences));

  bs_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  bs_test_gui_init (TRUE);

  g_test_add_func ("/app/text-limit/fit", test_fit);
  g_test_add_func ("/app/text-limit/text-view", test_text_view);
  g_test_add_func ("/app/text-limit/text-field-real-limit", test_text_field_real_limit);
  g_test_add_func ("/app/text-limit/entries", test_entries);
  g_test_add_func ("/app/text-limit/every-editor", test_every_editor);

  return g_test_run ();
}
