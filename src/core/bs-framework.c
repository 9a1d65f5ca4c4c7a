/* bs-framework.c: what is assessed — scale, levels, dimensions, statements (the model)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include "bs-framework-private.h"

G_DEFINE_FINAL_TYPE (BsFramework, bs_framework, G_TYPE_OBJECT)

/* The key of the framework's and an assessment's per-dimension tables: a
 * dimension id is unique only within its level. */
char *
_bs_dimension_key (const char *level_id,
                   const char *dimension_id)
{
  return g_strconcat (level_id, "/", dimension_id, NULL);
}

void
_bs_framework_add_role (BsFramework *self,
                        BsRole      *role)
{
  g_hash_table_insert (self->role_index, g_strdup (bs_role_get_id (role)),
                       GUINT_TO_POINTER (g_list_model_get_n_items (G_LIST_MODEL (self->roles))));
  g_list_store_append (self->roles, role);
}

static void
bs_framework_finalize (GObject *object)
{
  BsFramework *self = (BsFramework *) object;

  g_free (self->id);
  g_free (self->version);
  g_free (self->path);
  g_clear_pointer (&self->title, bs_localized_unref);
  g_clear_pointer (&self->description, bs_localized_unref);
  g_clear_pointer (&self->scale_description, bs_localized_unref);
  g_clear_pointer (&self->level_index, g_hash_table_unref);
  g_clear_pointer (&self->dimension_index, g_hash_table_unref);
  g_clear_pointer (&self->statement_index, g_hash_table_unref);
  g_clear_pointer (&self->question_index, g_hash_table_unref);
  g_clear_pointer (&self->role_index, g_hash_table_unref);
  g_clear_object (&self->stages);
  g_clear_object (&self->levels);
  g_clear_object (&self->reflections);
  g_clear_object (&self->glossary);
  g_clear_object (&self->roles);

  G_OBJECT_CLASS (bs_framework_parent_class)->finalize (object);
}

static void
bs_framework_class_init (BsFrameworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bs_framework_finalize;
}

static void
bs_framework_init (BsFramework *self)
{
  GListModel *builtin;

  self->title = bs_localized_new ();
  self->description = bs_localized_new ();
  self->scale_description = bs_localized_new ();
  self->stages = g_list_store_new (BS_TYPE_STAGE);
  self->levels = g_list_store_new (BS_TYPE_LEVEL);
  self->reflections = g_list_store_new (BS_TYPE_REFLECTION);
  self->glossary = g_list_store_new (BS_TYPE_TERM);
  self->level_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->dimension_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->statement_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->question_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->role_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->roles = g_list_store_new (BS_TYPE_ROLE);
  self->disagreement = BS_DEFAULT_DISAGREEMENT_THRESHOLD;

  /* Every framework knows the built-in roles; its own come after them. */
  builtin = bs_role_get_builtin ();
  for (guint i = 0; i < g_list_model_get_n_items (builtin); i++)
    {
      g_autoptr(BsRole) role = g_list_model_get_item (builtin, i);

      _bs_framework_add_role (self, role);
    }
}

const char *
bs_framework_get_id (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return self->id;
}

const char *
bs_framework_get_version (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return self->version;
}

/**
 * bs_framework_get_path:
 *
 * Returns: (nullable): the file it was read from; %NULL for the built-in one
 */
const char *
bs_framework_get_path (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return self->path;
}

BsLocalized *
bs_framework_get_title (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return self->title;
}

BsLocalized *
bs_framework_get_description (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return self->description;
}

/**
 * bs_framework_get_scale_description_localized:
 *
 * Returns: (transfer none): how to read the scale (format 3, the scale's
 *   <description>), in every language given; empty when the framework has none
 */
BsLocalized *
bs_framework_get_scale_description_localized (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return self->scale_description;
}

/**
 * bs_framework_get_scale_description:
 * @lang: (nullable): a language, %NULL for the user's
 *
 * Returns: (nullable): how to read the scale, or %NULL when the framework
 *   does not say (format 1 and 2 files)
 */
const char *
bs_framework_get_scale_description (BsFramework *self,
                                    const char  *lang)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  if (bs_localized_is_empty (self->scale_description))
    return NULL;

  return bs_localized_get (self->scale_description, lang);
}

/**
 * bs_framework_get_stages:
 *
 * Returns: (transfer none): the scale, a #GListModel of #BsStage, lowest first
 */
GListModel *
bs_framework_get_stages (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return G_LIST_MODEL (self->stages);
}

guint
bs_framework_get_n_stages (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->stages));
}

/**
 * bs_framework_get_stage:
 * @value: 1 for the lowest stage
 *
 * Returns: (transfer none) (nullable): the stage
 */
BsStage *
bs_framework_get_stage (BsFramework *self,
                        guint        value)
{
  g_autoptr(BsStage) stage = NULL;

  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  if (value == 0 || value > bs_framework_get_n_stages (self))
    return NULL;

  /* The list store holds a reference for as long as the framework lives. */
  stage = g_list_model_get_item (G_LIST_MODEL (self->stages), value - 1);
  return stage;
}

/**
 * bs_framework_get_levels:
 *
 * Returns: (transfer none): a #GListModel of #BsLevel
 */
GListModel *
bs_framework_get_levels (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return G_LIST_MODEL (self->levels);
}

/**
 * bs_framework_lookup_level:
 *
 * Returns: (transfer none) (nullable): the level
 */
BsLevel *
bs_framework_lookup_level (BsFramework *self,
                           const char  *level_id)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  if (level_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->level_index, level_id);
}

/**
 * bs_framework_lookup_dimension:
 *
 * Returns: (transfer none) (nullable): the dimension at that level
 */
BsDimension *
bs_framework_lookup_dimension (BsFramework *self,
                               const char  *level_id,
                               const char  *dimension_id)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  if (level_id == NULL || dimension_id == NULL)
    return NULL;

  key = _bs_dimension_key (level_id, dimension_id);
  return g_hash_table_lookup (self->dimension_index, key);
}

/**
 * bs_framework_lookup_statement:
 *
 * Returns: (transfer none) (nullable): the statement
 */
BsStatement *
bs_framework_lookup_statement (BsFramework *self,
                               const char  *statement_id)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  if (statement_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->statement_index, statement_id);
}

guint
bs_framework_get_n_statements (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), 0);

  return g_hash_table_size (self->statement_index);
}

/**
 * bs_framework_get_reflections:
 *
 * Returns: (transfer none): a #GListModel of #BsReflection
 */
GListModel *
bs_framework_get_reflections (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return G_LIST_MODEL (self->reflections);
}

/**
 * bs_framework_lookup_reflection:
 *
 * Returns: (transfer none) (nullable): the set of reflection questions
 */
BsReflection *
bs_framework_lookup_reflection (BsFramework *self,
                                const char  *reflection_id)
{
  GListModel *list;

  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  if (reflection_id == NULL)
    return NULL;

  /* A handful of sets: a linear search is enough. */
  list = G_LIST_MODEL (self->reflections);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BsReflection) r = g_list_model_get_item (list, i);

      if (g_str_equal (bs_reflection_get_id (r), reflection_id))
        return r;  /* the store keeps its own reference */
    }

  return NULL;
}

/**
 * bs_framework_lookup_question:
 *
 * Returns: (transfer none) (nullable): the reflection question
 */
BsQuestion *
bs_framework_lookup_question (BsFramework *self,
                              const char  *question_id)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  if (question_id == NULL)
    return NULL;

  return g_hash_table_lookup (self->question_index, question_id);
}

/**
 * bs_framework_get_glossary:
 *
 * Returns: (transfer none): a #GListModel of #BsTerm
 */
GListModel *
bs_framework_get_glossary (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return G_LIST_MODEL (self->glossary);
}

/**
 * bs_framework_get_roles:
 *
 * The roles a respondent of a team assessment can have: the built-in ones
 * (bs_role_get_builtin()) followed by those the framework adds.
 *
 * Returns: (transfer none): a #GListModel of #BsRole
 */
GListModel *
bs_framework_get_roles (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  return G_LIST_MODEL (self->roles);
}

/**
 * bs_framework_lookup_role:
 *
 * Returns: (transfer none) (nullable): the role with that id
 */
BsRole *
bs_framework_lookup_role (BsFramework *self,
                          const char  *role_id)
{
  BsRole *role;
  int i;

  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);

  i = bs_framework_get_role_index (self, role_id);
  if (i < 0)
    return NULL;

  role = g_list_model_get_item (G_LIST_MODEL (self->roles), (guint) i);
  /* The store keeps its own reference, so "transfer none" holds. */
  g_object_unref (role);

  return role;
}

/**
 * bs_framework_get_role_index:
 *
 * Returns: the position of @role_id in bs_framework_get_roles(), or -1
 */
int
bs_framework_get_role_index (BsFramework *self,
                             const char  *role_id)
{
  gpointer value;

  g_return_val_if_fail (BS_IS_FRAMEWORK (self), -1);

  if (role_id == NULL || !g_hash_table_lookup_extended (self->role_index, role_id, NULL, &value))
    return -1;

  return (int) GPOINTER_TO_UINT (value);
}

/* For matching a role as people write it: "Programme  Management" is
 * "programme management", whatever the case, blanks or composition. */
static char *
fold_role_text (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : text, -1);
  g_auto(GStrv) words = g_strsplit_set (folded, " \t", -1);
  g_autoptr(GPtrArray) kept = g_ptr_array_new ();

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_ptr_array_add (kept, words[i]);
  g_ptr_array_add (kept, NULL);

  return g_strjoinv (" ", (char **) kept->pdata);
}

/**
 * bs_framework_find_role:
 * @text: a role as a names file or a survey export gives it
 *
 * Finds a role by its id or its English or Dutch name, ignoring case,
 * the composition of accented letters and runs of blanks ("Docent",
 * "support staff", "programme-management").
 *
 * Returns: (transfer none) (nullable): the role, or %NULL when @text names none
 */
BsRole *
bs_framework_find_role (BsFramework *self,
                        const char  *text)
{
  GListModel *roles;
  g_autofree char *wanted = NULL;

  g_return_val_if_fail (BS_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  roles = G_LIST_MODEL (self->roles);
  wanted = fold_role_text (text);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(BsRole) role = g_list_model_get_item (roles, i);
      g_autofree char *id = fold_role_text (bs_role_get_id (role));
      g_autofree char *en = fold_role_text (bs_role_get_name_text (role, "en"));
      g_autofree char *nl = fold_role_text (bs_role_get_name_text (role, "nl"));

      if (g_str_equal (wanted, id) || g_str_equal (wanted, en) || g_str_equal (wanted, nl))
        return role;  /* the store keeps its own reference */
    }

  return NULL;
}

/**
 * bs_framework_get_disagreement_threshold:
 *
 * Returns: the standard deviation (in stages) from which the team
 *   statistics flag a disagreement: the framework's own
 *   (<scale disagreement="…">) or %BS_DEFAULT_DISAGREEMENT_THRESHOLD
 */
double
bs_framework_get_disagreement_threshold (BsFramework *self)
{
  g_return_val_if_fail (BS_IS_FRAMEWORK (self), BS_DEFAULT_DISAGREEMENT_THRESHOLD);

  return self->disagreement;
}
