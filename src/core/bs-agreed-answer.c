/* bs-agreed-answer.c: the answer a team agreed on for one statement, with rationale and dissent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-agreed-answer.h"
#include "bs-text.h"

struct _BsAgreedAnswer
{
  GObject parent_instance;

  char   *statement_id;
  int     value;
  char   *rationale;
  char   *dissent;
};

G_DEFINE_FINAL_TYPE (BsAgreedAnswer, bs_agreed_answer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATEMENT_ID,
  PROP_VALUE,
  PROP_RATIONALE,
  PROP_DISSENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
set_text (BsAgreedAnswer  *self,
          char           **field,
          const char      *text,
          guint            prop)
{
  g_autofree char *clean = bs_text_clean (text);

  if (clean != NULL && clean[0] == '\0')
    g_clear_pointer (&clean, g_free);

  if (g_strcmp0 (*field, clean) == 0)
    return;

  g_free (*field);
  *field = g_steal_pointer (&clean);
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop]);
}

static void
bs_agreed_answer_finalize (GObject *object)
{
  BsAgreedAnswer *self = (BsAgreedAnswer *) object;

  g_free (self->statement_id);
  g_free (self->rationale);
  g_free (self->dissent);

  G_OBJECT_CLASS (bs_agreed_answer_parent_class)->finalize (object);
}

static void
bs_agreed_answer_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BsAgreedAnswer *self = BS_AGREED_ANSWER (object);

  switch (prop_id)
    {
    case PROP_STATEMENT_ID:
      g_value_set_string (value, self->statement_id);
      break;

    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;

    case PROP_RATIONALE:
      g_value_set_string (value, self->rationale);
      break;

    case PROP_DISSENT:
      g_value_set_string (value, self->dissent);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_agreed_answer_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BsAgreedAnswer *self = BS_AGREED_ANSWER (object);

  switch (prop_id)
    {
    case PROP_STATEMENT_ID:
      self->statement_id = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      bs_agreed_answer_set_value (self, g_value_get_int (value));
      break;

    case PROP_RATIONALE:
      bs_agreed_answer_set_rationale (self, g_value_get_string (value));
      break;

    case PROP_DISSENT:
      bs_agreed_answer_set_dissent (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_agreed_answer_class_init (BsAgreedAnswerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_agreed_answer_finalize;
  object_class->get_property = bs_agreed_answer_get_property;
  object_class->set_property = bs_agreed_answer_set_property;

  properties [PROP_STATEMENT_ID] =
    g_param_spec_string ("statement-id", NULL, NULL, NULL,
                         G_PARAM_CONSTRUCT_ONLY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  /* A stage, N/A or none (not agreed yet); "don't know" is no decision. */
  properties [PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, BS_VALUE_NOT_APPLICABLE, G_MAXINT, BS_VALUE_NONE,
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties [PROP_RATIONALE] =
    g_param_spec_string ("rationale", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties [PROP_DISSENT] =
    g_param_spec_string ("dissent", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_agreed_answer_init (BsAgreedAnswer *self)
{
}

BsAgreedAnswer *
bs_agreed_answer_new (const char *statement_id)
{
  g_return_val_if_fail (statement_id != NULL, NULL);

  return g_object_new (BS_TYPE_AGREED_ANSWER,
                       "statement-id", statement_id,
                       NULL);
}

const char *
bs_agreed_answer_get_statement_id (BsAgreedAnswer *self)
{
  g_return_val_if_fail (BS_IS_AGREED_ANSWER (self), NULL);

  return self->statement_id;
}

/**
 * bs_agreed_answer_get_value:
 *
 * Returns: the agreed stage, %BS_VALUE_NOT_APPLICABLE, or %BS_VALUE_NONE
 *   while the team has not agreed
 */
int
bs_agreed_answer_get_value (BsAgreedAnswer *self)
{
  g_return_val_if_fail (BS_IS_AGREED_ANSWER (self), BS_VALUE_NONE);

  return self->value;
}

/**
 * bs_agreed_answer_set_value:
 * @value: a stage of the scale, %BS_VALUE_NOT_APPLICABLE, or
 *   %BS_VALUE_NONE to take the agreement back
 *
 * Notifies "value" when it changes; the team and the assessment emit
 * ::changed, which is what an undo stack follows.
 */
void
bs_agreed_answer_set_value (BsAgreedAnswer *self,
                            int             value)
{
  g_return_if_fail (BS_IS_AGREED_ANSWER (self));
  g_return_if_fail (value >= BS_VALUE_NOT_APPLICABLE);

  if (self->value == value)
    return;

  self->value = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
}

const char *
bs_agreed_answer_get_rationale (BsAgreedAnswer *self)
{
  g_return_val_if_fail (BS_IS_AGREED_ANSWER (self), NULL);

  return self->rationale;
}

/**
 * bs_agreed_answer_set_rationale:
 * @rationale: (nullable): why the team agreed on this stage
 */
void
bs_agreed_answer_set_rationale (BsAgreedAnswer *self,
                                const char     *rationale)
{
  g_return_if_fail (BS_IS_AGREED_ANSWER (self));

  set_text (self, &self->rationale, rationale, PROP_RATIONALE);
}

const char *
bs_agreed_answer_get_dissent (BsAgreedAnswer *self)
{
  g_return_val_if_fail (BS_IS_AGREED_ANSWER (self), NULL);

  return self->dissent;
}

/**
 * bs_agreed_answer_set_dissent:
 * @dissent: (nullable): who saw it otherwise, and why
 */
void
bs_agreed_answer_set_dissent (BsAgreedAnswer *self,
                              const char     *dissent)
{
  g_return_if_fail (BS_IS_AGREED_ANSWER (self));

  set_text (self, &self->dissent, dissent, PROP_DISSENT);
}

/**
 * bs_agreed_answer_is_set:
 *
 * Returns: %TRUE when the team agreed on a stage or on N/A; only then does
 *   the agreed answer take the place of the respondents' mean
 */
gboolean
bs_agreed_answer_is_set (BsAgreedAnswer *self)
{
  g_return_val_if_fail (BS_IS_AGREED_ANSWER (self), FALSE);

  return self->value != BS_VALUE_NONE;
}

/**
 * bs_agreed_answer_is_empty:
 *
 * Returns: %TRUE when nothing is filled in; such agreed answers are not saved
 */
gboolean
bs_agreed_answer_is_empty (BsAgreedAnswer *self)
{
  g_return_val_if_fail (BS_IS_AGREED_ANSWER (self), TRUE);

  return self->value == BS_VALUE_NONE && self->rationale == NULL && self->dissent == NULL;
}
