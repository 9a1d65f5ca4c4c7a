/* bs-radar-view.c: the radar chart of one level on screen, drawn by the render library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>

#include "bs-display.h"
#include "bs-radar-view.h"

/* Up to this width the text has the render library's own size; a larger
 * chart (a big window, a projector) gets proportionally larger text. */
#define TEXT_GROWS_FROM 560.0
#define MIN_SIZE        300
#define NATURAL_SIZE    460

struct _BsRadarView
{
  BsLevelView   parent_instance;

  BsRadarFlags  flags;
  /* height for width, measured with the layout: computing one costs
   * text measurement, and GTK asks for the same width again and again */
  int           cached_width;
  int           cached_height;
};

G_DEFINE_FINAL_TYPE (BsRadarView, bs_radar_view, BS_TYPE_LEVEL_VIEW)

enum {
  PROP_0,
  PROP_FLAGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
radar_options (BsRadarView    *self,
               int             width,
               BsRadarOptions *options)
{
  options->flags = self->flags | BS_RADAR_SHOW_LEGEND;
  options->lang = bs_default_language ();
  options->font_scale = bs_radar_view_get_font_scale (self, width);
}

/* The height that holds the chart at @width without the empty bands a
 * square would leave above the labels and between them and the legend:
 * the layout of the square, less what it leaves unused. */
static int
height_for_width (BsRadarView *self,
                  int          width)
{
  BsAssessment *assessment = bs_level_view_get_assessment (BS_LEVEL_VIEW (self));
  g_autoptr(BsRadarLayout) layout = NULL;
  BsRadarOptions options = { 0 };
  double top, margin;

  if (self->cached_width == width)
    return self->cached_height;

  radar_options (self, width, &options);
  layout = bs_radar_layout_new (width, width, assessment, bs_level_view_get_level_id (BS_LEVEL_VIEW (self)),
                                &options);
  if (layout == NULL)
    return width;

  top = layout->cy - layout->radius;
  for (guint i = 0; i < layout->n_axes; i++)
    top = MIN (top, layout->label_boxes[i].y);
  /* the legend is inset by the margin the whole chart keeps */
  margin = layout->legend_box.x;

  self->cached_width = width;
  /* A few pixels to spare: a lower chart has a slightly different font
   * step, and must not come out smaller for it. */
  self->cached_height = MAX (MIN_SIZE, (int) ceil (width - 2 * MAX (top - margin, 0)) + 8);

  return self->cached_height;
}

static void
invalidate (BsRadarView *self)
{
  self->cached_width = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
bs_radar_view_changed (BsLevelView *view)
{
  /* A label that wraps differently changes the height the chart needs. */
  invalidate (BS_RADAR_VIEW (view));
}

static void
zoom_changed_cb (BsRadarView *self)
{
  invalidate (self);
}

static void
bs_radar_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  BsRadarView *self = BS_RADAR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  BsAssessment *assessment = bs_level_view_get_assessment (BS_LEVEL_VIEW (self));
  BsRadarOptions options = { 0 };
  BsPalette palette;
  cairo_t *cr;

  if (assessment == NULL || width <= 0 || height <= 0)
    return;

  bs_level_view_get_palette (BS_LEVEL_VIEW (self), &palette);
  radar_options (self, width, &options);
  options.palette = &palette;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bs_radar_draw (cr, width, height, assessment, bs_level_view_get_level_id (BS_LEVEL_VIEW (self)), &options);
  cairo_destroy (cr);
}

static void
bs_radar_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  BsRadarView *self = BS_RADAR_VIEW (widget);
  double zoom = bs_level_view_get_zoom (BS_LEVEL_VIEW (self));

  *minimum = MIN_SIZE;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = (int) (NATURAL_SIZE * zoom);
  else if (for_size > 0 && bs_level_view_get_assessment (BS_LEVEL_VIEW (self)) != NULL)
    *minimum = *natural = height_for_width (self, MAX (for_size, MIN_SIZE));
  else
    *natural = (int) (NATURAL_SIZE * zoom);
}

static GtkSizeRequestMode
bs_radar_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
bs_radar_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BsRadarView *self = BS_RADAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_FLAGS:
      g_value_set_flags (value, self->flags);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_radar_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BsRadarView *self = BS_RADAR_VIEW (object);

  switch (prop_id)
    {
    case PROP_FLAGS:
      bs_radar_view_set_flags (self, g_value_get_flags (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_radar_view_class_init (BsRadarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  /* Translators: what a screen reader calls this chart, before its level */
  BS_LEVEL_VIEW_CLASS (klass)->kind = N_("Radar chart");

  object_class->get_property = bs_radar_view_get_property;
  object_class->set_property = bs_radar_view_set_property;

  widget_class->snapshot = bs_radar_view_snapshot;
  widget_class->measure = bs_radar_view_measure;
  widget_class->get_request_mode = bs_radar_view_get_request_mode;

  BS_LEVEL_VIEW_CLASS (klass)->changed = bs_radar_view_changed;

  properties [PROP_FLAGS] =
    g_param_spec_flags ("flags", NULL, NULL, BS_TYPE_RADAR_FLAGS, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "radarview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bs_radar_view_init (BsRadarView *self)
{
  self->cached_width = -1;
  g_signal_connect (self, "notify::zoom", G_CALLBACK (zoom_changed_cb), NULL);
}

/**
 * bs_radar_view_new:
 *
 * Returns: (transfer floating): a radar of @level_id that redraws as
 *   @assessment changes
 */
GtkWidget *
bs_radar_view_new (BsAssessment *assessment,
                   const char   *level_id)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  return g_object_new (BS_TYPE_RADAR_VIEW, "assessment", assessment, "level-id", level_id, NULL);
}

BsRadarFlags
bs_radar_view_get_flags (BsRadarView *self)
{
  g_return_val_if_fail (BS_IS_RADAR_VIEW (self), 0);

  return self->flags;
}

void
bs_radar_view_set_flags (BsRadarView  *self,
                         BsRadarFlags  flags)
{
  g_return_if_fail (BS_IS_RADAR_VIEW (self));

  if (self->flags == flags)
    return;

  self->flags = flags;
  /* the legend may gain a row */
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FLAGS]);
}

/**
 * bs_radar_view_get_font_scale:
 * @width: the chart's width in pixels
 *
 * Returns: how much larger than the render library's default the text is
 *   drawn at @width: it grows with a large chart, and with the zoom
 */
double
bs_radar_view_get_font_scale (BsRadarView *self,
                              int          width)
{
  g_return_val_if_fail (BS_IS_RADAR_VIEW (self), 1.0);

  return bs_level_view_get_zoom (BS_LEVEL_VIEW (self)) * MAX (1.0, width / TEXT_GROWS_FROM);
}

/**
 * bs_radar_view_get_previous_name:
 *
 * Returns: (transfer full) (nullable): the legend's name of the outline
 *   of the previous cycle as the chart draws it now, e.g. "Last cycle (12
 *   May 2025)"; %NULL when it draws none
 */
char *
bs_radar_view_get_previous_name (BsRadarView *self)
{
  BsAssessment *assessment;
  g_autoptr(BsRadarLayout) layout = NULL;
  BsRadarOptions options = { 0 };
  int width;

  g_return_val_if_fail (BS_IS_RADAR_VIEW (self), NULL);

  assessment = bs_level_view_get_assessment (BS_LEVEL_VIEW (self));
  if (assessment == NULL)
    return NULL;
  width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 100);
  radar_options (self, width, &options);
  layout = bs_radar_layout_new (width, width, assessment, bs_level_view_get_level_id (BS_LEVEL_VIEW (self)),
                                &options);
  if (layout == NULL)
    return NULL;

  return bs_radar_layout_get_previous_name (layout, options.lang);
}
