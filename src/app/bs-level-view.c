/* bs-level-view.c: a widget that shows one level of an assessment, kept up to date
 *
 * The base of the radar and the score table on the results page: both
 * draw one level with the render library and follow the assessment as
 * answers change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include <adwaita.h>

#include "bs-level-view.h"

typedef struct
{
  BsAssessment *assessment;
  char         *level_id;
  double        zoom;
} BsLevelViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BsLevelView, bs_level_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_LEVEL_ID,
  PROP_ZOOM,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* The style's colours, made opaque over the background the view is
 * drawn on. */
static BsRgb
rgb_over (const GdkRGBA *color,
          const BsRgb   *background)
{
  BsRgb opaque = { color->red, color->green, color->blue };

  return bs_rgb_mix (background, &opaque, color->alpha);
}

/* The strongest mix of @from towards @to that still reads as text on
 * @background: secondary text never drops below 4.5:1. */
static BsRgb
readable_mix (const BsRgb *from,
              const BsRgb *to,
              double       amount,
              const BsRgb *background)
{
  BsRgb mixed = bs_rgb_mix (from, to, amount);

  while (amount > 0 && bs_rgb_contrast (&mixed, background) < 4.6)
    {
      amount = MAX (amount - 0.05, 0);
      mixed = bs_rgb_mix (from, to, amount);
    }

  return mixed;
}

static void
style_changed_cb (BsLevelView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
assessment_changed_cb (BsLevelView *self)
{
  BS_LEVEL_VIEW_GET_CLASS (self)->changed (self);
}

static void
bs_level_view_real_changed (BsLevelView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
bs_level_view_dispose (GObject *object)
{
  BsLevelViewPrivate *priv = bs_level_view_get_instance_private (BS_LEVEL_VIEW (object));

  g_clear_object (&priv->assessment);

  G_OBJECT_CLASS (bs_level_view_parent_class)->dispose (object);
}

static void
bs_level_view_finalize (GObject *object)
{
  BsLevelViewPrivate *priv = bs_level_view_get_instance_private (BS_LEVEL_VIEW (object));

  g_free (priv->level_id);

  G_OBJECT_CLASS (bs_level_view_parent_class)->finalize (object);
}

static void
bs_level_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BsLevelViewPrivate *priv = bs_level_view_get_instance_private (BS_LEVEL_VIEW (object));

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, priv->assessment);
      break;

    case PROP_LEVEL_ID:
      g_value_set_string (value, priv->level_id);
      break;

    case PROP_ZOOM:
      g_value_set_double (value, priv->zoom);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_level_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BsLevelView *self = BS_LEVEL_VIEW (object);
  BsLevelViewPrivate *priv = bs_level_view_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      /* construct-only */
      priv->assessment = g_value_dup_object (value);
      if (priv->assessment != NULL)
        g_signal_connect_object (priv->assessment, "changed", G_CALLBACK (assessment_changed_cb),
                                 self, G_CONNECT_SWAPPED);
      break;

    case PROP_LEVEL_ID:
      priv->level_id = g_value_dup_string (value);
      break;

    case PROP_ZOOM:
      bs_level_view_set_zoom (self, g_value_get_double (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_level_view_class_init (BsLevelViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = bs_level_view_dispose;
  object_class->finalize = bs_level_view_finalize;
  object_class->get_property = bs_level_view_get_property;
  object_class->set_property = bs_level_view_set_property;

  klass->changed = bs_level_view_real_changed;

  properties [PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, BS_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_LEVEL_ID] =
    g_param_spec_string ("level-id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BsLevelView:zoom:
   *
   * How much larger than its default the view draws its text and asks
   * for room: the results page's zoom, for a projector or a far seat.
   */
  properties [PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.5, 4.0, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_level_view_init (BsLevelView *self)
{
  BsLevelViewPrivate *priv = bs_level_view_get_instance_private (self);
  AdwStyleManager *manager = adw_style_manager_get_default ();

  priv->zoom = 1.0;

  /* The palette comes from named colours, which can change without the
   * view's own CSS colour changing (high contrast). */
  g_signal_connect_object (manager, "notify::dark", G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (manager, "notify::high-contrast", G_CALLBACK (style_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

BsAssessment *
bs_level_view_get_assessment (BsLevelView *self)
{
  BsLevelViewPrivate *priv = bs_level_view_get_instance_private (self);

  g_return_val_if_fail (BS_IS_LEVEL_VIEW (self), NULL);

  return priv->assessment;
}

const char *
bs_level_view_get_level_id (BsLevelView *self)
{
  BsLevelViewPrivate *priv = bs_level_view_get_instance_private (self);

  g_return_val_if_fail (BS_IS_LEVEL_VIEW (self), NULL);

  return priv->level_id;
}

double
bs_level_view_get_zoom (BsLevelView *self)
{
  BsLevelViewPrivate *priv = bs_level_view_get_instance_private (self);

  g_return_val_if_fail (BS_IS_LEVEL_VIEW (self), 1.0);

  return priv->zoom;
}

void
bs_level_view_set_zoom (BsLevelView *self,
                        double       zoom)
{
  BsLevelViewPrivate *priv = bs_level_view_get_instance_private (self);

  g_return_if_fail (BS_IS_LEVEL_VIEW (self));

  zoom = CLAMP (zoom, 0.5, 4.0);
  if (priv->zoom == zoom)
    return;

  priv->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ZOOM]);
}

/**
 * bs_level_view_get_palette:
 * @palette: (out caller-allocates): the colours to draw in
 *
 * The colours of the widget's style: its text colour, the accent for the
 * current scores and the window's background, so the chart reads in a
 * dark or high-contrast style as well as in the light one. Print and
 * export keep bs_palette_get_print().
 */
void
bs_level_view_get_palette (BsLevelView *self,
                           BsPalette   *palette)
{
  GtkStyleContext *context;
  GdkRGBA fg, bg, accent;
  BsRgb background, foreground;
  gboolean have_bg, have_accent, hc;

  g_return_if_fail (BS_IS_LEVEL_VIEW (self));
  g_return_if_fail (palette != NULL);

  *palette = *bs_palette_get_print ();

  /* gtk_widget_get_color() and CSS variables only come with GTK 4.10;
   * the style context is how 4.8 reads colours. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  context = gtk_widget_get_style_context (GTK_WIDGET (self));
  gtk_style_context_get_color (context, &fg);
  have_bg = gtk_style_context_lookup_color (context, "window_bg_color", &bg);
  have_accent = gtk_style_context_lookup_color (context, "accent_color", &accent);
  G_GNUC_END_IGNORE_DEPRECATIONS

  if (!have_bg)
    return;

  background = (BsRgb) { bg.red, bg.green, bg.blue };
  foreground = rgb_over (&fg, &background);

  /* High contrast: the rings, rules and secondary text move towards the
   * text colour, as the style's own borders do. */
  hc = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());

  palette->background = background;
  palette->foreground = foreground;
  palette->muted = readable_mix (&foreground, &background, hc ? 0.15 : 0.35, &background);
  palette->grid = bs_rgb_mix (&foreground, &background, hc ? 0.5 : 0.72);
  palette->trough = bs_rgb_mix (&foreground, &background, hc ? 0.8 : 0.88);
  palette->rule = bs_rgb_mix (&foreground, &background, hc ? 0.1 : 0.35);
  palette->rule_light = bs_rgb_mix (&foreground, &background, hc ? 0.5 : 0.78);
  if (have_accent)
    palette->current = rgb_over (&accent, &background);
}
