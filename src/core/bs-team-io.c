/* bs-team-io.c: the <team> of an assessment file: respondents, their answers, agreed answers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "blendscan-core"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bs-error.h"
#include "bs-team-private.h"
#include "bs-text.h"
#include "bs-xml-private.h"

typedef struct
{
  BsAssessment *assessment;
  BsFramework  *framework;
  const char   *display_name;
  guint         n_stages;
} TeamLoad;

static gboolean report (TeamLoad    *state,
                        xmlNode     *node,
                        int          code,
                        GError     **error,
                        const char  *format,
                        ...) G_GNUC_PRINTF (5, 6);

static gboolean
report (TeamLoad    *state,
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

/* @allowed_unknown: whether "don't know" is an answer here (a respondent's)
 * or not (what a team agrees on). */
static gboolean
parse_value (TeamLoad    *state,
             xmlNode     *node,
             const char  *attr,
             const char  *statement_id,
             gboolean     allow_unknown,
             int         *out,
             GError     **error)
{
  g_autofree char *text = _bs_xml_attr (node, attr);
  guint64 value = 0;

  *out = BS_VALUE_NONE;
  if (text == NULL)
    return TRUE;

  if (g_str_equal (attr, "value") && g_str_equal (text, "na"))
    *out = BS_VALUE_NOT_APPLICABLE;
  else if (g_str_equal (attr, "value") && g_str_equal (text, "unknown"))
    {
      if (!allow_unknown)
        return report (state, node, BS_FORMAT_ERROR_INVALID_VALUE, error,
                       _("the agreed answer to statement “%s” is “don’t know”; a team agrees on a stage or on N/A."),
                       statement_id);
      *out = BS_VALUE_UNKNOWN;
    }
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

/* The statement exists and belongs to an included level. */
static BsStatement *
check_statement (TeamLoad    *state,
                 xmlNode     *node,
                 const char  *statement_id,
                 const char  *respondent_id,
                 GError     **error)
{
  BsStatement *statement = bs_framework_lookup_statement (state->framework, statement_id);
  const char *level;

  if (statement == NULL)
    {
      report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error,
              _("the statement “%s” does not exist in the framework this assessment uses."), statement_id);
      return NULL;
    }

  level = bs_statement_get_level_id (statement);
  if (!bs_assessment_includes_level (state->assessment, level))
    {
      if (respondent_id != NULL)
        report (state, node, BS_FORMAT_ERROR_INVALID_VALUE, error,
                _("respondent “%s” answers statement “%s”, but it belongs to the level “%s”, which this assessment does not include (see <levels>)."),
                respondent_id, statement_id, level);
      else
        report (state, node, BS_FORMAT_ERROR_INVALID_VALUE, error,
                _("statement “%s” has an agreed answer, but it belongs to the level “%s”, which this assessment does not include (see <levels>)."),
                statement_id, level);
      return NULL;
    }

  return statement;
}

static char *
role_list (BsFramework *framework)
{
  GListModel *roles = bs_framework_get_roles (framework);
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(BsRole) role = g_list_model_get_item (roles, i);

      if (i > 0)
        g_string_append (s, ", ");
      g_string_append (s, bs_role_get_id (role));
    }

  return g_string_free (s, FALSE);
}

static gboolean
load_respondent (TeamLoad    *state,
                 xmlNode     *node,
                 guint        position,
                 GError     **error)
{
  BsTeam *team = bs_assessment_get_team (state->assessment);
  g_autofree char *id = _bs_xml_attr (node, "id");
  g_autofree char *name = _bs_xml_attr (node, "name");
  g_autofree char *role = _bs_xml_attr (node, "role");
  g_autoptr(BsRespondent) respondent = NULL;
  g_autoptr(GError) local_error = NULL;

  /* Only the draft of format 1 left the id out; such respondents are
   * numbered by their place in the file. */
  if (id == NULL)
    id = g_strdup_printf ("respondent-%u", position);
  if (role == NULL)
    role = g_strdup (BS_ROLE_OTHER);

  if (bs_framework_lookup_role (state->framework, role) == NULL)
    {
      g_autofree char *roles = role_list (state->framework);

      return report (state, node, BS_FORMAT_ERROR_UNKNOWN_ID, error,
                     _("the role “%s” of respondent “%s” is not one of the framework’s roles (%s)."),
                     role, id, roles);
    }
  if (bs_team_lookup_respondent (team, id) != NULL)
    return report (state, node, BS_FORMAT_ERROR_DUPLICATE, error,
                   _("the respondent id “%s” is used twice; every respondent needs an id of their own."), id);

  respondent = bs_respondent_new (id, name, role);
  if (bs_team_find_respondent (team, bs_respondent_get_name (respondent), role) != NULL)
    {
      g_autofree char *quoted = bs_text_quote (bs_respondent_get_name (respondent), 60);

      return report (state, node, BS_FORMAT_ERROR_DUPLICATE, error,
                     _("%s (%s) is a respondent twice."),
                     quoted, bs_role_get_name_text (bs_framework_lookup_role (state->framework, role), NULL));
    }

  _bs_xml_foreach_element (anode, node)
    {
      g_autofree char *statement_id = _bs_xml_attr (anode, "statement");
      BsAnswer *answer;
      int value, target;

      if (check_statement (state, anode, statement_id, id, error) == NULL)
        return FALSE;
      if (bs_respondent_lookup_answer (respondent, statement_id) != NULL)
        return report (state, anode, BS_FORMAT_ERROR_DUPLICATE, error,
                       _("respondent “%s” answers statement “%s” twice; keep one of the two answers."),
                       id, statement_id);
      if (!parse_value (state, anode, "value", statement_id, TRUE, &value, error) ||
          !parse_value (state, anode, "target", statement_id, TRUE, &target, error))
        return FALSE;

      answer = bs_answer_new (statement_id);
      bs_answer_set_value (answer, value);
      bs_answer_set_target (answer, (guint) MAX (target, 0));
      _bs_xml_foreach_element (child, anode)
        {
          g_autofree char *text = _bs_xml_text (child);

          if (_bs_xml_is (child, "note"))
            bs_answer_set_note (answer, text);
          else if (_bs_xml_is (child, "evidence"))
            bs_answer_set_evidence (answer, text);
        }
      _bs_respondent_take_answer (respondent, answer);
    }

  /* Everything was checked above, with the line; this cannot fail. */
  if (!bs_team_add_respondent (team, respondent, &local_error))
    return report (state, node, local_error->code, error, "%s", local_error->message);

  return TRUE;
}

static gboolean
load_agreed (TeamLoad    *state,
             xmlNode     *node,
             GError     **error)
{
  BsTeam *team = bs_assessment_get_team (state->assessment);
  g_autofree char *statement_id = _bs_xml_attr (node, "statement");
  BsAgreedAnswer *agreed;
  int value;

  if (check_statement (state, node, statement_id, NULL, error) == NULL)
    return FALSE;
  if (bs_team_lookup_agreed (team, statement_id) != NULL)
    return report (state, node, BS_FORMAT_ERROR_DUPLICATE, error,
                   _("statement “%s” has two agreed answers; keep one of the two."), statement_id);
  if (!parse_value (state, node, "value", statement_id, FALSE, &value, error))
    return FALSE;

  agreed = bs_team_get_agreed (team, statement_id);
  bs_agreed_answer_set_value (agreed, value);
  _bs_xml_foreach_element (child, node)
    {
      g_autofree char *text = _bs_xml_text (child);

      if (_bs_xml_is (child, "rationale"))
        bs_agreed_answer_set_rationale (agreed, text);
      else if (_bs_xml_is (child, "dissent"))
        bs_agreed_answer_set_dissent (agreed, text);
    }

  return TRUE;
}

/**
 * _bs_team_load:
 * @team: the <team> element, valid against the schema
 *
 * Fills the assessment's team. Called once the assessment's levels are
 * known (<levels> comes long before <team>), so that answers to a level
 * left out can be refused.
 */
gboolean
_bs_team_load (BsAssessment  *assessment,
               xmlNode       *team,
               const char    *display_name,
               GError       **error)
{
  TeamLoad state = { assessment, bs_assessment_get_framework (assessment), display_name, 0 };
  guint n = 0;

  state.n_stages = bs_framework_get_n_stages (state.framework);

  _bs_xml_foreach_element (node, team)
    if (_bs_xml_is (node, "respondent") && ++n > BS_TEAM_MAX_RESPONDENTS)
      return report (&state, node, BS_FORMAT_ERROR_TOO_COMPLEX, error,
                     _("the team has more than %d respondents, the most one team assessment can hold."),
                     BS_TEAM_MAX_RESPONDENTS);

  n = 0;
  _bs_xml_foreach_element (node, team)
    {
      gboolean ok = TRUE;

      if (_bs_xml_is (node, "respondent"))
        ok = load_respondent (&state, node, ++n, error);
      else if (_bs_xml_is (node, "agreed"))
        ok = load_agreed (&state, node, error);

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

static void
set_attr (xmlNode    *node,
          const char *name,
          const char *value)
{
  if (value != NULL && value[0] != '\0')
    xmlNewProp (node, (const xmlChar *) name, (const xmlChar *) value);
}

static void
add_text (xmlNode    *parent,
          const char *name,
          const char *text)
{
  if (text != NULL && text[0] != '\0')
    xmlNewTextChild (parent, parent->ns, (const xmlChar *) name, (const xmlChar *) text);
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

/* The statements of the included levels, in the framework's order: what is
 * written, and in which order, so that the same team gives the same bytes. */
static GPtrArray *
included_statements (BsAssessment *assessment)
{
  BsFramework *framework = bs_assessment_get_framework (assessment);
  GListModel *levels = bs_framework_get_levels (framework);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
      GListModel *dims = bs_level_get_dimensions (level);

      if (!bs_assessment_includes_level (assessment, bs_level_get_id (level)))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (dims); j++)
        {
          g_autoptr(BsDimension) dim = g_list_model_get_item (dims, j);
          GListModel *statements = bs_dimension_get_statements (dim);

          for (guint k = 0; k < g_list_model_get_n_items (statements); k++)
            {
              g_autoptr(BsStatement) statement = g_list_model_get_item (statements, k);

              /* The framework keeps its statements alive. */
              g_ptr_array_add (ids, (gpointer) bs_statement_get_id (statement));
            }
        }
    }

  return ids;
}

/**
 * _bs_team_write:
 * @team: an empty <team> element in the assessment's namespace
 *
 * Writes the respondents in their order, each with their answers in the
 * framework's order, then the agreed answers in the framework's order.
 * As for the assessment's own answers, answers to a level left out are
 * kept in memory but not written.
 */
void
_bs_team_write (BsAssessment *assessment,
                xmlNode      *team)
{
  BsTeam *self = bs_assessment_get_team (assessment);
  GListModel *respondents = bs_team_get_respondents (self);
  g_autoptr(GPtrArray) ids = included_statements (assessment);
  char buf[16];

  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(BsRespondent) r = g_list_model_get_item (respondents, i);
      xmlNode *rnode = xmlNewChild (team, team->ns, (const xmlChar *) "respondent", NULL);

      set_attr (rnode, "id", bs_respondent_get_id (r));
      set_attr (rnode, "name", bs_respondent_get_name (r));
      set_attr (rnode, "role", bs_respondent_get_role (r));

      for (guint k = 0; k < ids->len; k++)
        {
          BsAnswer *answer = bs_respondent_lookup_answer (r, g_ptr_array_index (ids, k));
          xmlNode *anode;

          if (answer == NULL || bs_answer_is_empty (answer))
            continue;

          anode = xmlNewChild (rnode, team->ns, (const xmlChar *) "answer", NULL);
          set_attr (anode, "statement", bs_answer_get_statement_id (answer));
          set_attr (anode, "value", value_to_string (bs_answer_get_value (answer), buf));
          set_attr (anode, "target", value_to_string ((int) bs_answer_get_target (answer), buf));
          add_text (anode, "note", bs_answer_get_note (answer));
          add_text (anode, "evidence", bs_answer_get_evidence (answer));
        }
    }

  for (guint k = 0; k < ids->len; k++)
    {
      BsAgreedAnswer *agreed = bs_team_lookup_agreed (self, g_ptr_array_index (ids, k));
      xmlNode *node;

      if (agreed == NULL || bs_agreed_answer_is_empty (agreed))
        continue;

      node = xmlNewChild (team, team->ns, (const xmlChar *) "agreed", NULL);
      set_attr (node, "statement", bs_agreed_answer_get_statement_id (agreed));
      set_attr (node, "value", value_to_string (bs_agreed_answer_get_value (agreed), buf));
      add_text (node, "rationale", bs_agreed_answer_get_rationale (agreed));
      add_text (node, "dissent", bs_agreed_answer_get_dissent (agreed));
    }
}

/* The loader's limit on every text (BS_TEXT_MAX_LENGTH), as
 * bs_assessment_check() applies it to the rest of the assessment. */
gboolean
_bs_team_check_texts (BsTeam  *self,
                      GError **error)
{
  GListModel *respondents = bs_team_get_respondents (self);

  for (guint i = 0; i < g_list_model_get_n_items (respondents); i++)
    {
      g_autoptr(BsRespondent) r = g_list_model_get_item (respondents, i);
      g_autofree char *what = g_strdup_printf (_("the name of respondent %u"), i + 1);
      g_autoptr(GPtrArray) answers = NULL;

      if (!bs_text_check_length (bs_respondent_get_name (r), what, error))
        return FALSE;

      answers = bs_respondent_get_answers (r);
      for (guint k = 0; k < answers->len; k++)
        {
          BsAnswer *answer = g_ptr_array_index (answers, k);
          g_autofree char *note = NULL;

          /* Tens of thousands of answers: name one only when it is too long. */
          if (bs_text_check_length (bs_answer_get_note (answer), "", NULL) &&
              bs_text_check_length (bs_answer_get_evidence (answer), "", NULL))
            continue;

          note = g_strdup_printf (_("the note of respondent %u on statement “%s”"),
                                  i + 1, bs_answer_get_statement_id (answer));
          if (!bs_text_check_length (bs_answer_get_note (answer), note, error) ||
              !bs_text_check_length (bs_answer_get_evidence (answer), note, error))
            return FALSE;
        }
    }

  {
    BsFramework *framework = bs_team_get_framework (self);
    GListModel *levels = bs_framework_get_levels (framework);

    for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
      {
        g_autoptr(BsLevel) level = g_list_model_get_item (levels, i);
        GListModel *dims = bs_level_get_dimensions (level);

        for (guint j = 0; j < g_list_model_get_n_items (dims); j++)
          {
            g_autoptr(BsDimension) dim = g_list_model_get_item (dims, j);
            GListModel *statements = bs_dimension_get_statements (dim);

            for (guint k = 0; k < g_list_model_get_n_items (statements); k++)
              {
                g_autoptr(BsStatement) statement = g_list_model_get_item (statements, k);
                BsAgreedAnswer *agreed = bs_team_lookup_agreed (self, bs_statement_get_id (statement));
                g_autofree char *what = NULL;

                if (agreed == NULL)
                  continue;

                what = g_strdup_printf (_("the rationale or dissent on statement “%s”"),
                                        bs_statement_get_id (statement));
                if (!bs_text_check_length (bs_agreed_answer_get_rationale (agreed), what, error) ||
                    !bs_text_check_length (bs_agreed_answer_get_dissent (agreed), what, error))
                  return FALSE;
              }
          }
      }
  }

  return TRUE;
}
