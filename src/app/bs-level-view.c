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

#include "bs-level-view.h"

typedef struct
{
  BsAssessment *assessment;
  char         *level_id;
} BsLevelViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BsLevelView, bs_level_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_LEVEL_ID,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

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

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_level_view_init (BsLevelView *self)
{
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
