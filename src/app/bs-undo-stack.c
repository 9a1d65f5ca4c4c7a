/* bs-undo-stack.c: undo and redo of answer values, fed by BsAnswer::notify::value
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "bs-undo-stack.h"

/* Enough for a whole meeting; older changes fall off the bottom. */
#define MAX_ENTRIES 200

typedef struct
{
  char *statement_id;
  int   old_value;
  int   new_value;
} Entry;

struct _BsUndoStack
{
  GObject       parent_instance;

  BsAssessment *assessment;
  /* statement id → the value last seen, since notify does not tell the
   * old one */
  GHashTable   *last_values;
  GArray       *entries;
  /* entries[0..position) can be undone, entries[position..) redone */
  guint         position;
  guint         applying : 1;
};

G_DEFINE_FINAL_TYPE (BsUndoStack, bs_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->statement_id);
}

static void
notify_can (BsUndoStack *self,
            gboolean     could_undo,
            gboolean     could_redo)
{
  if (could_undo != bs_undo_stack_get_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  if (could_redo != bs_undo_stack_get_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
}

static void
answer_value_cb (BsAnswer    *answer,
                 GParamSpec  *pspec,
                 BsUndoStack *self)
{
  const char *id = bs_answer_get_statement_id (answer);
  int value = bs_answer_get_value (answer);
  gboolean could_undo = bs_undo_stack_get_can_undo (self);
  gboolean could_redo = bs_undo_stack_get_can_redo (self);
  gpointer old;
  Entry entry;

  old = g_hash_table_lookup (self->last_values, id);
  g_hash_table_insert (self->last_values, g_strdup (id), GINT_TO_POINTER (value));

  if (self->applying || GPOINTER_TO_INT (old) == value)
    return;

  /* A new change makes the redo branch meaningless. */
  if (self->position < self->entries->len)
    g_array_set_size (self->entries, self->position);

  if (self->entries->len == MAX_ENTRIES)
    g_array_remove_index (self->entries, 0);

  entry.statement_id = g_strdup (id);
  entry.old_value = GPOINTER_TO_INT (old);
  entry.new_value = value;
  g_array_append_val (self->entries, entry);
  self->position = self->entries->len;

  notify_can (self, could_undo, could_redo);
}

static void
watch_answers (BsUndoStack *self)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  GListModel *levels = bs_framework_get_levels (framework);

  for (guint l = 0; l < g_list_model_get_n_items (levels); l++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, l);
      GListModel *dimensions = bs_level_get_dimensions (level);

      for (guint d = 0; d < g_list_model_get_n_items (dimensions); d++)
        {
          g_autoptr(BsDimension) dimension = g_list_model_get_item (dimensions, d);
          GListModel *statements = bs_dimension_get_statements (dimension);

          for (guint s = 0; s < g_list_model_get_n_items (statements); s++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, s);
              const char *id = bs_statement_get_id (statement);
              BsAnswer *answer = bs_assessment_get_answer (self->assessment, id);

              g_hash_table_insert (self->last_values, g_strdup (id),
                                   GINT_TO_POINTER (bs_answer_get_value (answer)));
              g_signal_connect_object (answer, "notify::value",
                                       G_CALLBACK (answer_value_cb), self, 0);
            }
        }
    }
}

static void
bs_undo_stack_finalize (GObject *object)
{
  BsUndoStack *self = (BsUndoStack *) object;

  g_clear_object (&self->assessment);
  g_clear_pointer (&self->last_values, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_array_unref);

  G_OBJECT_CLASS (bs_undo_stack_parent_class)->finalize (object);
}

static void
bs_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BsUndoStack *self = BS_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, bs_undo_stack_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, bs_undo_stack_get_can_redo (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bs_undo_stack_class_init (BsUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bs_undo_stack_finalize;
  object_class->get_property = bs_undo_stack_get_property;

  properties [PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bs_undo_stack_init (BsUndoStack *self)
{
  self->last_values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
}

/**
 * bs_undo_stack_new:
 *
 * Records every change of an answer's value in @assessment from now on.
 *
 * Returns: (transfer full): a new undo stack
 */
BsUndoStack *
bs_undo_stack_new (BsAssessment *assessment)
{
  BsUndoStack *self;

  g_return_val_if_fail (BS_IS_ASSESSMENT (assessment), NULL);

  self = g_object_new (BS_TYPE_UNDO_STACK, NULL);
  self->assessment = g_object_ref (assessment);
  watch_answers (self);

  return self;
}

gboolean
bs_undo_stack_get_can_undo (BsUndoStack *self)
{
  g_return_val_if_fail (BS_IS_UNDO_STACK (self), FALSE);

  return self->position > 0;
}

gboolean
bs_undo_stack_get_can_redo (BsUndoStack *self)
{
  g_return_val_if_fail (BS_IS_UNDO_STACK (self), FALSE);

  return self->position < self->entries->len;
}

static const char *
apply (BsUndoStack *self,
       Entry       *entry,
       int          value)
{
  self->applying = TRUE;
  bs_assessment_set_value (self->assessment, entry->statement_id, value);
  self->applying = FALSE;

  return entry->statement_id;
}

/**
 * bs_undo_stack_undo:
 *
 * Returns: (nullable): the statement whose answer changed back, so the
 *   window can show it; %NULL when there was nothing to undo
 */
const char *
bs_undo_stack_undo (BsUndoStack *self)
{
  gboolean could_redo;
  const char *id;
  Entry *entry;

  g_return_val_if_fail (BS_IS_UNDO_STACK (self), NULL);

  if (self->position == 0)
    return NULL;

  could_redo = bs_undo_stack_get_can_redo (self);
  entry = &g_array_index (self->entries, Entry, self->position - 1);
  self->position--;
  id = apply (self, entry, entry->old_value);
  notify_can (self, TRUE, could_redo);

  return id;
}

/**
 * bs_undo_stack_redo:
 *
 * Returns: (nullable): the statement whose answer changed again
 */
const char *
bs_undo_stack_redo (BsUndoStack *self)
{
  gboolean could_undo;
  const char *id;
  Entry *entry;

  g_return_val_if_fail (BS_IS_UNDO_STACK (self), NULL);

  if (self->position == self->entries->len)
    return NULL;

  could_undo = bs_undo_stack_get_can_undo (self);
  entry = &g_array_index (self->entries, Entry, self->position);
  self->position++;
  id = apply (self, entry, entry->new_value);
  notify_can (self, could_undo, TRUE);

  return id;
}

void
bs_undo_stack_clear (BsUndoStack *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (BS_IS_UNDO_STACK (self));

  could_undo = bs_undo_stack_get_can_undo (self);
  could_redo = bs_undo_stack_get_can_redo (self);
  g_array_set_size (self->entries, 0);
  self->position = 0;
  notify_can (self, could_undo, could_redo);
}
