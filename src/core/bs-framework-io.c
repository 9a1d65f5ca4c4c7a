/* bs-framework-io.c: reading framework files, and finding them on disk by id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "bs-error.h"
#include "bs-framework-private.h"
#include "bs-text.h"
#include "bs-xml-private.h"

#define BUILTIN_RESOURCE_DIR "/io/github/blendscan/core/frameworks/"
#define SCHEMA_RESOURCE  "/io/github/blendscan/core/schemas/framework.rng"

/* Languages every framework must provide: the app's own two. */
static const char * const required_langs[] = { "en", "nl" };

typedef struct
{
  BsFramework *framework;
  const char  *display_name;
} ParseState;

/* Framework texts are written over several lines in the file; shown, they
 * are one paragraph, so runs of white space become one space. */
char *
_bs_framework_normalize_space (const char *text)
{
  GString *s;
  gboolean space = FALSE;
  gboolean clean = !g_ascii_isspace (text[0]);

  /* Most texts are one line already: copy those as they are. */
  for (const char *p = text; *p && clean; p++)
    if (g_ascii_isspace (*p) && (*p != ' ' || g_ascii_isspace (p[1]) || p[1] == '\0'))
      clean = FALSE;
  if (clean)
    return g_strdup (text);

  s = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p++)
    {
      if (g_ascii_isspace (*p))
        space = s->len > 0;
      else
        {
          if (space)
            g_string_append_c (s, ' ');
          g_string_append_c (s, *p);
          space = FALSE;
        }
    }

  return g_string_free (s, FALSE);
}

static gboolean
read_localized (ParseState   *state,
                xmlNode      *parent,
                const char   *name,
                BsLocalized  *into,
                gboolean      required,
                GError      **error)
{
  gboolean any = FALSE;

  _bs_xml_foreach_element (child, parent)
    {
      xmlChar *lang;
      g_autofree char *raw = NULL;
      g_autofree char *text = NULL;

      if (!_bs_xml_is (child, name))
        continue;

      lang = xmlNodeGetLang (child);
      raw = _bs_xml_text (child);
      text = _bs_framework_normalize_space (raw);

      if (bs_localized_has (into, (const char *) lang))
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE,
                       _("“%s”, line %d: the <%s> text is given twice in language “%s”."),
                       state->display_name, _bs_xml_line (child), name, (const char *) lang);
          xmlFree (lang);
          return FALSE;
        }

      bs_localized_set (into, (const char *) lang, text);
      xmlFree (lang);
      any = TRUE;
    }

  if (!any && !required)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (required_langs); i++)
    if (!bs_localized_has (into, required_langs[i]))
      {
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_MISSING_TEXT,
                     _("“%s”, line %d: the <%s> text is missing in language “%s”; every text must be given in Dutch (nl) and English (en)."),
                     state->display_name, _bs_xml_line (parent), name, required_langs[i]);
        return FALSE;
      }

  return TRUE;
}

static gboolean
duplicate_id (ParseState  *state,
              xmlNode     *node,
              const char  *what,
              const char  *id,
              GError     **error)
{
  g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE,
               _("“%s”, line %d: the %s id “%s” is used twice."),
               state->display_name, _bs_xml_line (node), what, id);
  return FALSE;
}

static gboolean
parse_scale (ParseState  *state,
             xmlNode     *scale,
             GError     **error)
{
  BsFramework *self = state->framework;
  guint expected = 1;

  if (!read_localized (state, scale, "description", self->scale_description, FALSE, error))
    return FALSE;

  _bs_xml_foreach_element (node, scale)
    {
      g_autofree char *value_str = NULL;
      g_autofree char *id = NULL;
      g_autoptr(BsStage) stage = NULL;
      guint64 value = 0;

      if (!_bs_xml_is (node, "stage"))
        continue;

      value_str = _bs_xml_attr (node, "value");
      id = _bs_xml_attr (node, "id");
      g_ascii_string_to_unsigned (value_str, 10, 0, G_MAXUINT, &value, NULL);

      /* Scores are stage values, so they must count 1, 2, 3… in order. */
      if (value != expected)
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_OUT_OF_RANGE,
                       _("“%s”, line %d: stage values must count up from 1 in order; expected %u here, found %s."),
                       state->display_name, _bs_xml_line (node), expected, value_str);
          return FALSE;
        }
      expected++;

      stage = _bs_stage_new ((guint) value, id);
      if (!read_localized (state, node, "name", bs_stage_get_name (stage), TRUE, error) ||
          !read_localized (state, node, "meaning", bs_stage_get_meaning (stage), FALSE, error))
        return FALSE;

      g_list_store_append (self->stages, stage);
    }

  return TRUE;
}

static gboolean
parse_roles (ParseState  *state,
             xmlNode     *roles,
             GError     **error)
{
  BsFramework *self = state->framework;
  guint n = 0;

  _bs_xml_foreach_element (node, roles)
    {
      g_autofree char *id = _bs_xml_attr (node, "id");
      g_autoptr(BsRole) role = NULL;

      if (bs_framework_get_role_index (self, id) >= 0)
        return duplicate_id (state, node, _("role"), id, error);
      if (++n > BS_ROLE_MAX_EXTRA)
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_COMPLEX,
                       _("“%s”, line %d: the framework adds more than %d roles; that is more than a team can tell apart, so the file is refused."),
                       state->display_name, _bs_xml_line (node), BS_ROLE_MAX_EXTRA);
          return FALSE;
        }

      role = _bs_role_new (id);
      if (!read_localized (state, node, "name", bs_role_get_name (role), TRUE, error))
        return FALSE;

      _bs_framework_add_role (self, role);
    }

  return TRUE;
}

static gboolean
parse_disagreement (ParseState  *state,
                    xmlNode     *scale,
                    GError     **error)
{
  g_autofree char *text = _bs_xml_attr (scale, "disagreement");
  char *end = NULL;
  double value;

  if (text == NULL)
    return TRUE;

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !(value > 0) || value > 100)
    {
      g_autofree char *quoted = bs_text_quote (text, 40);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_OUT_OF_RANGE,
                   _("“%s”, line %d: the disagreement threshold %s is not a positive number of stages (such as 1.0)."),
                   state->display_name, _bs_xml_line (scale), quoted);
      return FALSE;
    }

  state->framework->disagreement = value;
  return TRUE;
}

/* <next-step from="N">: how to move from stage N to N + 1, so N is a stage
 * with one above it, and each move has one step. */
static gboolean
parse_next_steps (ParseState   *state,
                  xmlNode      *node,
                  BsStatement  *statement,
                  guint         n_stages,
                  GError      **error)
{
  const char *id = bs_statement_get_id (statement);

  _bs_xml_foreach_element (child, node)
    {
      g_autofree char *from_str = NULL;
      g_autoptr(BsLocalized) text = NULL;
      guint64 from = 0;

      if (!_bs_xml_is (child, "next-step"))
        continue;

      from_str = _bs_xml_attr (child, "from");
      g_ascii_string_to_unsigned (from_str, 10, 0, G_MAXUINT, &from, NULL);
      if (from < 1 || from >= n_stages)
        {
          if (n_stages < 2)
            g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_OUT_OF_RANGE,
                         _("“%s”, line %d: statement “%s” has a next step from stage %s, but the scale has no stage above another."),
                         state->display_name, _bs_xml_line (child), id, from_str);
          else
            g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_OUT_OF_RANGE,
                         _("“%s”, line %d: statement “%s” has a next step from stage %s, but a next step leads up from one of the stages 1 to %u."),
                         state->display_name, _bs_xml_line (child), id, from_str, n_stages - 1);
          return FALSE;
        }
      if (bs_statement_get_next_step_localized (statement, (guint) from) != NULL)
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE,
                       _("“%s”, line %d: statement “%s” has two next steps from stage %u."),
                       state->display_name, _bs_xml_line (child), id, (guint) from);
          return FALSE;
        }

      text = bs_localized_new ();
      if (!read_localized (state, child, "text", text, TRUE, error))
        return FALSE;
      _bs_statement_set_next_step (statement, (guint) from, text);
    }

  return TRUE;
}

static gboolean
parse_statement (ParseState   *state,
                 xmlNode      *node,
                 BsDimension  *dimension,
                 GError      **error)
{
  BsFramework *self = state->framework;
  g_autofree char *id = _bs_xml_attr (node, "id");
  g_autoptr(BsStatement) statement = NULL;
  guint n_stages = g_list_model_get_n_items (G_LIST_MODEL (self->stages));

  if (g_hash_table_contains (self->statement_index, id))
    return duplicate_id (state, node, _("statement"), id, error);

  statement = _bs_statement_new (id, bs_dimension_get_level_id (dimension),
                                 bs_dimension_get_id (dimension));
  if (!read_localized (state, node, "text", bs_statement_get_text (statement), TRUE, error))
    return FALSE;

  _bs_xml_foreach_element (child, node)
    {
      g_autofree char *stage_str = NULL;
      g_autoptr(BsLocalized) text = NULL;
      guint64 stage = 0;

      if (!_bs_xml_is (child, "descriptor"))
        continue;

      stage_str = _bs_xml_attr (child, "stage");
      g_ascii_string_to_unsigned (stage_str, 10, 0, G_MAXUINT, &stage, NULL);
      if (stage < 1 || stage > n_stages)
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_OUT_OF_RANGE,
                       _("“%s”, line %d: a descriptor is given for stage %s, but the scale has stages 1 to %u."),
                       state->display_name, _bs_xml_line (child), stage_str, n_stages);
          return FALSE;
        }
      if (bs_statement_get_descriptor (statement, (guint) stage) != NULL)
        {
          g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_DUPLICATE,
                       _("“%s”, line %d: statement “%s” has two descriptors for stage %u."),
                       state->display_name, _bs_xml_line (child), id, (guint) stage);
          return FALSE;
        }

      text = bs_localized_new ();
      if (!read_localized (state, child, "text", text, TRUE, error))
        return FALSE;
      _bs_statement_set_descriptor (statement, (guint) stage, text);
    }

  if (!parse_next_steps (state, node, statement, n_stages, error))
    return FALSE;

  g_hash_table_insert (self->statement_index, g_strdup (id), statement);
  _bs_dimension_add_statement (dimension, statement);

  return TRUE;
}

static gboolean
parse_level (ParseState  *state,
             xmlNode     *node,
             GError     **error)
{
  BsFramework *self = state->framework;
  g_autofree char *level_id = _bs_xml_attr (node, "id");
  g_autoptr(BsLevel) level = NULL;

  if (g_hash_table_contains (self->level_index, level_id))
    return duplicate_id (state, node, _("level"), level_id, error);

  level = _bs_level_new (level_id);
  if (!read_localized (state, node, "title", bs_level_get_title (level), TRUE, error) ||
      !read_localized (state, node, "description", bs_level_get_description (level), FALSE, error))
    return FALSE;

  _bs_xml_foreach_element (dnode, node)
    {
      g_autofree char *dim_id = NULL;
      g_autofree char *key = NULL;
      g_autoptr(BsDimension) dimension = NULL;

      if (!_bs_xml_is (dnode, "dimension"))
        continue;

      dim_id = _bs_xml_attr (dnode, "id");
      key = _bs_dimension_key (level_id, dim_id);
      if (g_hash_table_contains (self->dimension_index, key))
        return duplicate_id (state, dnode, _("dimension"), dim_id, error);

      dimension = _bs_dimension_new (dim_id, level_id);
      if (!read_localized (state, dnode, "title", bs_dimension_get_title (dimension), TRUE, error) ||
          !read_localized (state, dnode, "description", bs_dimension_get_description (dimension), FALSE, error))
        return FALSE;

      _bs_xml_foreach_element (snode, dnode)
        if (_bs_xml_is (snode, "statement") &&
            !parse_statement (state, snode, dimension, error))
          return FALSE;

      g_hash_table_insert (self->dimension_index, g_steal_pointer (&key), dimension);
      _bs_level_add_dimension (level, dimension);
    }

  g_hash_table_insert (self->level_index, g_strdup (level_id), level);
  g_list_store_append (self->levels, level);

  return TRUE;
}

static gboolean
parse_reflection (ParseState  *state,
                  xmlNode     *node,
                  GError     **error)
{
  BsFramework *self = state->framework;
  g_autofree char *id = _bs_xml_attr (node, "id");
  g_autofree char *level_id = _bs_xml_attr (node, "level");
  g_autoptr(BsReflection) reflection = _bs_reflection_new (id);

  /* Levels come before reflections in the file, so all are known here. */
  if (level_id != NULL && bs_framework_lookup_level (self, level_id) == NULL)
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_UNKNOWN_ID,
                   _("“%s”, line %d: the reflection “%s” is for the level “%s”, which the framework does not have."),
                   state->display_name, _bs_xml_line (node), id, level_id);
      return FALSE;
    }
  _bs_reflection_set_level_id (reflection, level_id);

  if (!read_localized (state, node, "title", bs_reflection_get_title (reflection), TRUE, error) ||
      !read_localized (state, node, "description", bs_reflection_get_description (reflection), FALSE, error))
    return FALSE;

  _bs_xml_foreach_element (qnode, node)
    {
      g_autofree char *qid = NULL;
      g_autoptr(BsQuestion) question = NULL;

      if (!_bs_xml_is (qnode, "question"))
        continue;

      qid = _bs_xml_attr (qnode, "id");
      if (g_hash_table_contains (self->question_index, qid))
        return duplicate_id (state, qnode, _("question"), qid, error);

      question = _bs_question_new (qid, id);
      if (!read_localized (state, qnode, "text", bs_question_get_text (question), TRUE, error))
        return FALSE;

      g_hash_table_insert (self->question_index, g_strdup (qid), question);
      _bs_reflection_add_question (reflection, question);
    }

  g_list_store_append (self->reflections, reflection);

  return TRUE;
}

static gboolean
parse_glossary (ParseState  *state,
                xmlNode     *node,
                GError     **error)
{
  _bs_xml_foreach_element (tnode, node)
    {
      g_autofree char *id = _bs_xml_attr (tnode, "id");
      g_autoptr(BsTerm) term = _bs_term_new (id);

      if (!read_localized (state, tnode, "name", bs_term_get_name (term), TRUE, error) ||
          !read_localized (state, tnode, "definition", bs_term_get_definition (term), TRUE, error))
        return FALSE;

      g_list_store_append (state->framework->glossary, term);
    }

  return TRUE;
}

static gboolean
parse_document (BsFramework  *self,
                xmlDoc       *doc,
                const char   *display_name,
                GError      **error)
{
  ParseState state = { self, display_name };
  xmlNode *root;

  if (!_bs_xml_check_root (doc, BS_FRAMEWORK_NS, "framework", BS_FRAMEWORK_FORMAT,
                           display_name, error) ||
      !_bs_xml_validate (doc, SCHEMA_RESOURCE, display_name, error))
    return FALSE;

  root = xmlDocGetRootElement (doc);
  self->id = _bs_xml_attr (root, "id");
  self->version = _bs_xml_attr (root, "version");

  if (!read_localized (&state, root, "title", self->title, TRUE, error) ||
      !read_localized (&state, root, "description", self->description, FALSE, error))
    return FALSE;

  _bs_xml_foreach_element (node, root)
    {
      gboolean ok = TRUE;

      if (_bs_xml_is (node, "scale"))
        ok = parse_scale (&state, node, error) && parse_disagreement (&state, node, error);
      else if (_bs_xml_is (node, "roles"))
        ok = parse_roles (&state, node, error);
      else if (_bs_xml_is (node, "level"))
        ok = parse_level (&state, node, error);
      else if (_bs_xml_is (node, "reflection"))
        ok = parse_reflection (&state, node, error);
      else if (_bs_xml_is (node, "glossary"))
        ok = parse_glossary (&state, node, error);

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

/**
 * bs_framework_new_from_file:
 * @path: a framework file
 *
 * Reads, validates and checks a framework file. On failure @error holds one
 * message for the user that names the file, the line and the problem.
 *
 * Returns: (transfer full) (nullable): the framework
 */
BsFramework *
bs_framework_new_from_file (const char  *path,
                            GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  doc = _bs_xml_read_file (path, error);
  if (doc == NULL)
    return NULL;

  display_name = _bs_xml_display_name (path);
  return _bs_framework_new_from_doc (doc, path, display_name, error);
}

BsFramework *
_bs_framework_new_from_doc (xmlDoc      *doc,
                            const char  *path,
                            const char  *display_name,
                            GError     **error)
{
  g_autoptr(BsFramework) self = g_object_new (BS_TYPE_FRAMEWORK, NULL);

  self->path = g_strdup (path);
  if (!parse_document (self, doc, display_name, error))
    return NULL;

  return g_steal_pointer (&self);
}

BsFramework *
bs_framework_new_from_bytes (GBytes      *bytes,
                             const char  *display_name,
                             GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  doc = _bs_xml_read_memory (data, len, display_name, error);
  if (doc == NULL)
    return NULL;

  return _bs_framework_new_from_doc (doc, NULL, display_name, error);
}

/* The versions of the default framework compiled in, oldest first: an
 * assessment opens with the version it names, so that one made with 1.0
 * scores and prints as before; a new one uses the newest. */
static const struct
{
  const char *resource;
  const char *name;
} builtin_files[] = {
  { BUILTIN_RESOURCE_DIR "default.xml", "default.xml" },
  { BUILTIN_RESOURCE_DIR "default-2.0.xml", "default-2.0.xml" },
};

static BsFramework *
get_builtin (guint i)
{
  static BsFramework *frameworks[G_N_ELEMENTS (builtin_files)];

  g_assert (i < G_N_ELEMENTS (builtin_files));

  if (g_once_init_enter (&frameworks[i]))
    {
      g_autoptr(GBytes) bytes = g_resources_lookup_data (builtin_files[i].resource, 0, NULL);
      g_autoptr(GError) error = NULL;
      BsFramework *f;

      f = bs_framework_new_from_bytes (bytes, builtin_files[i].name, &error);
      if (f == NULL)
        g_error ("The built-in framework is broken: %s", error->message);

      g_once_init_leave (&frameworks[i], f);
    }

  return frameworks[i];
}

/**
 * bs_framework_compare_versions:
 *
 * Orders framework versions as people read them: "1.10" after "1.9",
 * "2.0" after "1.10"; parts that are not numbers compare as text.
 *
 * Returns: <0, 0 or >0 as @a is older than, the same as or newer than @b
 */
int
bs_framework_compare_versions (const char *a,
                               const char *b)
{
  g_auto(GStrv) pa = g_strsplit (a != NULL ? a : "", ".", -1);
  g_auto(GStrv) pb = g_strsplit (b != NULL ? b : "", ".", -1);
  guint i;

  for (i = 0; pa[i] != NULL && pb[i] != NULL; i++)
    {
      guint64 na, nb;
      gboolean numeric = g_ascii_string_to_unsigned (pa[i], 10, 0, G_MAXUINT64, &na, NULL) &&
                         g_ascii_string_to_unsigned (pb[i], 10, 0, G_MAXUINT64, &nb, NULL);
      int c;

      if (numeric)
        c = na < nb ? -1 : na > nb ? 1 : 0;
      else
        c = strcmp (pa[i], pb[i]);
      if (c != 0)
        return c;
    }

  /* "2" is older than "2.1" */
  return (pa[i] != NULL) - (pb[i] != NULL);
}

/**
 * bs_framework_get_default:
 *
 * The newest version of the framework that ships inside Blendscan, the one
 * a new assessment uses. It is read once and shared.
 *
 * Returns: (transfer none): the default framework
 */
BsFramework *
bs_framework_get_default (void)
{
  return get_builtin (G_N_ELEMENTS (builtin_files) - 1);
}

/**
 * bs_framework_get_builtin:
 * @version: a version of the default framework, such as "1.0"
 *
 * Returns: (transfer none) (nullable): that version of the built-in
 *   framework, or %NULL when it is not compiled in
 */
BsFramework *
bs_framework_get_builtin (const char *version)
{
  g_return_val_if_fail (version != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (builtin_files); i++)
    if (g_str_equal (bs_framework_get_version (get_builtin (i)), version))
      return get_builtin (i);

  return NULL;
}

/* Frameworks other than the built-in one are looked up by id in the
 * folders named by $BLENDSCAN_FRAMEWORK_PATH, then in
 * $XDG_DATA_HOME/blendscan/frameworks and the system data folders. */
static GPtrArray *
framework_dirs (void)
{
  GPtrArray *dirs = g_ptr_array_new_with_free_func (g_free);
  const char *env = g_getenv ("BLENDSCAN_FRAMEWORK_PATH");
  const char * const *system_dirs = g_get_system_data_dirs ();

  if (env != NULL)
    {
      g_auto(GStrv) parts = g_strsplit (env, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; parts[i] != NULL; i++)
        if (parts[i][0] != '\0')
          g_ptr_array_add (dirs, g_strdup (parts[i]));
    }

  g_ptr_array_add (dirs, g_build_filename (g_get_user_data_dir (), "blendscan", "frameworks", NULL));
  g_ptr_array_add (dirs, g_build_filename (PKGDATADIR, "frameworks", NULL));
  for (guint i = 0; system_dirs[i] != NULL; i++)
    g_ptr_array_add (dirs, g_build_filename (system_dirs[i], "blendscan", "frameworks", NULL));

  return dirs;
}

static gboolean
has_version (GPtrArray  *frameworks,
             const char *version)
{
  for (guint i = 0; i < frameworks->len; i++)
    if (g_strcmp0 (bs_framework_get_version (g_ptr_array_index (frameworks, i)), version) == 0)
      return TRUE;

  return FALSE;
}

/* Every framework with @id that is installed, at most one per version (the
 * first found), built-in ones first; stops early at @version. */
static GPtrArray *
installed_versions (const char *id,
                    const char *version)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) dirs = NULL;

  if (g_str_equal (id, BS_DEFAULT_FRAMEWORK_ID))
    {
      for (guint i = 0; i < G_N_ELEMENTS (builtin_files); i++)
        g_ptr_array_add (found, g_object_ref (get_builtin (i)));
      /* The usual case needs no folder read. */
      if (version == NULL || has_version (found, version))
        return found;
    }

  dirs = framework_dirs ();
  for (guint i = 0; i < dirs->len; i++)
    {
      g_autoptr(GDir) dir = g_dir_open (g_ptr_array_index (dirs, i), 0, NULL);
      const char *name;

      if (dir == NULL)
        continue;

      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *path = NULL;
          g_autoptr(BsFramework) framework = NULL;

          if (!g_str_has_suffix (name, ".xml"))
            continue;

          /* A broken file here belongs to someone else's framework; it is
           * skipped rather than blocking the assessment that asked. */
          path = g_build_filename (g_ptr_array_index (dirs, i), name, NULL);
          framework = bs_framework_new_from_file (path, NULL);
          if (framework == NULL || !g_str_equal (framework->id, id) ||
              has_version (found, framework->version))
            continue;

          g_ptr_array_add (found, g_steal_pointer (&framework));
          if (version != NULL && has_version (found, version))
            return found;
        }
    }

  return found;
}

static int
compare_framework_versions (gconstpointer a,
                            gconstpointer b)
{
  BsFramework *fa = *(BsFramework * const *) a;
  BsFramework *fb = *(BsFramework * const *) b;

  return bs_framework_compare_versions (fa->version, fb->version);
}

/**
 * bs_framework_find_version:
 * @id: a framework id, as an assessment file names it
 * @version: (nullable): the version it names; %NULL for the newest installed
 *
 * Finds a framework by id and version: first the versions built in (for
 * the default framework), then the framework folders. An assessment is
 * read with exactly the version it was made with; when that version is not
 * installed it is refused with a message that names the versions that are,
 * rather than being scored against statements and descriptors it was not
 * answered on.
 *
 * Returns: (transfer full) (nullable): the framework
 */
BsFramework *
bs_framework_find_version (const char  *id,
                           const char  *version,
                           GError     **error)
{
  g_autoptr(GPtrArray) found = NULL;

  g_return_val_if_fail (id != NULL, NULL);

  found = installed_versions (id, version);
  g_ptr_array_sort (found, compare_framework_versions);

  for (guint i = 0; i < found->len; i++)
    {
      BsFramework *framework = g_ptr_array_index (found, i);

      if (version != NULL && g_str_equal (framework->version, version))
        return g_object_ref (framework);
    }

  if (version == NULL && found->len > 0)
    return g_object_ref (g_ptr_array_index (found, found->len - 1));

  {
    g_autofree char *user_dir = g_build_filename (g_get_user_data_dir (), "blendscan", "frameworks", NULL);

    if (found->len == 0)
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND,
                   _("The framework “%s” that this assessment uses is not installed. Put its file in %s."),
                   id, user_dir);
    else
      {
        g_autoptr(GString) list = g_string_new (NULL);
        g_autofree char *quoted = bs_text_quote (version, 40);

        for (guint i = 0; i < found->len; i++)
          g_string_append_printf (list, "%s%s", i > 0 ? ", " : "",
                                  bs_framework_get_version (g_ptr_array_index (found, i)));
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND,
                     _("This assessment was made with version %s of the framework “%s”, which is not installed (installed versions: %s). Put the file of that version in %s."),
                     quoted, id, list->str, user_dir);
      }
  }
  return NULL;
}

/**
 * bs_framework_find:
 * @id: a framework id
 *
 * Returns: (transfer full) (nullable): the newest installed version of the
 *   framework with that id (see bs_framework_find_version())
 */
BsFramework *
bs_framework_find (const char  *id,
                   GError     **error)
{
  g_return_val_if_fail (id != NULL, NULL);

  return bs_framework_find_version (id, NULL, error);
}
