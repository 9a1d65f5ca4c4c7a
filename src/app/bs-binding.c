/* bs-binding.c: text widgets bound both ways to a string property of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "bs-binding.h"

/* Not g_object_bind_property_full(), though a transform could map the
 * model's NULL to "": the model cleans what it is given (bs_text_clean()
 * drops control characters, turns CR LF into a newline) and the field must
 * show the cleaned text at once, which a GBinding, blocked while it is
 * setting the model, would never write back. Everything else a widget shows
 * of the model is bound with GBinding. The model keeps the one copy;
 * each side only writes when the text really differs, so the two handlers
 * never ping-pong. */

#define PROPERTY_KEY "bs-binding-property"

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   GObject       *object)
{
  const char *property = g_object_get_data (G_OBJECT (buffer), PROPERTY_KEY);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_assert (GTK_IS_TEXT_BUFFER (buffer));
  g_assert (G_IS_OBJECT (object));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_object_set (object, property, text, NULL);
}

static void
object_notify_buffer_cb (GObject       *object,
                         GParamSpec    *pspec,
                         GtkTextBuffer *buffer)
{
  g_autofree char *value = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  g_assert (G_IS_OBJECT (object));
  g_assert (GTK_IS_TEXT_BUFFER (buffer));

  g_object_get (object, pspec->name, &value, NULL);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  if (g_strcmp0 (text, value != NULL ? value : "") != 0)
    gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);
}

/**
 * bs_binding_text_buffer:
 * @object: the model object, which must outlive nothing: either side may
 *   go first
 *
 * Shows @property of @object in @buffer and writes edits back.
 */
void
bs_binding_text_buffer (GtkTextBuffer *buffer,
                        gpointer       object,
                        const char    *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  g_autofree char *value = NULL;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);

  g_object_get (object, property, &value, NULL);
  gtk_text_buffer_set_text (buffer, value != NULL ? value : "", -1);

  g_object_set_data_full (G_OBJECT (buffer), PROPERTY_KEY, g_strdup (property), g_free);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (buffer_changed_cb), object, 0);
  g_signal_connect_object (object, signal, G_CALLBACK (object_notify_buffer_cb), buffer, 0);
}

static void
editable_changed_cb (GtkEditable *editable,
                     GObject     *object)
{
  const char *property = g_object_get_data (G_OBJECT (editable), PROPERTY_KEY);

  g_assert (GTK_IS_EDITABLE (editable));
  g_assert (G_IS_OBJECT (object));

  g_object_set (object, property, gtk_editable_get_text (editable), NULL);
}

static void
object_notify_editable_cb (GObject     *object,
                           GParamSpec  *pspec,
                           GtkEditable *editable)
{
  g_autofree char *value = NULL;

  g_assert (G_IS_OBJECT (object));
  g_assert (GTK_IS_EDITABLE (editable));

  g_object_get (object, pspec->name, &value, NULL);

  if (g_strcmp0 (gtk_editable_get_text (editable), value != NULL ? value : "") != 0)
    gtk_editable_set_text (editable, value != NULL ? value : "");
}

/**
 * bs_binding_editable:
 *
 * Like bs_binding_text_buffer(), for an entry.
 */
void
bs_binding_editable (GtkEditable *editable,
                     gpointer     object,
                     const char  *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);
  g_autofree char *value = NULL;

  g_return_if_fail (GTK_IS_EDITABLE (editable));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);

  g_object_get (object, property, &value, NULL);
  gtk_editable_set_text (editable, value != NULL ? value : "");

  g_object_set_data_full (G_OBJECT (editable), PROPERTY_KEY, g_strdup (property), g_free);
  g_signal_connect_object (editable, "changed", G_CALLBACK (editable_changed_cb), object, 0);
  g_signal_connect_object (object, signal, G_CALLBACK (object_notify_editable_cb), editable, 0);
}
