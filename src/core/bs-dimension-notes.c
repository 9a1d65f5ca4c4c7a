/* bs-dimension-notes.c: a team's summary, strengths and improvements for one dimension
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-dimension-notes.h"
#include "bs-text.h"

struct _BsDimensionNotes
{
  GObject parent_instance;

  char *level_id;
  char *dimension_id;
  char *summary;
  char *strengths;
  char *improvements;
  guint target;
};

G_DEFINE_FINAL_TYPE (BsDimensionNotes, bs_dimension_notes, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LEVEL_ID,
  PROP_DIMENSION_ID,
  PROP_SUMMARY,
  PROP_STRENGTHS,
  PROP_IMPROVEMENTS,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
bs_dimension_notes_finalize (GObject *object)
{
  BsDimensionNotes *self = (BsDimensionNotes *)object;

  g_free (self->level_id);
  g_free (self->dimension_id);
  g_free (self->summary);
  g_free (self->strengths);
  g_free (self->improvements);

  G_OBJECT_CLASS (bs_dimension_notes_parent_class)->finalize (object);
}

static void
bs_dimension_notes_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  BsDimensionNotes *self = BS_DIMENSION_NOTES (object);

  switch (prop_id)
    {
    case PROP_LEVEL_ID:
      g_value_set_string (value, self->level_id);
      break;

    case PROP_DIMENSION_ID:
      g_value_set_string (value, self->dimension_id);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_STRENGTHS:
      g_value_set_string (value, self->strengths);
      break;

    case PROP_IMPROVEMENTS:
      g_value_set_string (value, self->improvements);
      break;

    case PROP_TARGET:
      g_value_set_uint (value, self->target);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_dimension_notes_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  BsDimensionNotes *self = BS_DIMENSION_NOTES (object);

  switch (prop_id)
    {
    case PROP_LEVEL_ID:
      self->level_id = g_value_dup_string (value);
      break;

    case PROP_DIMENSION_ID:
      self->dimension_id = g_value_dup_string (value);
      break;

    case PROP_SUMMARY:
      bs_dimension_notes_set_summary (self, g_value_get_string (value));
      break;

    case PROP_STRENGTHS:
      bs_dimension_notes_set_strengths (self, g_value_get_string (value));
      break;

    case PROP_IMPROVEMENTS:
      bs_dimension_notes_set_improvements (self, g_value_get_string (value));
      break;

    case PROP_TARGET:
      bs_dimension_notes_set_target (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_dimension_notes_class_init (BsDimensionNotesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_dimension_notes_finalize;
  object_class->get_property = bs_dimension_notes_get_property;
  object_class->set_property = bs_dimension_notes_set_property;

  properties [PROP_LEVEL_ID] =
    g_param_spec_string ("level-id", NULL, NULL, NULL,
                         G_PARAM_CONSTRUCT_ONLY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_DIMENSION_ID] =
    g_param_spec_string ("dimension-id", NULL, NULL, NULL,
                         G_PARAM_CONSTRUCT_ONLY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_STRENGTHS] =
    g_param_spec_string ("strengths", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_IMPROVEMENTS] =
    g_param_spec_string ("improvements", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  /**
   * BsDimensionNotes:target:
   *
   * The stage the dimension aims at, set for the dimension itself; 0 when
   * not set, and then the mean of its statements' targets is its target
   * (bs_score_dimension_target()).
   */
  properties [PROP_TARGET] =
    g_param_spec_uint ("target", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_dimension_notes_init (BsDimensionNotes *self)
{
}

BsDimensionNotes *
bs_dimension_notes_new (const char *level_id, const char *dimension_id)
{
  return g_object_new (BS_TYPE_DIMENSION_NOTES,
                       "level-id", level_id,
                       "dimension-id", dimension_id,
                       NULL);
}

const char *
bs_dimension_notes_get_level_id (BsDimensionNotes *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION_NOTES (self), NULL);

  return self->level_id;
}

const char *
bs_dimension_notes_get_dimension_id (BsDimensionNotes *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION_NOTES (self), NULL);

  return self->dimension_id;
}

const char *
bs_dimension_notes_get_summary (BsDimensionNotes *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION_NOTES (self), NULL);

  return self->summary;
}

void
bs_dimension_notes_set_summary (BsDimensionNotes *self,
    const char *summary)
{
  g_autofree char *clean = bs_text_clean (summary);

  g_return_if_fail (BS_IS_DIMENSION_NOTES (self));

  if (g_strcmp0 (self->summary, clean) != 0)
    {
      g_free (self->summary);
      self->summary = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SUMMARY]);
    }
}

const char *
bs_dimension_notes_get_strengths (BsDimensionNotes *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION_NOTES (self), NULL);

  return self->strengths;
}

void
bs_dimension_notes_set_strengths (BsDimensionNotes *self,
    const char *strengths)
{
  g_autofree char *clean = bs_text_clean (strengths);

  g_return_if_fail (BS_IS_DIMENSION_NOTES (self));

  if (g_strcmp0 (self->strengths, clean) != 0)
    {
      g_free (self->strengths);
      self->strengths = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STRENGTHS]);
    }
}

const char *
bs_dimension_notes_get_improvements (BsDimensionNotes *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION_NOTES (self), NULL);

  return self->improvements;
}

void
bs_dimension_notes_set_improvements (BsDimensionNotes *self,
    const char *improvements)
{
  g_autofree char *clean = bs_text_clean (improvements);

  g_return_if_fail (BS_IS_DIMENSION_NOTES (self));

  if (g_strcmp0 (self->improvements, clean) != 0)
    {
      g_free (self->improvements);
      self->improvements = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_IMPROVEMENTS]);
    }
}

guint
bs_dimension_notes_get_target (BsDimensionNotes *self)
{
  g_return_val_if_fail (BS_IS_DIMENSION_NOTES (self), 0);

  return self->target;
}

/**
 * bs_dimension_notes_set_target:
 * @target: a stage of the framework's scale, or 0 for none
 *
 * The range is the framework's: the loader and bs_assessment_set_dimension_target()
 * check it.
 */
void
bs_dimension_notes_set_target (BsDimensionNotes *self,
                               guint             target)
{
  g_return_if_fail (BS_IS_DIMENSION_NOTES (self));

  if (self->target != target)
    {
      self->target = target;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TARGET]);
    }
}
