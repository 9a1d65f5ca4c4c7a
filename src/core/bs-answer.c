/* bs-answer.c: the answer to one statement: score, target, note, evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-answer-private.h"
#include "bs-text.h"

struct _BsAnswer
{
  GObject parent_instance;

  char *statement_id;
  int value;
  guint target;
  char *note;
  char *evidence;
  /* Carried over from the previous cycle and not yet confirmed or edited. */
  guint note_carried : 1;
  guint evidence_carried : 1;

  /* The assessment or respondent that holds the answer. A hook rather than
   * a "notify" handler: a team file of a thousand respondents holds a
   * hundred thousand answers, and connecting, disconnecting and destroying
   * that many handlers was a sixth of merging and opening one. */
  BsAnswerWatch watch;
  gpointer watch_data;
};

G_DEFINE_FINAL_TYPE (BsAnswer, bs_answer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STATEMENT_ID,
  PROP_VALUE,
  PROP_TARGET,
  PROP_NOTE,
  PROP_EVIDENCE,
  PROP_NOTE_CARRIED_OVER,
  PROP_EVIDENCE_CARRIED_OVER,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
bs_answer_finalize (GObject *object)
{
  BsAnswer *self = (BsAnswer *)object;

  g_free (self->statement_id);
  g_free (self->note);
  g_free (self->evidence);

  G_OBJECT_CLASS (bs_answer_parent_class)->finalize (object);
}

/* The owner first, as its own handler ran first, and only when
 * notification is not frozen. Not the class's notify handler: with one,
 * every change emits "notify" even when nobody listens, and loading a
 * file sets each of its answers' fields. */
static void
bs_answer_dispatch_properties_changed (GObject     *object,
                                       guint        n_pspecs,
                                       GParamSpec **pspecs)
{
  BsAnswer *self = (BsAnswer *) object;

  if (self->watch != NULL)
    {
      for (guint i = 0; i < n_pspecs; i++)
        self->watch (self, pspecs[i], self->watch_data);
    }

  G_OBJECT_CLASS (bs_answer_parent_class)->dispatch_properties_changed (object, n_pspecs, pspecs);
}

static void
bs_answer_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BsAnswer *self = BS_ANSWER (object);

  switch (prop_id)
    {
    case PROP_STATEMENT_ID:
      g_value_set_string (value, self->statement_id);
      break;

    case PROP_VALUE:
      g_value_set_int (value, self->value);
      break;

    case PROP_TARGET:
      g_value_set_uint (value, self->target);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_EVIDENCE:
      g_value_set_string (value, self->evidence);
      break;

    case PROP_NOTE_CARRIED_OVER:
      g_value_set_boolean (value, self->note_carried);
      break;

    case PROP_EVIDENCE_CARRIED_OVER:
      g_value_set_boolean (value, self->evidence_carried);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_answer_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BsAnswer *self = BS_ANSWER (object);

  switch (prop_id)
    {
    case PROP_STATEMENT_ID:
      self->statement_id = g_value_dup_string (value);
      break;

    case PROP_VALUE:
      bs_answer_set_value (self, g_value_get_int (value));
      break;

    case PROP_TARGET:
      bs_answer_set_target (self, g_value_get_uint (value));
      break;

    case PROP_NOTE:
      bs_answer_set_note (self, g_value_get_string (value));
      break;

    case PROP_EVIDENCE:
      bs_answer_set_evidence (self, g_value_get_string (value));
      break;

    case PROP_NOTE_CARRIED_OVER:
      bs_answer_set_note_carried_over (self, g_value_get_boolean (value));
      break;

    case PROP_EVIDENCE_CARRIED_OVER:
      bs_answer_set_evidence_carried_over (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_answer_class_init (BsAnswerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_answer_finalize;
  object_class->get_property = bs_answer_get_property;
  object_class->set_property = bs_answer_set_property;
  object_class->dispatch_properties_changed = bs_answer_dispatch_properties_changed;

  properties [PROP_STATEMENT_ID] =
    g_param_spec_string ("statement-id", NULL, NULL, NULL,
                         G_PARAM_CONSTRUCT_ONLY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_VALUE] =
    g_param_spec_int ("value", NULL, NULL, BS_VALUE_UNKNOWN, G_MAXINT, BS_VALUE_NONE,
                      G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_TARGET] =
    g_param_spec_uint ("target", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  properties [PROP_EVIDENCE] =
    g_param_spec_string ("evidence", NULL, NULL, NULL,
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  /**
   * BsAnswer:note-carried-over:
   *
   * Whether the note was carried over from the previous cycle
   * (bs_assessment_new_next_cycle()) and nobody has confirmed or edited it
   * since. Editing the note's text clears it.
   */
  properties [PROP_NOTE_CARRIED_OVER] =
    g_param_spec_boolean ("note-carried-over", NULL, NULL, FALSE,
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  /**
   * BsAnswer:evidence-carried-over:
   *
   * As #BsAnswer:note-carried-over, for the evidence.
   */
  properties [PROP_EVIDENCE_CARRIED_OVER] =
    g_param_spec_boolean ("evidence-carried-over", NULL, NULL, FALSE,
                          G_PARAM_EXPLICIT_NOTIFY | G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_answer_init (BsAnswer *self)
{
}

/* An answer has at most one owner; @watch NULL ends the watch. */
void
_bs_answer_set_watch (BsAnswer      *self,
                      BsAnswerWatch  watch,
                      gpointer       data)
{
  g_assert (BS_IS_ANSWER (self));
  g_assert (watch == NULL || self->watch == NULL);

  self->watch = watch;
  self->watch_data = data;
}

/* The value destroy function of an owner's table of answers: someone else
 * (a widget, the undo history) may still hold an answer after its owner is
 * gone. */
void
_bs_answer_unwatch_unref (gpointer answer)
{
  _bs_answer_set_watch (answer, NULL, NULL);
  g_object_unref (answer);
}

BsAnswer *
bs_answer_new (const char *statement_id)
{
  return g_object_new (BS_TYPE_ANSWER,
                       "statement-id", statement_id,
                       NULL);
}

const char *
bs_answer_get_statement_id (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), NULL);

  return self->statement_id;
}

int 
bs_answer_get_value (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), 0);

  return self->value;
}

void
bs_answer_set_value (BsAnswer *self,
    int value)
{
  g_return_if_fail (BS_IS_ANSWER (self));

  if (self->value != value)
    {
      self->value = value;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_VALUE]);
    }
}

guint 
bs_answer_get_target (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), 0);

  return self->target;
}

void
bs_answer_set_target (BsAnswer *self,
    guint target)
{
  g_return_if_fail (BS_IS_ANSWER (self));

  if (self->target != target)
    {
      self->target = target;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TARGET]);
    }
}

const char *
bs_answer_get_note (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), NULL);

  return self->note;
}

void
bs_answer_set_note (BsAnswer *self,
    const char *note)
{
  g_autofree char *clean = bs_text_clean (note);

  g_return_if_fail (BS_IS_ANSWER (self));

  if (g_strcmp0 (self->note, clean) != 0)
    {
      g_free (self->note);
      self->note = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTE]);
      /* Edited: it is this cycle's note now. */
      if (self->note_carried)
        bs_answer_set_note_carried_over (self, FALSE);
    }
}

const char *
bs_answer_get_evidence (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), NULL);

  return self->evidence;
}

void
bs_answer_set_evidence (BsAnswer *self,
    const char *evidence)
{
  g_autofree char *clean = bs_text_clean (evidence);

  g_return_if_fail (BS_IS_ANSWER (self));

  if (g_strcmp0 (self->evidence, clean) != 0)
    {
      g_free (self->evidence);
      self->evidence = g_steal_pointer (&clean);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EVIDENCE]);
      if (self->evidence_carried)
        bs_answer_set_evidence_carried_over (self, FALSE);
    }
}

gboolean
bs_answer_get_note_carried_over (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), FALSE);

  return self->note_carried;
}

/**
 * bs_answer_set_note_carried_over:
 * @carried_over: %TRUE to mark the note as carried over from the previous
 *   cycle; %FALSE when someone confirmed it
 *
 * An empty note is never marked.
 */
void
bs_answer_set_note_carried_over (BsAnswer *self,
                                 gboolean  carried_over)
{
  g_return_if_fail (BS_IS_ANSWER (self));

  carried_over = carried_over && self->note != NULL && self->note[0] != '\0';
  if (self->note_carried != !!carried_over)
    {
      self->note_carried = !!carried_over;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_NOTE_CARRIED_OVER]);
    }
}

gboolean
bs_answer_get_evidence_carried_over (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), FALSE);

  return self->evidence_carried;
}

/**
 * bs_answer_set_evidence_carried_over:
 *
 * As bs_answer_set_note_carried_over(), for the evidence.
 */
void
bs_answer_set_evidence_carried_over (BsAnswer *self,
                                     gboolean  carried_over)
{
  g_return_if_fail (BS_IS_ANSWER (self));

  carried_over = carried_over && self->evidence != NULL && self->evidence[0] != '\0';
  if (self->evidence_carried != !!carried_over)
    {
      self->evidence_carried = !!carried_over;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EVIDENCE_CARRIED_OVER]);
    }
}

/**
 * bs_answer_confirm_carried_over:
 *
 * Someone read what was carried over from the previous cycle and keeps it:
 * clears both marks.
 */
void
bs_answer_confirm_carried_over (BsAnswer *self)
{
  g_return_if_fail (BS_IS_ANSWER (self));

  g_object_freeze_notify (G_OBJECT (self));
  bs_answer_set_note_carried_over (self, FALSE);
  bs_answer_set_evidence_carried_over (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * bs_answer_is_carried_over:
 *
 * Returns: whether the note or the evidence is still marked as carried over
 */
gboolean
bs_answer_is_carried_over (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), FALSE);

  return self->note_carried || self->evidence_carried;
}

/**
 * bs_answer_has_score:
 *
 * Returns: %TRUE when the answer is a stage of the scale, the only kind of
 *   answer that counts towards a score
 */
gboolean
bs_answer_has_score (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), FALSE);

  return self->value > 0;
}

/**
 * bs_answer_is_empty:
 *
 * Returns: %TRUE when nothing at all was filled in; such answers are not saved
 */
gboolean
bs_answer_is_empty (BsAnswer *self)
{
  g_return_val_if_fail (BS_IS_ANSWER (self), TRUE);

  return self->value == BS_VALUE_NONE && self->target == 0 &&
         (self->note == NULL || self->note[0] == '\0') &&
         (self->evidence == NULL || self->evidence[0] == '\0');
}
