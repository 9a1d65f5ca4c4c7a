/* bs-undo-stack.c: undo and redo of answer values, a team's agreed stages and respondents and the action plan, fed by the model's signals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-app"

#include "config.h"

#include "bs-undo-stack.h"

/* Enough for a whole meeting; older changes fall off the bottom. */
#define MAX_ENTRIES 200

typedef enum
{
  ENTRY_ANSWER,
  /* a team's agreed stage (or N/A) of a statement */
  ENTRY_AGREED,
  /* an action's fields changed */
  ENTRY_ACTION_EDIT,
  ENTRY_ACTION_ADD,
  ENTRY_ACTION_REMOVE,
  ENTRY_ACTION_MOVE,
  ENTRY_RESPONDENT_ADD,
  ENTRY_RESPONDENT_REMOVE,
  /* the previous cycle compared with, set or removed */
  ENTRY_BASELINE,
  /* carried-over marks of a statement's note and evidence confirmed */
  ENTRY_CONFIRM,
} EntryKind;

/* Everything of an action that the user edits, to put back at once. */
typedef struct
{
  char           *description;
  char           *level_id;
  char           *dimension_id;
  char           *owner;
  char           *result;
  char           *due;
  BsActionStatus  status;
} ActionState;

typedef struct
{
  EntryKind    kind;
  /* ENTRY_ANSWER, ENTRY_AGREED, ENTRY_CONFIRM (whose values are
   * CARRIED_NOTE | CARRIED_EVIDENCE) */
  char        *statement_id;
  int          old_value;
  int          new_value;
  /* the others */
  BsAction    *action;
  ActionState *old_state;
  ActionState *new_state;
  /* RESPONDENT_ADD and _REMOVE */
  BsRespondent *respondent;
  /* ENTRY_BASELINE: before and after, either may be NULL */
  BsBaseline   *old_baseline;
  BsBaseline   *new_baseline;
  /* ENTRY_CONFIRM: the texts confirmed; a mark comes back only on them */
  char        *note;
  char        *evidence;
  /* where it was (REMOVE, MOVE) or is (ADD, MOVE) */
  guint        from;
  guint        to;
  /* entries of one group are undone and redone together; 0 for none */
  guint        group;
} Entry;

struct _BsUndoStack
{
  GObject       parent_instance;

  BsAssessment *assessment;
  /* statement id → the value last seen, since notify does not tell the
   * old one */
  GHashTable   *last_values;
  /* the same for the team's agreed answers */
  GHashTable   *last_agreed;
  /* action → its ActionState last seen, for the same reason */
  GHashTable   *last_states;
  /* the actions in plan order as last seen: items-changed does not say
   * which action went */
  GPtrArray    *actions;
  /* the respondents as last seen, for the same reason */
  GPtrArray    *respondents;
  /* the baseline as last seen, for the same reason */
  BsBaseline   *baseline;
  GArray       *entries;
  /* entries[0..position) can be undone, entries[position..) redone */
  guint         position;
  /* the group that changes push into while one is open, or 0 */
  guint         group;
  guint         last_group;
  guint         applying : 1;
  /* the last undo or redo changed the team's respondents */
  guint         changed_team : 1;
};

G_DEFINE_FINAL_TYPE (BsUndoStack, bs_undo_stack, G_TYPE_OBJECT)

/* The marks of an ENTRY_CONFIRM */
enum
{
  CARRIED_NOTE = 1 << 0,
  CARRIED_EVIDENCE = 1 << 1,
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
action_state_free (gpointer data)
{
  ActionState *state = data;

  if (state == NULL)
    return;

  g_free (state->description);
  g_free (state->level_id);
  g_free (state->dimension_id);
  g_free (state->owner);
  g_free (state->result);
  g_free (state->due);
  g_free (state);
}

static ActionState *
action_state_new (BsAction *action)
{
  ActionState *state = g_new0 (ActionState, 1);

  state->description = g_strdup (bs_action_get_description (action));
  state->level_id = g_strdup (bs_action_get_level_id (action));
  state->dimension_id = g_strdup (bs_action_get_dimension_id (action));
  state->owner = g_strdup (bs_action_get_owner (action));
  state->result = g_strdup (bs_action_get_result (action));
  state->due = g_strdup (bs_action_get_due (action));
  state->status = bs_action_get_status (action);

  return state;
}

static ActionState *
action_state_copy (const ActionState *state)
{
  ActionState *copy = g_new0 (ActionState, 1);

  copy->description = g_strdup (state->description);
  copy->level_id = g_strdup (state->level_id);
  copy->dimension_id = g_strdup (state->dimension_id);
  copy->owner = g_strdup (state->owner);
  copy->result = g_strdup (state->result);
  copy->due = g_strdup (state->due);
  copy->status = state->status;

  return copy;
}

typedef enum
{
  FIELD_DESCRIPTION = 1 << 0,
  FIELD_LEVEL       = 1 << 1,
  FIELD_DIMENSION   = 1 << 2,
  FIELD_OWNER       = 1 << 3,
  FIELD_DUE         = 1 << 4,
  FIELD_STATUS      = 1 << 5,
  FIELD_RESULT      = 1 << 6,
} Fields;

static Fields
action_state_diff (const ActionState *a,
                   const ActionState *b)
{
  Fields fields = 0;

  if (g_strcmp0 (a->description, b->description) != 0)
    fields |= FIELD_DESCRIPTION;
  if (g_strcmp0 (a->level_id, b->level_id) != 0)
    fields |= FIELD_LEVEL;
  if (g_strcmp0 (a->dimension_id, b->dimension_id) != 0)
    fields |= FIELD_DIMENSION;
  if (g_strcmp0 (a->result, b->result) != 0)
    fields |= FIELD_RESULT;
  if (g_strcmp0 (a->owner, b->owner) != 0)
    fields |= FIELD_OWNER;
  if (g_strcmp0 (a->due, b->due) != 0)
    fields |= FIELD_DUE;
  if (a->status != b->status)
    fields |= FIELD_STATUS;

  return fields;
}

static void
action_state_apply (const ActionState *state,
                    BsAction          *action)
{
  bs_action_set_description (action, state->description);
  bs_action_set_level_id (action, state->level_id);
  bs_action_set_dimension_id (action, state->dimension_id);
  bs_action_set_owner (action, state->owner);
  bs_action_set_result (action, state->result);
  bs_action_set_due (action, state->due);
  bs_action_set_status (action, state->status);
}

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->statement_id);
  g_free (entry->note);
  g_free (entry->evidence);
  g_clear_object (&entry->action);
  g_clear_object (&entry->respondent);
  g_clear_object (&entry->old_baseline);
  g_clear_object (&entry->new_baseline);
  action_state_free (entry->old_state);
  action_state_free (entry->new_state);
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

/* Takes @entry's contents. */
static void
push (BsUndoStack *self,
      Entry       *entry)
{
  gboolean could_undo = bs_undo_stack_get_can_undo (self);
  gboolean could_redo = bs_undo_stack_get_can_redo (self);

  /* A new change makes the redo branch meaningless. */
  if (self->position < self->entries->len)
    g_array_set_size (self->entries, self->position);

  /* Whole groups fall off the bottom, never half of one. */
  while (self->entries->len >= MAX_ENTRIES)
    {
      guint group = g_array_index (self->entries, Entry, 0).group;

      do
        g_array_remove_index (self->entries, 0);
      while (group != 0 && self->entries->len > 0 && g_array_index (self->entries, Entry, 0).group == group);
    }

  entry->group = self->group;
  g_array_append_vals (self->entries, entry, 1);
  self->position = self->entries->len;

  notify_can (self, could_undo, could_redo);
}

static Entry *
top (BsUndoStack *self)
{
  /* Never merge into what was undone: its redo would change meaning. */
  if (self->position == 0 || self->position < self->entries->len)
    return NULL;

  return &g_array_index (self->entries, Entry, self->position - 1);
}

/* A value, notified, pushes an entry of @kind from the value @last_seen
 * remembers for @statement_id: notify does not tell the old one. */
static void
record_value (BsUndoStack *self,
              EntryKind    kind,
              GHashTable  *last_seen,
              const char  *statement_id,
              int          value)
{
  int old = GPOINTER_TO_INT (g_hash_table_lookup (last_seen, statement_id));
  Entry entry = { kind, };

  g_hash_table_insert (last_seen, g_strdup (statement_id), GINT_TO_POINTER (value));

  if (self->applying || old == value)
    return;

  entry.statement_id = g_strdup (statement_id);
  entry.old_value = old;
  entry.new_value = value;
  push (self, &entry);
}

static void
answer_value_cb (BsAnswer    *answer,
                 GParamSpec  *pspec,
                 BsUndoStack *self)
{
  record_value (self, ENTRY_ANSWER, self->last_values,
                bs_answer_get_statement_id (answer), bs_answer_get_value (answer));
}

static void
agreed_value_cb (BsAgreedAnswer *agreed,
                 GParamSpec     *pspec,
                 BsUndoStack    *self)
{
  record_value (self, ENTRY_AGREED, self->last_agreed,
                bs_agreed_answer_get_statement_id (agreed), bs_agreed_answer_get_value (agreed));
}

/* Typing a description is one change, not one per key; so is a dimension,
 * which sets the level and then the dimension. */
static gboolean
merges (Entry       *previous,
        BsAction    *action,
        ActionState *old_state,
        ActionState *new_state)
{
  Fields before, now;

  if (previous == NULL || previous->kind != ENTRY_ACTION_EDIT || previous->action != action)
    return FALSE;

  before = action_state_diff (previous->old_state, previous->new_state);
  now = action_state_diff (old_state, new_state);

  if (before == now && (now == FIELD_DESCRIPTION || now == FIELD_OWNER || now == FIELD_RESULT))
    return TRUE;

  return before == FIELD_LEVEL && now == FIELD_DIMENSION;
}

static void
action_notify_cb (BsAction    *action,
                  GParamSpec  *pspec,
                  BsUndoStack *self)
{
  ActionState *old_state = g_hash_table_lookup (self->last_states, action);
  ActionState *new_state = action_state_new (action);
  Entry *previous;
  Entry entry = { ENTRY_ACTION_EDIT, };

  if (old_state == NULL || action_state_diff (old_state, new_state) == 0)
    {
      action_state_free (new_state);
      return;
    }

  /* keeps old_state alive until it is copied below */
  old_state = action_state_copy (old_state);
  g_hash_table_insert (self->last_states, g_object_ref (action), action_state_copy (new_state));

  if (self->applying)
    {
      action_state_free (old_state);
      action_state_free (new_state);
      return;
    }

  previous = top (self);
  if (merges (previous, action, old_state, new_state))
    {
      action_state_free (previous->new_state);
      previous->new_state = new_state;
      action_state_free (old_state);
      return;
    }

  entry.action = g_object_ref (action);
  entry.old_state = old_state;
  entry.new_state = new_state;
  push (self, &entry);
}

/* Takes the objects items-changed removed out of @seen, the list as last
 * seen, for the entries that put them back. */
static GPtrArray *
take_removed (GPtrArray *seen,
              guint      position,
              guint      removed)
{
  GPtrArray *gone = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < removed; i++)
    g_ptr_array_add (gone, g_object_ref (g_ptr_array_index (seen, position + i)));
  g_ptr_array_remove_range (seen, position, removed);

  return gone;
}

static void
watch_action (BsUndoStack *self,
              BsAction    *action)
{
  if (!g_hash_table_contains (self->last_states, action))
    g_signal_connect_object (action, "notify", G_CALLBACK (action_notify_cb), self, 0);

  g_hash_table_insert (self->last_states, g_object_ref (action), action_state_new (action));
}

static void
actions_changed_cb (GListModel  *actions,
                    guint        position,
                    guint        removed,
                    guint        added,
                    BsUndoStack *self)
{
  g_autoptr(GPtrArray) gone = take_removed (self->actions, position, removed);

  for (guint i = 0; i < added; i++)
    {
      BsAction *action = g_list_model_get_item (actions, position + i);

      g_ptr_array_insert (self->actions, position + i, action);
      watch_action (self, action);
    }

  if (self->applying)
    return;

  for (guint i = 0; i < gone->len; i++)
    {
      Entry entry = { ENTRY_ACTION_REMOVE, };

      entry.action = g_object_ref (g_ptr_array_index (gone, i));
      entry.from = position;
      push (self, &entry);
    }

  for (guint i = 0; i < added; i++)
    {
      BsAction *action = g_ptr_array_index (self->actions, position + i);
      Entry *previous = top (self);
      Entry entry = { ENTRY_ACTION_ADD, };

      /* bs_assessment_move_action() takes it out and puts it back */
      if (previous != NULL && previous->kind == ENTRY_ACTION_REMOVE && previous->action == action)
        {
          previous->kind = ENTRY_ACTION_MOVE;
          previous->to = position + i;
          continue;
        }

      entry.action = g_object_ref (action);
      entry.to = position + i;
      push (self, &entry);
    }
}

static void
watch_actions (BsUndoStack *self)
{
  GListModel *actions = bs_assessment_get_actions (self->assessment);

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      BsAction *action = g_list_model_get_item (actions, i);

      g_ptr_array_add (self->actions, action);
      watch_action (self, action);
    }

  g_signal_connect_object (actions, "items-changed", G_CALLBACK (actions_changed_cb), self, 0);
}

static void
respondents_changed_cb (GListModel  *respondents,
                        guint        position,
                        guint        removed,
                        guint        added,
                        BsUndoStack *self)
{
  g_autoptr(GPtrArray) gone = take_removed (self->respondents, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (self->respondents, position + i, g_list_model_get_item (respondents, position + i));

  if (self->applying)
    return;

  /* Removed last to first, so that undoing in turn puts each back where
   * it was. */
  for (guint i = gone->len; i > 0; i--)
    {
      Entry entry = { ENTRY_RESPONDENT_REMOVE, };

      entry.respondent = g_object_ref (g_ptr_array_index (gone, i - 1));
      entry.from = position + i - 1;
      push (self, &entry);
    }
  for (guint i = 0; i < added; i++)
    {
      Entry entry = { ENTRY_RESPONDENT_ADD, };

      entry.respondent = g_object_ref (g_ptr_array_index (self->respondents, position + i));
      entry.to = position + i;
      push (self, &entry);
    }
}

static void
watch_respondents (BsUndoStack *self)
{
  GListModel *respondents = bs_team_get_respondents (bs_assessment_get_team (self->assessment));

  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    g_ptr_array_add (self->respondents, g_list_model_get_item (respondents, i));

  g_signal_connect_object (respondents, "items-changed", G_CALLBACK (respondents_changed_cb), self, 0);
}

/* "changed" does not say what changed: compare with the baseline last
 * seen. */
static void
assessment_changed_cb (BsAssessment *assessment,
                       BsUndoStack  *self)
{
  BsBaseline *baseline = bs_assessment_get_baseline (assessment);
  Entry entry = { ENTRY_BASELINE, };

  if (baseline == self->baseline)
    return;

  entry.old_baseline = g_steal_pointer (&self->baseline);
  entry.new_baseline = baseline != NULL ? g_object_ref (baseline) : NULL;
  self->baseline = baseline != NULL ? g_object_ref (baseline) : NULL;

  if (self->applying)
    {
      entry_clear (&entry);
      return;
    }
  push (self, &entry);
}

static void
watch_baseline (BsUndoStack *self)
{
  BsBaseline *baseline = bs_assessment_get_baseline (self->assessment);

  self->baseline = baseline != NULL ? g_object_ref (baseline) : NULL;
  g_signal_connect_object (self->assessment, "changed", G_CALLBACK (assessment_changed_cb), self, 0);
}

static void
watch_answers (BsUndoStack *self)
{
  BsFramework *framework = bs_assessment_get_framework (self->assessment);
  GListModel *levels = bs_framework_get_levels (framework);
  BsTeam *team = bs_assessment_get_team (self->assessment);

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
              BsAgreedAnswer *agreed;

              g_hash_table_insert (self->last_values, g_strdup (id),
                                   GINT_TO_POINTER (bs_answer_get_value (answer)));
              g_signal_connect_object (answer, "notify::value",
                                       G_CALLBACK (answer_value_cb), self, 0);

              /* Every statement's, not only a team's: responses added
               * later make any assessment a team's. The team makes an
               * agreed answer on first use and saves only those set, so
               * making empty ones here changes nothing in the file. */
              agreed = bs_team_get_agreed (team, id);
              g_hash_table_insert (self->last_agreed, g_strdup (id),
                                   GINT_TO_POINTER (bs_agreed_answer_get_value (agreed)));
              g_signal_connect_object (agreed, "notify::value",
                                       G_CALLBACK (agreed_value_cb), self, 0);
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
  g_clear_pointer (&self->last_agreed, g_hash_table_unref);
  g_clear_pointer (&self->last_states, g_hash_table_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_pointer (&self->respondents, g_ptr_array_unref);
  g_clear_object (&self->baseline);
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
  self->last_agreed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->last_states = g_hash_table_new_full (NULL, NULL, g_object_unref, action_state_free);
  self->actions = g_ptr_array_new_with_free_func (g_object_unref);
  self->respondents = g_ptr_array_new_with_free_func (g_object_unref);
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
}

/**
 * bs_undo_stack_new:
 *
 * Records every change of an answer's value in @assessment from now on,
 * of a team's agreed stage (the rationale and dissent are text, edited in
 * place like notes), every change of its action plan: an action added,
 * deleted, moved or edited; and every respondent added to or removed from
 * its team; and the baseline (the previous cycle) set or removed.
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
  watch_actions (self);
  watch_respondents (self);
  watch_baseline (self);

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

/* Where @action is in the plan, or -1: a field can still be written
 * while its row goes away with the action. */
static int
index_of (BsUndoStack *self,
          BsAction    *action)
{
  guint index;

  if (!g_ptr_array_find (self->actions, action, &index))
    return -1;

  return index;
}

/* The action plan as it was before (@undo) or after @entry. */
static void
apply (BsUndoStack *self,
       Entry       *entry,
       gboolean     undo,
       const char **statement_id,
       int         *action_position)
{
  guint n = self->actions->len;
  gboolean present = FALSE;

  self->applying = TRUE;
  self->changed_team = entry->kind == ENTRY_RESPONDENT_ADD || entry->kind == ENTRY_RESPONDENT_REMOVE;

  switch (entry->kind)
    {
    case ENTRY_ANSWER:
      bs_assessment_set_value (self->assessment, entry->statement_id,
                               undo ? entry->old_value : entry->new_value);
      *statement_id = entry->statement_id;
      break;

    case ENTRY_AGREED:
      bs_team_set_agreed_value (bs_assessment_get_team (self->assessment), entry->statement_id,
                                undo ? entry->old_value : entry->new_value);
      *statement_id = entry->statement_id;
      break;

    case ENTRY_ACTION_EDIT:
      action_state_apply (undo ? entry->old_state : entry->new_state, entry->action);
      *action_position = index_of (self, entry->action);
      break;

    case ENTRY_ACTION_ADD:
    case ENTRY_ACTION_REMOVE:
      /* an addition undone is a removal redone */
      present = (entry->kind == ENTRY_ACTION_ADD) != undo;
      if (present)
        {
          guint at = entry->kind == ENTRY_ACTION_ADD ? entry->to : entry->from;

          if (index_of (self, entry->action) < 0)
            {
              bs_assessment_add_action (self->assessment, entry->action);
              bs_assessment_move_action (self->assessment, n, MIN (at, n));
            }
          *action_position = index_of (self, entry->action);
        }
      else
        {
          guint at = entry->kind == ENTRY_ACTION_ADD ? entry->to : entry->from;

          if (index_of (self, entry->action) >= 0)
            bs_assessment_remove_action (self->assessment, index_of (self, entry->action));
          /* the action that took its place, or the last; none when the plan is empty */
          *action_position = n > 1 ? (int) MIN (at, n - 2) : -1;
        }
      break;

    case ENTRY_RESPONDENT_ADD:
    case ENTRY_RESPONDENT_REMOVE:
      {
        BsTeam *team = bs_assessment_get_team (self->assessment);
        guint at;

        present = (entry->kind == ENTRY_RESPONDENT_ADD) != undo;
        if (present && !g_ptr_array_find (self->respondents, entry->respondent, NULL))
          {
            g_autoptr(GError) error = NULL;

            /* It left the team as it was; nothing else has changed since. */
            if (!bs_team_add_respondent (team, entry->respondent, &error))
              g_critical ("%s", error->message);
          }
        else if (!present && g_ptr_array_find (self->respondents, entry->respondent, &at))
          bs_team_remove_respondent (team, at);
      }
      break;

    case ENTRY_BASELINE:
      bs_assessment_set_baseline (self->assessment, undo ? entry->old_baseline : entry->new_baseline);
      break;

    case ENTRY_CONFIRM:
      {
        BsAnswer *answer = bs_assessment_get_answer (self->assessment, entry->statement_id);
        int marks = undo ? entry->old_value : entry->new_value;

        /* Text written since is nobody's from last cycle: its mark stays off. */
        if (g_strcmp0 (bs_answer_get_note (answer), entry->note) == 0)
          bs_answer_set_note_carried_over (answer, (marks & CARRIED_NOTE) != 0);
        if (g_strcmp0 (bs_answer_get_evidence (answer), entry->evidence) == 0)
          bs_answer_set_evidence_carried_over (answer, (marks & CARRIED_EVIDENCE) != 0);
        *statement_id = entry->statement_id;
      }
      break;

    case ENTRY_ACTION_MOVE:
      if (index_of (self, entry->action) >= 0)
        bs_assessment_move_action (self->assessment, index_of (self, entry->action),
                                   MIN (undo ? entry->from : entry->to, n - 1));
      *action_position = index_of (self, entry->action);
      break;

    default:
      g_assert_not_reached ();
    }

  self->applying = FALSE;
}

/**
 * bs_undo_stack_undo:
 * @statement_id: (out) (optional) (nullable): the statement whose answer
 *   or agreed stage changed back, so the window can show it
 * @action_position: (out) (optional): the place in the action plan that
 *   changed back, or -1
 *
 * Returns: %FALSE when there was nothing to undo
 */
gboolean
bs_undo_stack_undo (BsUndoStack  *self,
                    const char  **statement_id,
                    int          *action_position)
{
  const char *id = NULL;
  int position = -1;
  gboolean could_redo;
  Entry *entry;

  g_return_val_if_fail (BS_IS_UNDO_STACK (self), FALSE);

  if (self->position == 0)
    return FALSE;

  could_redo = bs_undo_stack_get_can_redo (self);
  do
    {
      entry = &g_array_index (self->entries, Entry, self->position - 1);
      self->position--;
      apply (self, entry, TRUE, &id, &position);
    }
  while (entry->group != 0 && self->position > 0 &&
         g_array_index (self->entries, Entry, self->position - 1).group == entry->group);
  notify_can (self, TRUE, could_redo);

  if (statement_id != NULL)
    *statement_id = id;
  if (action_position != NULL)
    *action_position = position;

  return TRUE;
}

/**
 * bs_undo_stack_redo:
 * @statement_id: (out) (optional) (nullable): the statement whose answer
 *   changed again
 * @action_position: (out) (optional): the place in the action plan that
 *   changed again, or -1
 *
 * Returns: %FALSE when there was nothing to redo
 */
gboolean
bs_undo_stack_redo (BsUndoStack  *self,
                    const char  **statement_id,
                    int          *action_position)
{
  const char *id = NULL;
  int position = -1;
  gboolean could_undo;
  Entry *entry;

  g_return_val_if_fail (BS_IS_UNDO_STACK (self), FALSE);

  if (self->position == self->entries->len)
    return FALSE;

  could_undo = bs_undo_stack_get_can_undo (self);
  do
    {
      entry = &g_array_index (self->entries, Entry, self->position);
      self->position++;
      apply (self, entry, FALSE, &id, &position);
    }
  while (entry->group != 0 && self->position < self->entries->len &&
         g_array_index (self->entries, Entry, self->position).group == entry->group);
  notify_can (self, could_undo, TRUE);

  if (statement_id != NULL)
    *statement_id = id;
  if (action_position != NULL)
    *action_position = position;

  return TRUE;
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

/**
 * bs_undo_stack_begin_group:
 *
 * Makes the changes recorded until bs_undo_stack_end_group() one step:
 * undo and redo take them all at once (e.g. the respondents of one "Add
 * Responses…"). Groups do not nest.
 */
void
bs_undo_stack_begin_group (BsUndoStack *self)
{
  g_return_if_fail (BS_IS_UNDO_STACK (self));
  g_return_if_fail (self->group == 0);

  self->group = ++self->last_group;
}

void
bs_undo_stack_end_group (BsUndoStack *self)
{
  g_return_if_fail (BS_IS_UNDO_STACK (self));
  g_return_if_fail (self->group != 0);

  self->group = 0;
}

/**
 * bs_undo_stack_get_changed_team:
 *
 * Returns: whether the last undo or redo added or removed respondents,
 *   which have no page of their own to show
 */
gboolean
bs_undo_stack_get_changed_team (BsUndoStack *self)
{
  g_return_val_if_fail (BS_IS_UNDO_STACK (self), FALSE);

  return self->changed_team;
}

/* The answers whose note or evidence is still marked, in framework order. */
static GPtrArray *
list_carried_over (BsUndoStack *self)
{
  GListModel *levels = bs_framework_get_levels (bs_assessment_get_framework (self->assessment));
  GPtrArray *answers = g_ptr_array_new ();

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
              BsAnswer *answer = bs_assessment_get_answer (self->assessment, bs_statement_get_id (statement));

              if (answer != NULL && bs_answer_is_carried_over (answer))
                g_ptr_array_add (answers, answer);
            }
        }
    }

  return answers;
}

static void
confirm_answer (BsUndoStack *self,
                BsAnswer    *answer)
{
  Entry entry = { ENTRY_CONFIRM, };

  g_assert (BS_IS_UNDO_STACK (self));

  if (!bs_answer_is_carried_over (answer))
    return;

  entry.statement_id = g_strdup (bs_answer_get_statement_id (answer));
  entry.old_value = (bs_answer_get_note_carried_over (answer) ? CARRIED_NOTE : 0) |
                    (bs_answer_get_evidence_carried_over (answer) ? CARRIED_EVIDENCE : 0);
  entry.new_value = 0;
  entry.note = g_strdup (bs_answer_get_note (answer));
  entry.evidence = g_strdup (bs_answer_get_evidence (answer));
  self->applying = TRUE;
  bs_answer_confirm_carried_over (answer);
  self->applying = FALSE;
  push (self, &entry);
}

/**
 * bs_undo_stack_confirm_carried_over:
 * @statement_id: (nullable): the statement whose note and evidence are
 *   confirmed; %NULL for every statement (one step to undo)
 *
 * Confirms notes and evidence carried over from the previous cycle, as
 * bs_answer_confirm_carried_over() and
 * bs_assessment_confirm_all_carried_over() do, so that undo brings the
 * marks back. (Editing a carried-over text clears its mark too; that is
 * the text's change, not one of these.)
 *
 * Returns: how many statements were confirmed
 */
guint
bs_undo_stack_confirm_carried_over (BsUndoStack *self,
                                    const char  *statement_id)
{
  g_autoptr(GPtrArray) answers = NULL;
  gboolean grouped;

  g_return_val_if_fail (BS_IS_UNDO_STACK (self), 0);

  if (statement_id != NULL)
    {
      BsAnswer *answer = bs_assessment_get_answer (self->assessment, statement_id);

      if (answer == NULL || !bs_answer_is_carried_over (answer))
        return 0;
      confirm_answer (self, answer);
      return 1;
    }

  answers = list_carried_over (self);
  grouped = self->group == 0 && answers->len > 1;
  if (grouped)
    bs_undo_stack_begin_group (self);
  for (guint i = 0; i < answers->len; i++)
    confirm_answer (self, g_ptr_array_index (answers, i));
  if (grouped)
    bs_undo_stack_end_group (self);

  return answers->len;
}
