/* bs-text-limit.c: keeps what is typed or pasted into an editor within one text's limit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "blendscan-core.h"
#include "bs-text-limit.h"

/* The loader refuses a text longer than BS_TEXT_MAX_LENGTH bytes, and saving
 * refuses to write one. Without a limit in the editors, a user could paste a
 * whole document into a note and only learn at the next save that the work
 * cannot be saved. So an insertion that would pass the limit keeps the part
 * that fits (cut at a character, never inside one), rings the bell and says
 * so, the way GtkEntry's max-length does for characters. GtkEntry's own
 * max-length is not used: it counts characters, not bytes, and it truncates
 * text that is set, where a file's text must never be cut silently. */

#define LIMIT_KEY "bs-text-limit-max"
#define BUFFER_KEY "bs-text-limit-buffer"

/**
 * bs_text_limit_fit:
 * @current_bytes: bytes already in the editor
 * @max_bytes: the limit
 * @text: UTF-8 text about to be inserted
 * @text_bytes: its length in bytes
 *
 * Returns: how many leading bytes of @text fit, at a character boundary
 */
gsize
bs_text_limit_fit (gsize       current_bytes,
                   gsize       max_bytes,
                   const char *text,
                   gsize       text_bytes)
{
  const char *end;

  if (current_bytes >= max_bytes)
    return 0;
  if (text_bytes <= max_bytes - current_bytes)
    return text_bytes;

  /* The character that straddles the limit is left out whole. */
  end = g_utf8_find_prev_char (text, text + (max_bytes - current_bytes) + 1);
  return end != NULL ? (gsize) (end - text) : 0;
}

static gsize
limit_of (gpointer object)
{
  return GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (object), LIMIT_KEY));
}

static void
tell_user (GtkWidget *editor,
           gsize      max_bytes)
{
  g_autofree char *size = g_format_size (max_bytes);
  g_autofree char *message = NULL;
  GtkWidget *overlay;
  GtkRoot *root;

  gtk_widget_error_bell (editor);

  /* Translators: a toast; %s is a size such as "1.0 MB" */
  message = g_strdup_printf (_("A text can be at most %s: the rest was left out"), size);
  overlay = gtk_widget_get_ancestor (editor, ADW_TYPE_TOAST_OVERLAY);
  root = gtk_widget_get_root (editor);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
  else if (ADW_IS_PREFERENCES_WINDOW (root))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
}

static void
buffer_insert_text_cb (GtkTextBuffer *buffer,
                       GtkTextIter   *location,
                       char          *text,
                       int            len,
                       GtkWidget     *view)
{
  gsize max_bytes = limit_of (view);
  gsize text_bytes = len >= 0 ? (gsize) len : strlen (text);
  gsize current;
  gsize fit;

  /* A character is at most 4 bytes: most insertions are decided without
   * copying the text out of the buffer. */
  current = (gsize) gtk_text_buffer_get_char_count (buffer);
  if (current * 4 + text_bytes <= max_bytes)
    return;

  {
    GtkTextIter start, end;
    g_autofree char *all = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    all = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
    current = strlen (all);
  }

  fit = bs_text_limit_fit (current, max_bytes, text, text_bytes);
  if (fit == text_bytes)
    return;

  g_signal_stop_emission_by_name (buffer, "insert-text");
  if (fit > 0)
    {
      /* Inserted again, in part; this handler is blocked so that it does not
       * look at its own insertion. */
      g_signal_handlers_block_by_func (buffer, buffer_insert_text_cb, view);
      gtk_text_buffer_insert (buffer, location, text, (int) fit);
      g_signal_handlers_unblock_by_func (buffer, buffer_insert_text_cb, view);
    }
  tell_user (view, max_bytes);
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

static void
view_buffer_cb (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GWeakRef *watched = g_object_get_data (G_OBJECT (view), BUFFER_KEY);
  g_autoptr(GtkTextBuffer) old = NULL;

  /* Weak: the view may have dropped the old buffer, and it may be gone,
   * by the time its buffer property is notified. */
  if (watched == NULL)
    {
      watched = g_new0 (GWeakRef, 1);
      g_weak_ref_init (watched, NULL);
      g_object_set_data_full (G_OBJECT (view), BUFFER_KEY, watched,
                              (GDestroyNotify) weak_ref_free);
    }

  old = g_weak_ref_get (watched);
  if (old == buffer)
    return;
  if (old != NULL)
    g_signal_handlers_disconnect_by_func (old, buffer_insert_text_cb, view);

  g_weak_ref_set (watched, buffer);
  g_signal_connect_object (buffer, "insert-text", G_CALLBACK (buffer_insert_text_cb), view, 0);
}

static void
editable_insert_text_cb (GtkEditable *editable,
                         const char  *text,
                         int          length,
                         int         *position,
                         GtkWidget   *editor)
{
  gsize max_bytes = limit_of (editor);
  gsize text_bytes = length >= 0 ? (gsize) length : strlen (text);
  gsize fit = bs_text_limit_fit (strlen (gtk_editable_get_text (editable)), max_bytes,
                                 text, text_bytes);

  if (fit == text_bytes)
    return;

  g_signal_stop_emission_by_name (editable, "insert-text");
  if (fit > 0)
    {
      g_signal_handlers_block_by_func (editable, editable_insert_text_cb, editor);
      gtk_editable_insert_text (editable, text, (int) fit, position);
      g_signal_handlers_unblock_by_func (editable, editable_insert_text_cb, editor);
    }
  tell_user (editor, max_bytes);
}

/**
 * bs_text_limit_attach_full:
 * @editor: a #GtkTextView, or a #GtkEditable such as a #GtkEntry or an
 *   #AdwEntryRow
 * @max_bytes: the most bytes of UTF-8 it may hold
 *
 * For tests, which cannot lay out a megabyte in an entry quickly; the app
 * uses bs_text_limit_attach().
 */
void
bs_text_limit_attach_full (GtkWidget *editor,
                           gsize      max_bytes)
{
  g_return_if_fail (GTK_IS_TEXT_VIEW (editor) || GTK_IS_EDITABLE (editor));
  g_return_if_fail (max_bytes > 0);

  g_object_set_data (G_OBJECT (editor), LIMIT_KEY, GSIZE_TO_POINTER (max_bytes));

  if (GTK_IS_TEXT_VIEW (editor))
    {
      g_signal_connect (editor, "notify::buffer", G_CALLBACK (view_buffer_cb), NULL);
      view_buffer_cb (GTK_TEXT_VIEW (editor));
    }
  else
    {
      /* Typing and pasting insert into the innermost GtkText, not into the
       * entry or row that delegates to it. */
      GtkEditable *editable = GTK_EDITABLE (editor);
      GtkEditable *delegate;

      while ((delegate = gtk_editable_get_delegate (editable)) != NULL)
        editable = delegate;
      g_object_set_data (G_OBJECT (editable), LIMIT_KEY, GSIZE_TO_POINTER (max_bytes));
      g_signal_connect_object (editable, "insert-text",
                               G_CALLBACK (editable_insert_text_cb), editor, 0);
    }
}

/**
 * bs_text_limit_get_max:
 * @widget: an editor, or the #GtkText inside one
 *
 * Returns: the limit attached to @widget, or 0 when it has none
 */
gsize
bs_text_limit_get_max (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);

  return limit_of (widget);
}

/**
 * bs_text_limit_attach:
 * @editor: a #GtkTextView or a #GtkEditable
 *
 * Keeps @editor within %BS_TEXT_MAX_LENGTH bytes, the limit of one text in
 * an assessment.
 */
void
bs_text_limit_attach (GtkWidget *editor)
{
  bs_text_limit_attach_full (editor, BS_TEXT_MAX_LENGTH);
}
