/* bs-radar-view.c: the radar chart of one level on screen, drawn by the render library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "bs-radar-view.h"

struct _BsRadarView
{
  BsLevelView   parent_instance;

  BsRadarFlags  flags;
};

G_DEFINE_FINAL_TYPE (BsRadarView, bs_radar_view, BS_TYPE_LEVEL_VIEW)

enum {
  PROP_0,
  PROP_FLAGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
bs_radar_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  BsRadarView *self = BS_RADAR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  BsAssessment *assessment = bs_level_view_get_assessment (BS_LEVEL_VIEW (self));
  BsRadarOptions options = { 0 };
  cairo_t *cr;

  if (assessment == NULL || width <= 0 || height <= 0)
    return;

  options.flags = self->flags | BS_RADAR_SHOW_LEGEND;
  options.lang = bs_default_language ();
  options.font_scale = 1.0;

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
  /* Square when it can be; labels need room around the chart. */
  *minimum = 300;
  *natural = for_size > 0 ? CLAMP (for_size, 300, 560) : 460;
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
      g_value_set_uint (value, self->flags);
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
      bs_radar_view_set_flags (self, g_value_get_uint (value));
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

  object_class->get_property = bs_radar_view_get_property;
  object_class->set_property = bs_radar_view_set_property;

  widget_class->snapshot = bs_radar_view_snapshot;
  widget_class->measure = bs_radar_view_measure;

  properties [PROP_FLAGS] =
    g_param_spec_uint ("flags", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "radarview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bs_radar_view_init (BsRadarView *self)
{
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
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FLAGS]);
}
