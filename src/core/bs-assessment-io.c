/* bs-assessment-io.c: reading and writing .blendscan files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n-lib.h>

#include "bs-assessment-private.h"
#include "bs-baseline-private.h"
#include "bs-date.h"
#include "bs-error.h"
#include "bs-safe-write.h"
#include "bs-team-private.h"
#include "bs-text.h"
#include "bs-xml-private.h"

#define SCHEMA_RESOURCE "/io/github/blendscan/core/schemas/assessment.rng"

typedef struct
{
  BsAssessment *self;
  const char   *display_name;
  guint         n_stages;
} LoadState;

static gboolean report (LoadState   *state,
                        xmlNode     *node,
                        int          code,
                        GError     **error,
                        const char  *format,
                        ...) G_GNUC_PRINTF (5, 6);

static gboolean
report (LoadState   *state,
        xmlNode     *node,
        int          code,
        GError     **error,
        const char  *format,
        ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, BS_FORMAT_ERROR, code,
               _("“%s”, line %d: %s"), state->display_name, _bs_xml_line (node), message);
  return FALSE;
}

static gboolean
parse_stage_value (LoadState   *state,
                   xmlNode     *node,
                   const char  *attr,
                   const char  *statement_id,
                   int         *out,
                   GError     **error)
{
  g_autofree char *text = _bs_xml_attr (node, attr);
  guint64 value = 0;

  if (text == NULL)
    {
      *out = g_str_equal (attr, "value") ? BS_VALUE_NONE : 0;
      return TRUE;
    }

  if (g_str_equal (text, "na"))
    *out = BS_VALUE_NOT_APPLICABLE;
  else if (g_str_equal (text, "unknown"))
    *out = BS_VALUE_UNKNOWN;
  else if (g_ascii_string_to_unsigned (text, 10, 1, state->n_stages, &value, NULL))
    *out = (int) value;
  else
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_OUT_OF_RANGE,
                   g_str_equal (attr, "value")
                   ? _("“%s”, line %d: statement “%s” has score %s, but the framework’s scale runs from 1 to %u.")
                   : _("“%s”, line %d: statement “%s” has target %s, but the framework’s scale runs from 1 to %u."),
                   state->display_name, _bs_xml_line (node), statement_id, text, state->n_stages);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_levels (LoadState  *state,
             xmlNode    *levels,
             GError    **error)
{
  BsAssessment *self = state->self;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) ids = NULL;

  _bs_xml_foreach_element (node, levels)
    {
      g_autofree char *id = _bs_xml_attr (node, "id");

      if (bs_framework_lookup_level (self->framework, id) == NULL)
        return report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error, _("the level “%s” does not exist in the framework."), id);
      if (!g_hash_table_add (seen, g_strdup (id)))
        return report (state, node, BS_FORMAT_ERROR_DUPLICATE, error, _("the level “%s” is included twice."), id);

      g_strv_builder_add (builder, id);
    }

  ids = g_strv_builder_end (builder);
  bs_assessment_set_levels (self, (const char * const *) ids);
  return TRUE;
}

static gboolean
load_answers (LoadState  *state,
              xmlNode    *answers,
              GError    **error)
{
  BsAssessment *self = state->self;

  _bs_xml_foreach_element (node, answers)
    {
      g_autofree char *id = _bs_xml_attr (node, "statement");
      g_autoptr(BsAnswer) answer = NULL;
      int value = 0;
      int target = 0;

      if (bs_framework_lookup_statement (self->framework, id) == NULL)
        return report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error, _("the statement “%s” does not exist in the framework this assessment uses."), id);
      if (bs_assessment_lookup_answer (self, id) != NULL)
        return report (state, node, BS_FORMAT_ERROR_DUPLICATE, error, _("statement “%s” is answered twice; keep one of the two answers."), id);
      if (!bs_assessment_includes_level (self, bs_statement_get_level_id (bs_framework_lookup_statement (self->framework, id))))
        return report (state, node, BS_FORMAT_ERROR_INVALID_VALUE, error, _("statement “%s” is answered, but it belongs to the level “%s”, which this assessment does not include (see <levels>)."),
                       id, bs_statement_get_level_id (bs_framework_lookup_statement (self->framework, id)));

      if (!parse_stage_value (state, node, "value", id, &value, error) ||
          !parse_stage_value (state, node, "target", id, &target, error))
        return FALSE;

      answer = bs_answer_new (id);
      bs_answer_set_value (answer, value);
      bs_answer_set_target (answer, (guint) target);

      _bs_xml_foreach_element (child, node)
        {
          g_autofree char *text = _bs_xml_text (child);

          g_autofree char *from = _bs_xml_attr (child, "from");

          if (_bs_xml_is (child, "note"))
            {
              bs_answer_set_note (answer, text);
              bs_answer_set_note_carried_over (answer, from != NULL);
            }
          else if (_bs_xml_is (child, "evidence"))
            {
              bs_answer_set_evidence (answer, text);
              bs_answer_set_evidence_carried_over (answer, from != NULL);
            }
        }

      _bs_assessment_take_answer (self, g_steal_pointer (&answer));
    }

  return TRUE;
}

static gboolean
load_dimensions (LoadState  *state,
                 xmlNode    *dimensions,
                 GError    **error)
{
  BsAssessment *self = state->self;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  _bs_xml_foreach_element (node, dimensions)
    {
      g_autofree char *level = _bs_xml_attr (node, "level");
      g_autofree char *id = _bs_xml_attr (node, "id");
      g_autofree char *key = _bs_dimension_key (level, id);
      BsDimensionNotes *notes;

      if (bs_framework_lookup_dimension (self->framework, level, id) == NULL)
        return report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error, _("the dimension “%s” does not exist in the framework."), key);
      if (!g_hash_table_add (seen, g_strdup (key)))
        return report (state, node, BS_FORMAT_ERROR_DUPLICATE, error, _("the notes for dimension “%s” are given twice."), key);
      if (!bs_assessment_includes_level (self, level))
        return report (state, node, BS_FORMAT_ERROR_INVALID_VALUE, error, _("there are notes for dimension “%s”, but the level “%s” is not included in this assessment (see <levels>)."), key, level);

      notes = bs_assessment_get_dimension_notes (self, level, id);
      {
        g_autofree char *target = _bs_xml_attr (node, "target");
        guint64 value = 0;

        if (target != NULL &&
            !g_ascii_string_to_unsigned (target, 10, 1, state->n_stages, &value, NULL))
          return report (state, node, BS_FORMAT_ERROR_OUT_OF_RANGE, error,
                         _("dimension “%s” has target %s, but the framework’s scale runs from 1 to %u."),
                         key, target, state->n_stages);
        bs_dimension_notes_set_target (notes, (guint) value);
      }
      _bs_xml_foreach_element (child, node)
        {
          g_autofree char *text = _bs_xml_text (child);

          if (_bs_xml_is (child, "summary"))
            bs_dimension_notes_set_summary (notes, text);
          else if (_bs_xml_is (child, "strengths"))
            bs_dimension_notes_set_strengths (notes, text);
          else if (_bs_xml_is (child, "improvements"))
            bs_dimension_notes_set_improvements (notes, text);
        }
    }

  return TRUE;
}

/* One <action>. @strict: check its ids against the assessment's framework;
 * an action of the baseline names the previous framework version's ids. */
static BsAction *
load_action (LoadState  *state,
             xmlNode    *node,
             gboolean    strict,
             GError    **error)
{
  BsAssessment *self = state->self;
  g_autofree char *level = _bs_xml_attr (node, "level");
  g_autofree char *dimension = _bs_xml_attr (node, "dimension");
  g_autofree char *status = _bs_xml_attr (node, "status");
  g_autofree char *due = _bs_xml_attr (node, "due");
  g_autoptr(BsAction) action = bs_action_new ();
  g_autoptr(GStrvBuilder) links = g_strv_builder_new ();
  g_autoptr(GHashTable) linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) link_ids = NULL;
  BsActionStatus st = BS_ACTION_PLANNED;

  if (strict && level != NULL && bs_framework_lookup_level (self->framework, level) == NULL)
    return report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error, _("an action refers to the level “%s”, which does not exist in the framework."), level), NULL;
  if (dimension != NULL && level == NULL)
    return report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error, _("an action refers to the dimension “%s” without saying at which level."), dimension), NULL;
  if (strict && dimension != NULL && bs_framework_lookup_dimension (self->framework, level, dimension) == NULL)
    return report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error, _("an action refers to the dimension “%s”, which does not exist at its level."), dimension), NULL;

  bs_action_status_from_string (status, &st);
  bs_action_set_level_id (action, level);
  bs_action_set_dimension_id (action, dimension);
  bs_action_set_status (action, st);
  bs_action_set_due (action, due);

  _bs_xml_foreach_element (child, node)
    {
      g_autofree char *text = _bs_xml_text (child);

      if (_bs_xml_is (child, "description"))
        bs_action_set_description (action, text);
      else if (_bs_xml_is (child, "owner"))
        bs_action_set_owner (action, text);
      else if (_bs_xml_is (child, "result"))
        bs_action_set_result (action, text);
      else if (_bs_xml_is (child, "link"))
        {
          g_autofree char *id = _bs_xml_attr (child, "statement");
          BsStatement *statement = bs_framework_lookup_statement (self->framework, id);

          if (strict && statement == NULL)
            return report (state, child, BS_FORMAT_ERROR_UNKNOWN_ID, error, _("an action is linked to the statement “%s”, which does not exist in the framework this assessment uses."), id), NULL;
          if (strict && dimension != NULL &&
              (g_strcmp0 (bs_statement_get_level_id (statement), level) != 0 ||
               g_strcmp0 (bs_statement_get_dimension_id (statement), dimension) != 0))
            return report (state, child, BS_FORMAT_ERROR_INVALID_VALUE, error, _("an action on the dimension “%s/%s” is linked to the statement “%s”, which belongs to another dimension."), level, dimension, id), NULL;
          if (!g_hash_table_add (linked, g_strdup (id)))
            return report (state, child, BS_FORMAT_ERROR_DUPLICATE, error, _("an action is linked to the statement “%s” twice."), id), NULL;
          g_strv_builder_add (links, id);
        }
      else if (_bs_xml_is (child, "history"))
        {
          _bs_xml_foreach_element (change, child)
            {
              g_autofree char *date = _bs_xml_attr (change, "date");
              g_autofree char *change_status = _bs_xml_attr (change, "status");
              g_autofree char *note = _bs_xml_text (change);
              BsActionStatus cst = BS_ACTION_PLANNED;

              bs_action_status_from_string (change_status, &cst);
              bs_action_add_change (action, date, cst, note);
            }
        }
      else if (_bs_xml_is (child, "carried-over"))
        {
          g_autofree char *title = _bs_xml_attr (child, "title");
          g_autofree char *date = _bs_xml_attr (child, "date");

          bs_action_set_carried_over (action, TRUE, title, date);
        }
    }

  link_ids = g_strv_builder_end (links);
  bs_action_set_statement_ids (action, (const char * const *) link_ids);

  return g_steal_pointer (&action);
}

static gboolean
load_actions (LoadState  *state,
              xmlNode    *actions,
              GError    **error)
{
  _bs_xml_foreach_element (node, actions)
    {
      g_autoptr(BsAction) action = load_action (state, node, TRUE, error);

      if (action == NULL)
        return FALSE;
      bs_assessment_add_action (state->self, action);
    }

  return TRUE;
}

/* A score or target of the previous cycle: absent is NAN. */
static gboolean
parse_baseline_decimal (LoadState   *state,
                        xmlNode     *node,
                        const char  *attr,
                        const char  *what,
                        double      *out,
                        GError     **error)
{
  g_autofree char *text = _bs_xml_attr (node, attr);
  char *end = NULL;
  double value;

  *out = NAN;
  if (text == NULL)
    return TRUE;

  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value) || value < 1 || value > state->n_stages)
    return report (state, node, BS_FORMAT_ERROR_OUT_OF_RANGE, error,
                   g_str_equal (attr, "score")
                   ? _("the previous cycle’s score of “%s” is %s, but the framework’s scale runs from 1 to %u.")
                   : _("the previous cycle’s target of “%s” is %s, but the framework’s scale runs from 1 to %u."),
                   what, text, state->n_stages);

  *out = value;
  return TRUE;
}

/* <baseline>: the previous cycle's copy. Its ids are the previous
 * framework version's, so they are checked for shape, not against the
 * framework; its values against the scale. */
static gboolean
load_baseline (LoadState  *state,
               xmlNode    *node,
               GError    **error)
{
  BsAssessment *self = state->self;
  g_autoptr(BsBaseline) baseline = _bs_baseline_new ();
  g_autofree char *path = _bs_xml_attr (node, "path");
  g_autofree char *absolute = _bs_xml_attr (node, "absolute-path");

  if (path != NULL && (path[0] == '\0' || g_path_is_absolute (path)))
    return report (state, node, BS_FORMAT_ERROR_INVALID_VALUE, error,
                   _("the path of the previous assessment (<baseline path=…>) must be relative to this file, and not empty."));
  if (absolute != NULL && !g_path_is_absolute (absolute))
    return report (state, node, BS_FORMAT_ERROR_INVALID_VALUE, error,
                   _("the absolute path of the previous assessment (<baseline absolute-path=…>) is not an absolute path."));
  baseline->path = g_steal_pointer (&path);
  baseline->absolute_path = g_steal_pointer (&absolute);

  _bs_xml_foreach_element (child, node)
    {
      if (_bs_xml_is (child, "framework"))
        {
          baseline->framework_id = _bs_xml_attr (child, "id");
          baseline->framework_version = _bs_xml_attr (child, "version");
          if (!g_str_equal (baseline->framework_id, bs_framework_get_id (self->framework)))
            return report (state, child, BS_FORMAT_ERROR_INVALID_VALUE, error,
                           _("the previous assessment (<baseline>) was made with the framework “%s”, not with “%s” as this one."),
                           baseline->framework_id, bs_framework_get_id (self->framework));
        }
      else if (_bs_xml_is (child, "title"))
        baseline->title = _bs_xml_text (child);
      else if (_bs_xml_is (child, "date"))
        baseline->date = _bs_xml_text (child);
      else if (_bs_xml_is (child, "level"))
        {
          g_autofree char *level = _bs_xml_attr (child, "id");
          double score, target;

          if (!parse_baseline_decimal (state, child, "score", level, &score, error) ||
              !parse_baseline_decimal (state, child, "target", level, &target, error))
            return FALSE;
          if (!_bs_baseline_add_score (baseline, level, NULL, score, target))
            return report (state, child, BS_FORMAT_ERROR_DUPLICATE, error,
                           _("the previous cycle’s scores of the level “%s” are given twice."), level);

          _bs_xml_foreach_element (dnode, child)
            {
              g_autofree char *dimension = _bs_xml_attr (dnode, "id");
              g_autofree char *key = _bs_dimension_key (level, dimension);

              if (!parse_baseline_decimal (state, dnode, "score", key, &score, error) ||
                  !parse_baseline_decimal (state, dnode, "target", key, &target, error))
                return FALSE;
              if (!_bs_baseline_add_score (baseline, level, dimension, score, target))
                return report (state, dnode, BS_FORMAT_ERROR_DUPLICATE, error,
                               _("the previous cycle’s scores of the dimension “%s” are given twice."), key);
            }
        }
      else if (_bs_xml_is (child, "answer"))
        {
          g_autofree char *id = _bs_xml_attr (child, "statement");
          g_autoptr(BsAnswer) answer = bs_answer_new (id);
          int value = 0;

          if (!parse_stage_value (state, child, "value", id, &value, error))
            return FALSE;
          bs_answer_set_value (answer, value);
          _bs_xml_foreach_element (text_node, child)
            {
              g_autofree char *text = _bs_xml_text (text_node);

              if (_bs_xml_is (text_node, "note"))
                bs_answer_set_note (answer, text);
              else if (_bs_xml_is (text_node, "evidence"))
                bs_answer_set_evidence (answer, text);
            }
          if (!_bs_baseline_take_answer (baseline, g_steal_pointer (&answer)))
            return report (state, child, BS_FORMAT_ERROR_DUPLICATE, error,
                           _("the previous cycle’s answer to statement “%s” is given twice."), id);
        }
      else if (_bs_xml_is (child, "action"))
        {
          g_autoptr(BsAction) action = load_action (state, child, FALSE, error);

          if (action == NULL)
            return FALSE;
          g_list_store_append (baseline->actions, action);
        }
    }

  self->baseline = g_steal_pointer (&baseline);
  return TRUE;
}

static gboolean
load_reflections (LoadState  *state,
                  xmlNode    *reflections,
                  GError    **error)
{
  BsAssessment *self = state->self;

  _bs_xml_foreach_element (node, reflections)
    {
      g_autofree char *id = _bs_xml_attr (node, "question");
      g_autofree char *text = _bs_xml_text (node);

      if (bs_framework_lookup_question (self->framework, id) == NULL)
        return report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error, _("the reflection question “%s” does not exist in the framework."), id);
      if (bs_assessment_get_reflection (self, id) != NULL)
        return report (state, node, BS_FORMAT_ERROR_DUPLICATE, error, _("the reflection question “%s” is answered twice."), id);
      if (!bs_assessment_includes_question (self, id))
        {
          BsQuestion *q = bs_framework_lookup_question (self->framework, id);
          BsReflection *r = bs_framework_lookup_reflection (self->framework, bs_question_get_reflection_id (q));

          return report (state, node, BS_FORMAT_ERROR_INVALID_VALUE, error, _("the reflection question “%s” is answered, but it is asked at the level “%s”, which this assessment does not include (see <levels>)."),
                         id, bs_reflection_get_level_id (r));
        }

      bs_assessment_set_reflection (self, id, text);
    }

  return TRUE;
}

/* <respondent>: whose questionnaire this file is. */
static gboolean
load_respondent_identity (LoadState  *state,
                          xmlNode    *node,
                          GError    **error)
{
  BsAssessment *self = state->self;
  g_autofree char *id = _bs_xml_attr (node, "id");
  g_autofree char *name = _bs_xml_attr (node, "name");
  g_autofree char *role = _bs_xml_attr (node, "role");

  if (role != NULL && bs_framework_lookup_role (self->framework, role) == NULL)
    return report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error,
                   _("the respondent’s role “%s” is not one of the framework’s roles."), role);

  bs_assessment_set_respondent (self, id, name, role);
  return TRUE;
}

static void
keep_reserved (BsAssessment *self,
               xmlNode      *node)
{
  if (self->reserved == NULL)
    {
      self->reserved = xmlNewDoc ((const xmlChar *) "1.0");
      xmlDocSetRootElement (self->reserved,
                            xmlNewDocNode (self->reserved, NULL, (const xmlChar *) "reserved", NULL));
    }

  xmlAddChild (xmlDocGetRootElement (self->reserved),
               xmlDocCopyNode (node, self->reserved, 1));
}

/* A macro, so that each message stays a literal the compiler checks. */
#define CHECK_DATE(node, date, message)                                         \
  G_STMT_START {                                                                \
    if ((date) != NULL && !bs_date_is_valid_iso (date))                         \
      {                                                                         \
        g_autofree char *quoted_ = bs_text_quote ((date), 40);                  \
                                                                                \
        g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_INVALID_VALUE,     \
                     message, display_name, _bs_xml_line (node), quoted_);      \
        return FALSE;                                                           \
      }                                                                         \
  } G_STMT_END

static gboolean
check_action_dates (xmlNode     *action,
                    const char  *display_name,
                    GError     **error)
{
  g_autofree char *due = _bs_xml_attr (action, "due");

  CHECK_DATE (action, due,
                  _("“%s”, line %d: the due date of an action, %s, is not a date written as YYYY-MM-DD (year 0001 to 9999)."));

  _bs_xml_foreach_element (child, action)
    {
      if (_bs_xml_is (child, "history"))
        {
          _bs_xml_foreach_element (change, child)
            {
              g_autofree char *date = _bs_xml_attr (change, "date");

              CHECK_DATE (change, date,
                  _("“%s”, line %d: the date of a change in an action’s history, %s, is not a date written as YYYY-MM-DD (year 0001 to 9999)."));
            }
        }
      else if (_bs_xml_is (child, "carried-over"))
        {
          g_autofree char *date = _bs_xml_attr (child, "date");

          CHECK_DATE (child, date,
                  _("“%s”, line %d: the date of the cycle an action was carried over from, %s, is not a date written as YYYY-MM-DD (year 0001 to 9999)."));
        }
    }

  return TRUE;
}

/* Checked before the schema, so that the message can name the value and
 * say what is wrong with it instead of the schema's "not allowed here". */
static gboolean
check_values (xmlNode     *root,
              const char  *display_name,
              GError     **error)
{
  _bs_xml_foreach_element (node, root)
    {
      if (_bs_xml_is (node, "date"))
        {
          g_autofree char *date = _bs_xml_text (node);

          CHECK_DATE (node, date,
                  _("“%s”, line %d: the date of the assessment, %s, is not a date written as YYYY-MM-DD (year 0001 to 9999)."));
        }
      else if (_bs_xml_is (node, "actions"))
        {
          _bs_xml_foreach_element (action, node)
            if (!check_action_dates (action, display_name, error))
              return FALSE;
        }
      else if (_bs_xml_is (node, "baseline"))
        {
          _bs_xml_foreach_element (child, node)
            {
              if (_bs_xml_is (child, "date"))
                {
                  g_autofree char *date = _bs_xml_text (child);

                  CHECK_DATE (child, date,
                  _("“%s”, line %d: the date of the previous assessment (<baseline>), %s, is not a date written as YYYY-MM-DD (year 0001 to 9999)."));
                }
              else if (_bs_xml_is (child, "action") &&
                       !check_action_dates (child, display_name, error))
                return FALSE;
            }
        }
    }

  return TRUE;
}

/* The same limit on every text as the model's save applies, so that what
 * loads can be saved, and what is saved loads. */
static gboolean
check_text_lengths (xmlNode     *node,
                    const char  *display_name,
                    GError     **error)
{
  gsize len = 0;

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    for (xmlNode *text = attr->children; text != NULL; text = text->next)
      if (text->content != NULL && strlen ((const char *) text->content) > BS_TEXT_MAX_LENGTH)
        len = strlen ((const char *) text->content);

  for (xmlNode *child = node->children; child != NULL && len <= BS_TEXT_MAX_LENGTH; child = child->next)
    if (child->type == XML_TEXT_NODE && child->content != NULL)
      len += strlen ((const char *) child->content);

  if (len > BS_TEXT_MAX_LENGTH)
    {
      g_autofree char *size = g_format_size (len);
      g_autofree char *max = g_format_size (BS_TEXT_MAX_LENGTH);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                   _("“%s”, line %d: the text of <%s> is too long (%s); a text can be at most %s."),
                   display_name, _bs_xml_line (node), (const char *) node->name, size, max);
      return FALSE;
    }

  _bs_xml_foreach_element (child, node)
    if (!check_text_lengths (child, display_name, error))
      return FALSE;

  return TRUE;
}

BsAssessment *
_bs_assessment_load_doc (xmlDoc       *doc,
               const char   *display_name,
               BsFramework  *framework,
               GError      **error)
{
  g_autoptr(BsAssessment) self = NULL;
  g_autoptr(BsFramework) found = NULL;
  g_autofree char *framework_id = NULL;
  g_autofree char *framework_version = NULL;
  LoadState state = { NULL, display_name, 0 };
  xmlNode *root;
  xmlNode *fnode;

  if (!_bs_xml_check_root (doc, BS_ASSESSMENT_NS, "assessment", BS_ASSESSMENT_FORMAT,
                           display_name, error) ||
      !check_text_lengths (xmlDocGetRootElement (doc), display_name, error) ||
      !check_values (xmlDocGetRootElement (doc), display_name, error) ||
      !_bs_xml_validate (doc, SCHEMA_RESOURCE, display_name, error))
    return NULL;

  root = xmlDocGetRootElement (doc);
  fnode = _bs_xml_first_element (root);
  framework_id = _bs_xml_attr (fnode, "id");
  framework_version = _bs_xml_attr (fnode, "version");

  /* The version the file names, not merely the newest: an assessment made
   * with 1.0 scores and prints as it did when it was made. */
  if (framework == NULL)
    {
      found = bs_framework_find_version (framework_id, framework_version, error);
      if (found == NULL)
        {
          g_prefix_error (error, "“%s”: ", display_name);
          return NULL;
        }
      framework = found;
    }
  else if (!g_str_equal (framework_id, bs_framework_get_id (framework)))
    {
      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_FRAMEWORK_NOT_FOUND,
                   _("“%s” was made with the framework “%s”, not with “%s”."),
                   display_name, framework_id, bs_framework_get_id (framework));
      return NULL;
    }

  self = g_object_new (BS_TYPE_ASSESSMENT, "framework", framework, NULL);
  self->file_framework_version = g_steal_pointer (&framework_version);
  state.self = self;
  state.n_stages = bs_framework_get_n_stages (framework);

  _bs_xml_foreach_element (node, root)
    {
      g_autofree char *text = NULL;
      gboolean ok = TRUE;

      if (_bs_xml_is (node, "levels"))
        ok = load_levels (&state, node, error);
      else if (_bs_xml_is (node, "answers"))
        ok = load_answers (&state, node, error);
      else if (_bs_xml_is (node, "dimensions"))
        ok = load_dimensions (&state, node, error);
      else if (_bs_xml_is (node, "actions"))
        ok = load_actions (&state, node, error);
      else if (_bs_xml_is (node, "reflections"))
        ok = load_reflections (&state, node, error);
      else if (_bs_xml_is (node, "participants"))
        {
          _bs_xml_foreach_element (pnode, node)
            {
              g_autofree char *name = _bs_xml_text (pnode);
              g_autofree char *role = _bs_xml_attr (pnode, "role");

              bs_assessment_add_participant (self, name, role);
            }
        }
      else if (_bs_xml_is (node, "baseline"))
        ok = load_baseline (&state, node, error);
      else if (_bs_xml_is (node, "blend-profile"))
        keep_reserved (self, node);
      else if (_bs_xml_is (node, "team"))
        {
          self->keep_empty_team = _bs_xml_first_element (node) == NULL;
          ok = _bs_team_load (self, node, display_name, error);
        }
      else if (_bs_xml_is (node, "respondent"))
        ok = load_respondent_identity (&state, node, error);
      else if (_bs_xml_is (node, "framework"))
        continue;
      else
        {
          text = _bs_xml_text (node);
          if (_bs_xml_is (node, "title"))
            bs_assessment_set_title (self, text);
          else if (_bs_xml_is (node, "institution"))
            bs_assessment_set_institution (self, text);
          else if (_bs_xml_is (node, "unit"))
            {
              g_autofree char *level = _bs_xml_attr (node, "level");

              if (level != NULL && bs_framework_lookup_level (framework, level) == NULL)
                ok = report (&state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error, _("the unit is said to be at level “%s”, which does not exist in the framework."), level);
              bs_assessment_set_unit (self, text);
              bs_assessment_set_unit_level (self, level);
            }
          else if (_bs_xml_is (node, "date"))
            bs_assessment_set_date (self, text);
          else if (_bs_xml_is (node, "facilitator"))
            bs_assessment_set_facilitator (self, text);
        }

      if (!ok)
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * bs_assessment_load:
 * @path: a .blendscan file
 * @framework: (nullable): the framework to check it against, or %NULL to
 *   use the one the file names
 *
 * Reads an assessment file and checks it against the schema and against
 * its framework. Nothing is half-read: on any problem @error gets one
 * message that names the file, the line where known, and what is wrong.
 *
 * Returns: (transfer full) (nullable): the assessment
 */
BsAssessment *
bs_assessment_load (const char   *path,
                    BsFramework  *framework,
                    GError      **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *display_name = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (framework == NULL || BS_IS_FRAMEWORK (framework), NULL);

  doc = _bs_xml_read_file (path, error);
  if (doc == NULL)
    return NULL;

  display_name = _bs_xml_display_name (path);
  return _bs_assessment_load_doc (doc, display_name, framework, error);
}

BsAssessment *
bs_assessment_load_from_bytes (GBytes       *bytes,
                               const char   *display_name,
                               BsFramework  *framework,
                               GError      **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  doc = _bs_xml_read_memory (data, len, display_name, error);
  if (doc == NULL)
    return NULL;

  return _bs_assessment_load_doc (doc, display_name, framework, error);
}

static gboolean
is_blank (const char *s)
{
  return s == NULL || s[0] == '\0';
}

static void
add_text (xmlNode    *parent,
          const char *name,
          const char *text)
{
  if (!is_blank (text))
    xmlNewTextChild (parent, NULL, (const xmlChar *) name, (const xmlChar *) text);
}

static void
set_attr (xmlNode    *node,
          const char *name,
          const char *value)
{
  if (!is_blank (value))
    xmlNewProp (node, (const xmlChar *) name, (const xmlChar *) value);
}

static const char *
value_to_string (int   value,
                 char *buf)
{
  if (value == BS_VALUE_NOT_APPLICABLE)
    return "na";
  if (value == BS_VALUE_UNKNOWN)
    return "unknown";
  if (value <= 0)
    return NULL;

  g_snprintf (buf, 16, "%d", value);
  return buf;
}

/* The copy of a reserved element declares our namespace again; point its
 * elements at the root's declaration instead, so the output stays tidy. */
static void
adopt_namespace (xmlNode *node,
                 xmlNs   *ns)
{
  for (; node != NULL; node = node->next)
    {
      if (node->type != XML_ELEMENT_NODE)
        continue;
      if (node->ns != NULL && g_strcmp0 ((const char *) node->ns->href, BS_ASSESSMENT_NS) == 0)
        node->ns = ns;
      adopt_namespace (node->children, ns);
    }
}

static void
add_reserved (BsAssessment *self,
              xmlDoc       *doc,
              xmlNode      *root,
              const char   *name)
{
  xmlNode *holder;

  if (self->reserved == NULL)
    return;

  holder = xmlDocGetRootElement (self->reserved);
  _bs_xml_foreach_element (node, holder)
    if (_bs_xml_is (node, name))
      {
        xmlNode *copy = xmlDocCopyNode (node, doc, 1);

        xmlAddChild (root, copy);
        adopt_namespace (copy, root->ns);
        if (copy->nsDef != NULL && copy->nsDef->next == NULL && copy->nsDef->prefix == NULL)
          {
            xmlFreeNsList (copy->nsDef);
            copy->nsDef = NULL;
          }
      }
}

static void
add_marked_text (xmlNode    *parent,
                 const char *name,
                 const char *text,
                 gboolean    carried_over)
{
  xmlNode *node;

  if (is_blank (text))
    return;
  node = xmlNewTextChild (parent, NULL, (const xmlChar *) name, (const xmlChar *) text);
  if (carried_over)
    set_attr (node, "from", "last-cycle");
}

/* Three decimals at most, without trailing zeros: "2.5", "2.333", "3". */
static const char *
decimal_to_string (double  value,
                   char   *buf,
                   gsize   size)
{
  char *end;

  if (isnan (value))
    return NULL;

  g_ascii_formatd (buf, size, "%.3f", value);
  end = buf + strlen (buf);
  while (end > buf && end[-1] == '0')
    *--end = '\0';
  if (end > buf && end[-1] == '.')
    *--end = '\0';
  return buf;
}

static void
write_action (xmlNode  *parent,
              xmlNs    *ns,
              BsAction *a)
{
  const char *description = bs_action_get_description (a);
  const char * const *links = bs_action_get_statement_ids (a);
  xmlNode *anode = xmlNewChild (parent, ns, (const xmlChar *) "action", NULL);

  set_attr (anode, "level", bs_action_get_level_id (a));
  set_attr (anode, "dimension", bs_action_get_dimension_id (a));
  set_attr (anode, "status", bs_action_status_to_string (bs_action_get_status (a)));
  set_attr (anode, "due", bs_action_get_due (a));
  xmlNewTextChild (anode, ns, (const xmlChar *) "description",
                   (const xmlChar *) (description ? description : ""));
  add_text (anode, "owner", bs_action_get_owner (a));
  add_text (anode, "result", bs_action_get_result (a));
  for (guint i = 0; links[i] != NULL; i++)
    set_attr (xmlNewChild (anode, ns, (const xmlChar *) "link", NULL), "statement", links[i]);
  if (bs_action_get_n_changes (a) > 0)
    {
      xmlNode *history = xmlNewChild (anode, ns, (const xmlChar *) "history", NULL);

      for (guint i = 0; i < bs_action_get_n_changes (a); i++)
        {
          const BsActionChange *change = bs_action_get_change (a, i);
          xmlNode *cnode = change->note != NULL
                           ? xmlNewTextChild (history, ns, (const xmlChar *) "change", (const xmlChar *) change->note)
                           : xmlNewChild (history, ns, (const xmlChar *) "change", NULL);

          set_attr (cnode, "date", change->date);
          set_attr (cnode, "status", bs_action_status_to_string (change->status));
        }
    }
  if (bs_action_get_carried_over (a))
    {
      xmlNode *cnode = xmlNewChild (anode, ns, (const xmlChar *) "carried-over", NULL);

      set_attr (cnode, "date", bs_action_get_carried_from_date (a));
      set_attr (cnode, "title", bs_action_get_carried_from_title (a));
    }
}

static void
set_decimal_attr (xmlNode    *node,
                  const char *name,
                  double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  set_attr (node, name, decimal_to_string (value, buf, sizeof buf));
}

static void
write_baseline (BsBaseline *baseline,
                xmlNode    *root,
                xmlNs      *ns)
{
  xmlNode *node = xmlNewChild (root, ns, (const xmlChar *) "baseline", NULL);
  xmlNode *child;
  xmlNode *level = NULL;
  GListModel *actions = bs_baseline_get_actions (baseline);

  set_attr (node, "path", baseline->path);
  set_attr (node, "absolute-path", baseline->absolute_path);
  child = xmlNewChild (node, ns, (const xmlChar *) "framework", NULL);
  set_attr (child, "id", baseline->framework_id);
  set_attr (child, "version", baseline->framework_version);
  xmlNewTextChild (node, ns, (const xmlChar *) "title", (const xmlChar *) (baseline->title ? baseline->title : ""));
  add_text (node, "date", baseline->date);

  for (guint i = 0; i < baseline->scores->len; i++)
    {
      BsBaselineScore *score = g_ptr_array_index (baseline->scores, i);

      if (score->dimension_id == NULL)
        {
          level = xmlNewChild (node, ns, (const xmlChar *) "level", NULL);
          set_attr (level, "id", score->level_id);
          child = level;
        }
      else
        {
          /* A dimension follows its level: the loader and the baseline
           * built from an assessment both keep that order. */
          g_assert (level != NULL);
          child = xmlNewChild (level, ns, (const xmlChar *) "dimension", NULL);
          set_attr (child, "id", score->dimension_id);
        }
      set_decimal_attr (child, "score", score->score);
      set_decimal_attr (child, "target", score->target);
    }

  for (guint i = 0; i < baseline->answers->len; i++)
    {
      BsAnswer *answer = g_ptr_array_index (baseline->answers, i);
      char buf[16];

      child = xmlNewChild (node, ns, (const xmlChar *) "answer", NULL);
      set_attr (child, "statement", bs_answer_get_statement_id (answer));
      set_attr (child, "value", value_to_string (bs_answer_get_value (answer), buf));
      add_text (child, "note", bs_answer_get_note (answer));
      add_text (child, "evidence", bs_answer_get_evidence (answer));
    }

  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(BsAction) a = g_list_model_get_item (actions, i);

      write_action (node, ns, a);
    }
}

static void
write_statements (BsAssessment *self,
                  xmlNode      *answers,
                  xmlNode      *dimensions)
{
  GListModel *levels = bs_framework_get_levels (self->framework);

  /* Framework order, not the order answers were given in, so that the same
   * answers always give the same file. */
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GListModel *dims = bs_level_get_dimensions (level);

      /* Answers to a level left out stay in memory while the assessment is
       * open, so that including the level again brings them back, but are
       * not saved: the loader refuses them (they would count nowhere). */
      if (!bs_assessment_includes_level (self, bs_level_get_id (level)))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (dims); j++)
        {
          g_autoptr(BsDimension) dim = g_list_model_get_item (dims, j);
          GListModel *statements = bs_dimension_get_statements (dim);
          g_autofree char *key = _bs_dimension_key (bs_level_get_id (level), bs_dimension_get_id (dim));
          BsDimensionNotes *notes = g_hash_table_lookup (self->dimension_notes, key);

          for (guint k = 0; k < g_list_model_get_n_items (statements); k++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, k);
              BsAnswer *answer = g_hash_table_lookup (self->answers, bs_statement_get_id (statement));
              xmlNode *node;
              char buf[16];

              if (answer == NULL || bs_answer_is_empty (answer))
                continue;

              node = xmlNewChild (answers, NULL, (const xmlChar *) "answer", NULL);
              set_attr (node, "statement", bs_statement_get_id (statement));
              set_attr (node, "value", value_to_string (bs_answer_get_value (answer), buf));
              set_attr (node, "target", value_to_string ((int) bs_answer_get_target (answer), buf));
              add_marked_text (node, "note", bs_answer_get_note (answer),
                               bs_answer_get_note_carried_over (answer));
              add_marked_text (node, "evidence", bs_answer_get_evidence (answer),
                               bs_answer_get_evidence_carried_over (answer));
            }

          if (notes != NULL &&
              !(bs_dimension_notes_get_target (notes) == 0 &&
                is_blank (bs_dimension_notes_get_summary (notes)) &&
                is_blank (bs_dimension_notes_get_strengths (notes)) &&
                is_blank (bs_dimension_notes_get_improvements (notes))))
            {
              xmlNode *node = xmlNewChild (dimensions, NULL, (const xmlChar *) "dimension", NULL);

              set_attr (node, "level", bs_level_get_id (level));
              set_attr (node, "id", bs_dimension_get_id (dim));
              if (bs_dimension_notes_get_target (notes) > 0)
                {
                  char buf[16];

                  set_attr (node, "target", value_to_string ((int) bs_dimension_notes_get_target (notes), buf));
                }
              add_text (node, "summary", bs_dimension_notes_get_summary (notes));
              add_text (node, "strengths", bs_dimension_notes_get_strengths (notes));
              add_text (node, "improvements", bs_dimension_notes_get_improvements (notes));
            }
        }
    }
}

static void
add_if_filled (xmlNode *parent,
               xmlNode *child)
{
  if (child->children != NULL)
    xmlAddChild (parent, child);
  else
    xmlFreeNode (child);
}

/**
 * bs_assessment_to_bytes:
 *
 * Serializes the assessment. The same content always gives the same bytes.
 *
 * Returns: (transfer full): the file's contents
 */
GBytes *
bs_assessment_to_bytes (BsAssessment *self)
{
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root;
  xmlNode *node;
  xmlNs *ns;
  xmlChar *buf = NULL;
  int len = 0;
  char format[16];
  GListModel *list;
  GListModel *reflections;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), NULL);

  doc = xmlNewDoc ((const xmlChar *) "1.0");
  root = xmlNewDocNode (doc, NULL, (const xmlChar *) "assessment", NULL);
  ns = xmlNewNs (root, (const xmlChar *) BS_ASSESSMENT_NS, NULL);
  xmlSetNs (root, ns);
  xmlDocSetRootElement (doc, root);
  /* Format 2 only for what format 1 cannot hold, so that every other file
   * is written exactly as before and opens in older versions. */
  g_snprintf (format, sizeof format, "%d",
              _bs_assessment_uses_format_3 (self) ? 3 : _bs_assessment_uses_format_2 (self) ? 2 : 1);
  set_attr (root, "format", format);

  node = xmlNewChild (root, ns, (const xmlChar *) "framework", NULL);
  set_attr (node, "id", bs_framework_get_id (self->framework));
  set_attr (node, "version", bs_framework_get_version (self->framework));

  xmlNewTextChild (root, ns, (const xmlChar *) "title", (const xmlChar *) (self->title ? self->title : ""));
  add_text (root, "institution", self->institution);
  if (!is_blank (self->unit) || !is_blank (self->unit_level))
    {
      node = xmlNewTextChild (root, ns, (const xmlChar *) "unit", (const xmlChar *) (self->unit ? self->unit : ""));
      set_attr (node, "level", self->unit_level);
    }

  node = xmlNewChild (root, ns, (const xmlChar *) "levels", NULL);
  for (guint i = 0; self->levels[i] != NULL; i++)
    set_attr (xmlNewChild (node, ns, (const xmlChar *) "level", NULL), "id", self->levels[i]);

  add_text (root, "date", self->date);
  add_text (root, "facilitator", self->facilitator);

  if (self->respondent_id != NULL)
    {
      node = xmlNewChild (root, ns, (const xmlChar *) "respondent", NULL);
      set_attr (node, "id", self->respondent_id);
      set_attr (node, "name", self->respondent_name);
      set_attr (node, "role", self->respondent_role);
    }

  list = G_LIST_MODEL (self->participants);
  node = xmlNewNode (ns, (const xmlChar *) "participants");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BsParticipant) p = g_list_model_get_item (list, i);
      const char *name = bs_participant_get_name (p);
      xmlNode *pnode = xmlNewTextChild (node, ns, (const xmlChar *) "participant",
                                        (const xmlChar *) (name ? name : ""));

      set_attr (pnode, "role", bs_participant_get_role (p));
    }
  add_if_filled (root, node);

  {
    xmlNode *answers = xmlNewNode (ns, (const xmlChar *) "answers");
    xmlNode *dimensions = xmlNewNode (ns, (const xmlChar *) "dimensions");

    write_statements (self, answers, dimensions);
    add_if_filled (root, answers);
    add_if_filled (root, dimensions);
  }

  list = G_LIST_MODEL (self->actions);
  node = xmlNewNode (ns, (const xmlChar *) "actions");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BsAction) a = g_list_model_get_item (list, i);

      write_action (node, ns, a);
    }
  add_if_filled (root, node);

  reflections = bs_framework_get_reflections (self->framework);
  node = xmlNewNode (ns, (const xmlChar *) "reflections");
  for (guint i = 0; i < g_list_model_get_n_items (reflections); i++)
    {
      g_autoptr(BsReflection) r = g_list_model_get_item (reflections, i);
      GListModel *questions = bs_reflection_get_questions (r);

      if (!bs_assessment_includes_reflection (self, r))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (questions); j++)
        {
          g_autoptr(BsQuestion) q = g_list_model_get_item (questions, j);
          const char *text = g_hash_table_lookup (self->reflections, bs_question_get_id (q));

          if (text != NULL)
            set_attr (xmlNewTextChild (node, ns, (const xmlChar *) "reflection", (const xmlChar *) text),
                      "question", bs_question_get_id (q));
        }
    }
  add_if_filled (root, node);

  if (self->baseline != NULL)
    write_baseline (self->baseline, root, ns);
  add_reserved (self, doc, root, "blend-profile");
  if (!bs_team_is_empty (self->team) || self->keep_empty_team)
    _bs_team_write (self, xmlNewChild (root, ns, (const xmlChar *) "team", NULL));

  xmlDocDumpFormatMemoryEnc (doc, &buf, &len, "UTF-8", 1);

  return g_bytes_new_with_free_func (buf, len, (GDestroyNotify) xmlFree, buf);
}

static gboolean
check_text (const char  *text,
            const char  *what,
            GError     **error)
{
  return bs_text_check_length (text, what, error);
}

/**
 * bs_assessment_check:
 * @error: the first problem, as a message that says what to shorten
 *
 * Checks that every text of the assessment is within the limits the loader
 * keeps (%BS_TEXT_MAX_LENGTH each), so that a saved file always opens
 * again. Saving checks this (and the size of the whole file) before it
 * writes anything.
 *
 * Returns: %TRUE when the assessment can be saved
 */
gboolean
bs_assessment_check (BsAssessment  *self,
                     GError       **error)
{
  GListModel *list;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), FALSE);

  if (!check_text (self->title, _("the title"), error) ||
      !check_text (self->institution, _("the institution"), error) ||
      !check_text (self->unit, _("the unit"), error) ||
      !check_text (self->facilitator, _("the facilitator"), error) ||
      !check_text (self->respondent_name, _("the respondent’s name"), error) ||
      !_bs_team_check_texts (self->team, error))
    return FALSE;

  list = G_LIST_MODEL (self->participants);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BsParticipant) p = g_list_model_get_item (list, i);
      g_autofree char *what = g_strdup_printf (_("participant %u"), i + 1);

      if (!check_text (bs_participant_get_name (p), what, error) ||
          !check_text (bs_participant_get_role (p), what, error))
        return FALSE;
    }

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *note = g_strdup_printf (_("the note on statement “%s”"), (const char *) key);
      g_autofree char *evidence = g_strdup_printf (_("the evidence for statement “%s”"), (const char *) key);

      if (!check_text (bs_answer_get_note (value), note, error) ||
          !check_text (bs_answer_get_evidence (value), evidence, error))
        return FALSE;
    }

  g_hash_table_iter_init (&iter, self->dimension_notes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *what = g_strdup_printf (_("a text of dimension “%s”"), (const char *) key);

      if (!check_text (bs_dimension_notes_get_summary (value), what, error) ||
          !check_text (bs_dimension_notes_get_strengths (value), what, error) ||
          !check_text (bs_dimension_notes_get_improvements (value), what, error))
        return FALSE;
    }

  list = G_LIST_MODEL (self->actions);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BsAction) a = g_list_model_get_item (list, i);
      g_autofree char *what = g_strdup_printf (_("action %u of the action plan"), i + 1);

      if (!check_text (bs_action_get_description (a), what, error) ||
          !check_text (bs_action_get_owner (a), what, error) ||
          !check_text (bs_action_get_result (a), what, error) ||
          !check_text (bs_action_get_carried_from_title (a), what, error))
        return FALSE;
      for (guint j = 0; j < bs_action_get_n_changes (a); j++)
        if (!check_text (bs_action_get_change (a, j)->note, what, error))
          return FALSE;
    }

  g_hash_table_iter_init (&iter, self->reflections);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *what = g_strdup_printf (_("the answer to reflection question “%s”"), (const char *) key);

      if (!check_text (value, what, error))
        return FALSE;
    }

  return TRUE;
}

/* What is written must open again: the texts and the whole file within the
 * loader's limits, and, as the last guard, the bytes read back. */
static gboolean
check_before_save (BsAssessment  *self,
                   GBytes        *bytes,
                   const char    *path,
                   GError       **error)
{
  g_autofree char *display_name = _bs_xml_display_name (path);
  g_autoptr(GError) local_error = NULL;
  g_autoptr(BsAssessment) reloaded = NULL;

  if (!bs_assessment_check (self, &local_error))
    {
      g_set_error (error, BS_FORMAT_ERROR, local_error->code,
                   _("Could not save “%s”: %s Shorten it, then save again. The file on disk was not changed."),
                   display_name, local_error->message);
      return FALSE;
    }

  if (g_bytes_get_size (bytes) > BS_XML_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (g_bytes_get_size (bytes));
      g_autofree char *max = g_format_size (BS_XML_MAX_FILE_SIZE);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_TOO_LARGE,
                   _("Could not save “%s”: it would be %s, and a Blendscan file can be at most %s. Shorten the longest notes, then save again. The file on disk was not changed."),
                   display_name, size, max);
      return FALSE;
    }

  reloaded = bs_assessment_load_from_bytes (bytes, display_name, self->framework, &local_error);
  if (reloaded == NULL)
    {
      g_set_error (error, BS_FORMAT_ERROR, local_error->code,
                   _("Could not save “%s”, because the saved file would not open again: %s The file on disk was not changed."),
                   display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * bs_assessment_save:
 * @path: where to save
 *
 * Saves atomically with bs_safe_write(): the new content is written beside
 * the file and then takes its place (a link is followed, the mode kept),
 * and the previous version is kept as "@path~". When the
 * file already holds exactly these bytes nothing is written, so the backup
 * keeps the last real change.
 *
 * Returns: %TRUE on success; on failure the file on disk is unchanged
 */
gboolean
bs_assessment_save (BsAssessment  *self,
                    const char    *path,
                    GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *old = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize old_len = 0;
  gsize len;
  const char *data;

  g_return_val_if_fail (BS_IS_ASSESSMENT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* The baseline's relative path is relative to where the file goes. */
  if (self->baseline != NULL && self->baseline->absolute_path != NULL)
    {
      g_autofree char *target = g_canonicalize_filename (path, NULL);

      g_free (self->baseline->path);
      self->baseline->path = _bs_baseline_relative_path (target, self->baseline->absolute_path);
    }

  bytes = bs_assessment_to_bytes (self);
  if (!check_before_save (self, bytes, path, error))
    return FALSE;
  data = g_bytes_get_data (bytes, &len);

  if (g_file_get_contents (path, &old, &old_len, NULL) &&
      old_len == len && memcmp (old, data, len) == 0)
    return TRUE;

  if (!bs_safe_write (path, data, len, BS_WRITE_BACKUP, &local_error))
    {
      g_autofree char *display_name = _bs_xml_display_name (path);

      g_set_error (error, BS_FORMAT_ERROR, BS_FORMAT_ERROR_IO,
                   _("Could not save “%s”: %s. The file on disk was not changed."),
                   display_name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
