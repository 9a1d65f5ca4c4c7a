/* bs-radar-view.c: the radar chart of one level on screen, drawn by the render library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "bs-radar-view.h"

struct _BsRadarView
{
  GtkWidget     parent_instance;

  BsAssessment *assessment;
  char         *level_id;
  BsRadarFlags  flags;
};

G_DEFINE_FINAL_TYPE (BsRadarView, bs_radar_view, GTK_TYPE_WIDGET)

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
  BsRadarOptions options = { 0 };
  cairo_t *cr;

  if (self->assessment == NULL || width <= 0 || height <= 0)
    return;

  options.flags = self->flags | BS_RADAR_SHOW_LEGEND;
  options.lang = bs_default_language ();
  options.font_scale = 1.0;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bs_radar_draw (cr, width, height, self->assessment, self->level_id, &options);
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
bs_radar_view_dispose (GObject *object)
{
  BsRadarView *self = (BsRadarView *) object;

  g_clear_object (&self->assessment);

  G_OBJECT_CLASS (bs_radar_view_parent_class)->dispose (object);
}

static void
bs_radar_view_finalize (GObject *object)
{
  BsRadarView *self = (BsRadarView *) object;

  g_free (self->level_id);

  G_OBJECT_CLASS (bs_radar_view_parent_class)->finalize (object);
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

  object_class->dispose = bs_radar_view_dispose;
  object_class->finalize = bs_radar_view_finalize;
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
  BsRadarView *self;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (level_id != NULL, NULL);

  self = g_object_new (BS_TYPE_RADAR_VIEW, NULL);
  self->assessment = g_object_ref (assessment);
  self->level_id = g_strdup (level_id);
  g_signal_connect_object (assessment, "changed", G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

const char *
bs_radar_view_get_level_id (BsRadarView *self)
{
  g_return_val_if_fail (BS_IS_RADAR_VIEW (self), NULL);

  return self->level_id;
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
