/* bs-text-field.c: a multi-line text field that is as tall as its text, inside a page that scrolls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "bs-text-limit.h"
#include "bs-text-field.h"

/* GtkTextView (GTK 4.8) answers a height-for-width request with the height
 * of its layout at the width it was last *allocated*, whatever width is
 * asked about: before its first allocation that is nothing at all, so a
 * page built before the window has its size lays every note out as a bare
 * line. The text view does notice its real height while it is allocated,
 * but the resize it queues from inside the allocation is dropped, and the
 * note stays collapsed until the window is resized (a theme change, such
 * as high contrast, does the same). So this field measures its text itself,
 * at the width it is asked about, the way a wrapping GtkLabel does.
 *
 * It also needs no GtkScrolledWindow around it: in a page that scrolls, a
 * field as tall as its text never scrolls on its own, and without one the
 * mouse wheel keeps scrolling the page when the pointer is over a note. */

/* Laying out a whole text costs about 1 ms per 1000 characters: past this, the
 * text view's own incremental layout is used wherever it is right, at the
 * width it already has (see measure). */
#define MEASURE_ALWAYS_CHARS (64 * 1024)

struct _BsTextField
{
  GtkTextView parent_instance;
};

G_DEFINE_FINAL_TYPE (BsTextField, bs_text_field, GTK_TYPE_TEXT_VIEW)

static PangoWrapMode
pango_wrap (GtkWrapMode mode)
{
  switch (mode)
    {
    case GTK_WRAP_CHAR:
      return PANGO_WRAP_CHAR;
    case GTK_WRAP_WORD:
      return PANGO_WRAP_WORD;
    case GTK_WRAP_WORD_CHAR:
    case GTK_WRAP_NONE:
    default:
      return PANGO_WRAP_WORD_CHAR;
    }
}

static int
text_height (BsTextField *self,
             int          width)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  int text_width, height;

  g_assert (BS_IS_TEXT_FIELD (self));

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  /* An empty field still shows the line the cursor sits on. */
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  text_width = width - gtk_text_view_get_left_margin (view) - gtk_text_view_get_right_margin (view);
  if (width >= 0 && gtk_text_view_get_wrap_mode (view) != GTK_WRAP_NONE)
    {
      pango_layout_set_width (layout, MAX (text_width, 1) * PANGO_SCALE);
      pango_layout_set_wrap (layout, pango_wrap (gtk_text_view_get_wrap_mode (view)));
    }
  pango_layout_get_pixel_size (layout, NULL, &height);

  return height + gtk_text_view_get_top_margin (view) + gtk_text_view_get_bottom_margin (view);
}

static void
buffer_changed_cb (BsTextField *self)
{
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
buffer_notify_cb (BsTextField *self)
{
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self)), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static GtkSizeRequestMode
bs_text_field_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
bs_text_field_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  BsTextField *self = BS_TEXT_FIELD (widget);

  GTK_WIDGET_CLASS (bs_text_field_parent_class)->measure (widget, orientation, for_size,
                                                          minimum, natural,
                                                          minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_VERTICAL &&
      (for_size != gtk_widget_get_width (widget) ||
       gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self))) < MEASURE_ALWAYS_CHARS))
    {
      /* Without a width (a vertical box always gives one), the height of
       * the lines unwrapped is a floor. */
      *minimum = *natural = text_height (self, for_size >= 0 ? for_size : -1);
      if (minimum_baseline != NULL)
        *minimum_baseline = -1;
      if (natural_baseline != NULL)
        *natural_baseline = -1;
    }
}

static void
bs_text_field_class_init (BsTextFieldClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = bs_text_field_get_request_mode;
  widget_class->measure = bs_text_field_measure;
}

static void
bs_text_field_init (BsTextField *self)
{
  GtkTextView *view = GTK_TEXT_VIEW (self);

  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_text_view_set_top_margin (view, 7);
  gtk_text_view_set_bottom_margin (view, 7);
  gtk_text_view_set_left_margin (view, 9);
  gtk_text_view_set_right_margin (view, 9);
  gtk_widget_add_css_class (GTK_WIDGET (self), "text-field");

  /* A model's fresh buffer replaces the one the field had (bs-dimension-page.c). */
  g_signal_connect (self, "notify::buffer", G_CALLBACK (buffer_notify_cb), NULL);
  buffer_notify_cb (self);

  bs_text_limit_attach (GTK_WIDGET (self));
}

/**
 * bs_text_field_new:
 *
 * Returns: (transfer floating): an empty field
 */
GtkWidget *
bs_text_field_new (void)
{
  return g_object_new (BS_TYPE_TEXT_FIELD, NULL);
}
