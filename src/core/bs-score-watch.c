/* bs-score-watch.c: the score of one dimension or level, kept current as its answers change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-score-watch.h"

/* A sidebar row shows one dimension's score. Rescoring every dimension at
 * every change (a keystroke in a note) costs the whole framework each
 * time; a watch listens to the stages of its own statements only, and
 * notifies ::score only when what it shows changed. */

struct _BsScoreWatch
{
  GObject       parent_instance;

  BsAssessment *assessment;
  BsLevel      *level;
  BsDimension  *dimension;
  /* ids of the statements the score depends on, owned by the framework */
  GHashTable   *statement_ids;
  BsScore       score;
};

G_DEFINE_FINAL_TYPE (BsScoreWatch, bs_score_watch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ASSESSMENT,
  PROP_LEVEL,
  PROP_DIMENSION,
  PROP_SCORE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
compute (BsScoreWatch *self,
         BsScore      *out)
{
  g_assert (BS_IS_SCORE_WATCH (self));

  if (self->dimension != NULL)
    bs_score_dimension (self->assessment, self->dimension, out);
  else
    bs_score_level (self->assessment, self->level, out);
}

static void
add_statements (BsScoreWatch *self,
                BsDimension  *dimension)
{
  GListModel *statements = bs_dimension_get_statements (dimension);

  g_assert (BS_IS_SCORE_WATCH (self));
  g_assert (BS_IS_DIMENSION (dimension));

  for (guint i = 0; i < g_list_model_get_n_items (statements); i++)
    {
      g_autoptr(BsStatement) statement = g_list_model_get_item (statements, i);

      g_hash_table_add (self->statement_ids, (gpointer) bs_statement_get_id (statement));
    }
}

static void
answer_value_cb (BsScoreWatch *self,
                 BsAnswer     *answer)
{
  BsScore score;

  g_assert (BS_IS_SCORE_WATCH (self));
  g_assert (BS_IS_ANSWER (answer));

  if (!g_hash_table_contains (self->statement_ids, bs_answer_get_statement_id (answer)))
    return;

  compute (self, &score);
  if (bs_score_equal (&score, &self->score))
    return;

  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCORE]);
}

/* A team's respondents and agreed answers also move the score (see
 * bs_score_statement()); the team says only that something changed. */
static void
team_changed_cb (BsScoreWatch *self)
{
  BsScore score;

  compute (self, &score);
  if (bs_score_equal (&score, &self->score))
    return;

  self->score = score;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SCORE]);
}

static void
bs_score_watch_constructed (GObject *object)
{
  BsScoreWatch *self = (BsScoreWatch *) object;

  G_OBJECT_CLASS (bs_score_watch_parent_class)->constructed (object);

  g_return_if_fail (BS_IS_ASSESSMENT (self->assessment));
  g_return_if_fail ((self->dimension != NULL) != (self->level != NULL));

  if (self->dimension != NULL)
    add_statements (self, self->dimension);
  else
    {
      GListModel *dimensions = bs_level_get_dimensions (self->level);

      for (guint i = 0; i < g_list_model_get_n_items (dimensions); i++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, i);

          add_statements (self, dimension);
        }
    }

  compute (self, &self->score);
  g_signal_connect_object (self->assessment, "answer-changed::value", G_CALLBACK (answer_value_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (bs_assessment_get_team (self->assessment), "changed",
                           G_CALLBACK (team_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
bs_score_watch_dispose (GObject *object)
{
  BsScoreWatch *self = (BsScoreWatch *) object;

  g_clear_object (&self->assessment);
  g_clear_object (&self->level);
  g_clear_object (&self->dimension);

  G_OBJECT_CLASS (bs_score_watch_parent_class)->dispose (object);
}

static void
bs_score_watch_finalize (GObject *object)
{
  BsScoreWatch *self = (BsScoreWatch *) object;

  g_hash_table_unref (self->statement_ids);

  G_OBJECT_CLASS (bs_score_watch_parent_class)->finalize (object);
}

static void
bs_score_watch_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BsScoreWatch *self = BS_SCORE_WATCH (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      g_value_set_object (value, self->assessment);
      break;

    case PROP_LEVEL:
      g_value_set_object (value, self->level);
      break;

    case PROP_DIMENSION:
      g_value_set_object (value, self->dimension);
      break;

    case PROP_SCORE:
      g_value_set_boxed (value, &self->score);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_score_watch_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BsScoreWatch *self = BS_SCORE_WATCH (object);

  switch (prop_id)
    {
    case PROP_ASSESSMENT:
      self->assessment = g_value_dup_object (value);
      break;

    case PROP_LEVEL:
      self->level = g_value_dup_object (value);
      break;

    case PROP_DIMENSION:
      self->dimension = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_score_watch_class_init (BsScoreWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = bs_score_watch_constructed;
  object_class->dispose = bs_score_watch_dispose;
  object_class->finalize = bs_score_watch_finalize;
  object_class->get_property = bs_score_watch_get_property;
  object_class->set_property = bs_score_watch_set_property;

  properties [PROP_ASSESSMENT] =
    g_param_spec_object ("assessment", NULL, NULL, BS_TYPE_ASSESSMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* one of the level and the dimension */
  properties [PROP_LEVEL] =
    g_param_spec_object ("level", NULL, NULL, BS_TYPE_LEVEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_DIMENSION] =
    g_param_spec_object ("dimension", NULL, NULL, BS_TYPE_DIMENSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_SCORE] =
    g_param_spec_boxed ("score", NULL, NULL, BS_TYPE_SCORE,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_score_watch_init (BsScoreWatch *self)
{
  self->statement_ids = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * bs_score_watch_new_dimension:
 *
 * Returns: (transfer full): a watch on the score of @dimension in @assessment
 */
BsScoreWatch *
bs_score_watch_new_dimension (BsAssessment *assessment,
                              BsDimension  *dimension)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (BS_IS_DIMENSION (dimension), NULL);

  return g_object_new (BS_TYPE_SCORE_WATCH, "assessment", assessment, "dimension", dimension, NULL);
}

/**
 * bs_score_watch_new_level:
 *
 * Returns: (transfer full): a watch on the score of @level in @assessment
 */
BsScoreWatch *
bs_score_watch_new_level (BsAssessment *assessment,
                          BsLevel      *level)
{
  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);
  g_return_val_if_fail (BS_IS_LEVEL (level), NULL);

  return g_object_new (BS_TYPE_SCORE_WATCH, "assessment", assessment, "level", level, NULL);
}

/**
 * bs_score_watch_get_score:
 *
 * Returns: (transfer none): the score as it is now
 */
const BsScore *
bs_score_watch_get_score (BsScoreWatch *self)
{
  g_return_val_if_fail (BS_IS_SCORE_WATCH (self), NULL);

  return &self->score;
}
